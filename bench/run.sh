#!/usr/bin/env bash
# The benchmark: one command, results in bench/results.md. A benchmark, not a test: it measures.
#
#   bench/run.sh                      # seed size, JVM jar
#   CONCURRENCY=32 MEASURE=20 bench/run.sh
#
# It packages the application (with an AppCDS archive), measures startup to the first GraphQL
# answer and resident memory with and without AppCDS, then load-tests every operation in
# graphql/examples/ against the precomputed-bytes endpoint of the same server.
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_ARGS="${MAVEN_ARGS:-} -B -ntp -q"
CONCURRENCY=${CONCURRENCY:-16}
WARMUP=${WARMUP:-5}
MEASURE=${MEASURE:-10}
PORT=${PORT:-8089}
RESULTS=bench/results.md
APP=target/quarkus-app

echo "== Packaging (with an AppCDS archive)"
./mvnw -DskipTests package -Dquarkus.package.jar.appcds.enabled=true
./mvnw test-compile

first_answer() {   # prints "<ms to first answer> <RSS KiB>" for a JVM started with the given options
    local start pid elapsed
    start=$(date +%s%N)
    java "$@" -Dquarkus.http.port="$PORT" -Dcontacts.bench.enabled=true -Dquarkus.shutdown.delay=0s -jar "$APP/quarkus-run.jar" > bench/app.log 2>&1 &
    pid=$!
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' \
            "http://127.0.0.1:$PORT/graphql"; do
        kill -0 "$pid" 2>/dev/null || { echo "the application did not start; see bench/app.log" >&2; exit 1; }
        sleep 0.01
    done
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "$elapsed $(awk '/VmRSS/ {print $2}' /proc/$pid/status) $pid"
}

stop() {   # the JVM is not this shell's child (it starts in a subshell), so poll until it is gone
    kill "$1" 2>/dev/null || true
    while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
}

echo "== Startup to first GraphQL answer (3 runs each)"
plain=(); cds=()
for i in 1 2 3; do
    read -r ms rss pid < <(first_answer); stop "$pid"; plain+=("$ms:$rss")
    read -r ms rss pid < <(first_answer -XX:SharedArchiveFile="$APP/app-cds.jsa" -Xshare:auto); stop "$pid"; cds+=("$ms:$rss")
done

echo "== Load (concurrency $CONCURRENCY, warm-up ${WARMUP}s, measure ${MEASURE}s per operation)"
read -r ms rss pid < <(first_answer)
./mvnw exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.leadercontacts.bench.LoadGenerator \
    -Dexec.args="http://127.0.0.1:$PORT graphql/examples $CONCURRENCY $WARMUP $MEASURE target/load.md"
rss_after=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
stop "$pid"

{
    echo "# Benchmark results"
    echo
    echo "Command: \`bench/run.sh\` (CONCURRENCY=$CONCURRENCY WARMUP=$WARMUP MEASURE=$MEASURE), $(date -u +%Y-%m-%dT%H:%MZ)."
    echo "Machine: $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs), $(free -g | awk '/Mem/ {print $2}') GiB;"
    echo "$(java -version 2>&1 | head -1); load generator and server share the machine."
    echo
    echo "## Startup (JVM jar, embedded store, seed size)"
    echo
    echo "| run | first GraphQL answer (ms) | RSS after start (MiB) | with AppCDS: first answer (ms) | RSS (MiB) |"
    echo "|---|---:|---:|---:|---:|"
    for i in 0 1 2; do
        echo "| $((i + 1)) | ${plain[$i]%%:*} | $(( ${plain[$i]##*:} / 1024 )) | ${cds[$i]%%:*} | $(( ${cds[$i]##*:} / 1024 )) |"
    done
    echo
    echo "RSS after the load run: $(( rss_after / 1024 )) MiB."
    echo
    echo "## Throughput and latency per example (seed size)"
    echo
    cat target/load.md
} > "$RESULTS"
cat "$RESULTS"
