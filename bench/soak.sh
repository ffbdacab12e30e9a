#!/usr/bin/env bash
# The soak: one command. Packages the service, runs it with the JVM options the image ships with (JDK 25),
# and for SOAK_SECONDS (default 600) sends every example operation (half uncacheable), heavy legal queries,
# hostile requests, and requests abandoned mid-flight (RST and FIN). Writes bench/soak.md and exits non-zero
# unless: no answer was a 5xx, none said "Internal server error", the connection pool and the in-flight
# gauges are back at 0 after the load, and memory after a full GC did not grow (heap within 16 MiB, resident
# memory within 15 %) between the end of the warm-up and the end of the soak. A soak, not a test.
#
#   bench/soak.sh                      # 10 minutes, 16 clients, embedded H2
#   SOAK_SECONDS=120 CLIENTS=8 bench/soak.sh
#   SKIP_PACKAGE=1 bench/soak.sh       # reuse target/quarkus-app
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_ARGS="${MAVEN_ARGS:-} -B -ntp -q"
SOAK_SECONDS=${SOAK_SECONDS:-600}
WARMUP_SECONDS=${WARMUP_SECONDS:-60}
CLIENTS=${CLIENTS:-16}
PORT=${PORT:-8091}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=target/soak
REPORT=bench/soak.md
mkdir -p "$OUT"
read -r -a SERVICE_OPTS <<< "$(src/main/docker/jvm-options.sh)"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(sed -n 's/^ENV MALLOC_ARENA_MAX=//p' src/main/docker/Dockerfile.jvm)}

if [ "${SKIP_PACKAGE:-0}" != 1 ]; then
    echo "== Packaging"
    ./mvnw -Dbench package -DskipTests
fi
./mvnw -Dbench -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" -Dmdep.includeScope=test
CP="target/test-classes:$(cat "$OUT/test-classpath.txt")"

echo "== Starting the service with the shipped options: ${SERVICE_OPTS[*]}"
(cd target/quarkus-app && exec "$JDK25/bin/java" "${SERVICE_OPTS[@]}" -Dquarkus.http.port="$PORT" \
    -Dquarkus.shutdown.delay=0s -jar quarkus-run.jar) > "$OUT/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' \
        "http://127.0.0.1:$PORT/graphql"; do
    kill -0 "$PID" 2>/dev/null || { echo "the service did not start:"; tail -20 "$OUT/app.log"; exit 1; }
    sleep 0.1
done

settled_memory() {   # prints "heap-MiB rss-MiB" after a full collection
    "$JDK25/bin/jcmd" "$PID" GC.run > /dev/null
    sleep 1
    heap=$(curl -sf "http://127.0.0.1:$PORT/q/metrics" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}')
    rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 ))
    echo "$heap $rss"
}

echo "== Warm-up: ${WARMUP_SECONDS} s of the same load"
java -cp "$CP" org.leadercontacts.bench.Soak "http://127.0.0.1:$PORT" graphql/examples "$WARMUP_SECONDS" "$CLIENTS" \
    "$OUT/warmup.md" > /dev/null
read -r heap_before rss_before <<< "$(settled_memory)"
echo "after the warm-up and a full GC: heap $heap_before MiB, resident $rss_before MiB"
echo "== Soak: ${SOAK_SECONDS} s, $CLIENTS clients"
java -cp "$CP" org.leadercontacts.bench.Soak "http://127.0.0.1:$PORT" graphql/examples "$SOAK_SECONDS" "$CLIENTS" \
    "$OUT/soak-table.md"
read -r heap_after rss_after <<< "$(settled_memory)"
echo "after the soak and a full GC: heap $heap_after MiB, resident $rss_after MiB"
errors_logged=$(grep -c ' ERROR ' "$OUT/app.log" || true)
kill "$PID"; wait "$PID" 2>/dev/null || true

table=$(cat "$OUT/soak-table.md")
count() { { grep -E "^\| $1 \|" <<< "$table" || true; } | awk -F'|' '{s += $3} END {print s + 0}'; }
five_xx=$(count '[a-z]+ 5xx')
internal=$(count 'internal errors')
last=$(grep -E '^\| [0-9]+ \|' <<< "$table" | tail -1)
pool_after=$(awk -F'|' '{print $5 + 0}' <<< "$last")
executing_after=$(awk -F'|' '{print $7 + 0}' <<< "$last")
verdict=() ; failed=0
check() { if [ "$2" = 1 ]; then verdict+=("- ok: $1"); else verdict+=("- FAILED: $1"); failed=1; fi; }
check "5xx answers: $five_xx" "$([ "$five_xx" = 0 ] && echo 1)"
check "answers saying Internal server error: $internal" "$([ "$internal" = 0 ] && echo 1)"
check "ERROR lines in the service log: $errors_logged" "$([ "$errors_logged" = 0 ] && echo 1)"
check "connections in use after the load: $pool_after; requests in flight: $executing_after" \
    "$([ "$pool_after" = 0 ] && [ "$executing_after" = 0 ] && echo 1)"
check "heap after a full GC: $heap_before MiB after the warm-up, $heap_after MiB after the soak (flat within 16 MiB)" \
    "$([ "$heap_after" -le $(( heap_before + 16 )) ] && echo 1)"
check "resident memory: $rss_before MiB after the warm-up, $rss_after MiB after the soak (flat within 15 %)" \
    "$([ "$rss_after" -le $(( rss_before * 115 / 100 )) ] && echo 1)"
{
    echo "# Soak"
    echo
    echo "\`bench/soak.sh\` (SOAK_SECONDS=$SOAK_SECONDS, CLIENTS=$CLIENTS), $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD)," \
        "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), JVM options: \`${SERVICE_OPTS[*]}\`."
    echo
    printf '%s\n' "${verdict[@]}"
    echo
    echo "$table"
} > "$REPORT"
cat "$REPORT"
exit "$failed"
