#!/usr/bin/env bash
# This service against a peer: Apollo Server 5 (Node) serving the same data, the same SDL and the same logical
# queries from memory (bench/apollo/). Alternated A B A B ..., A = Apollo, B = this service, uncached (response cache
# off), the service with its shipped JVM options on JDK 25, so that a noisy machine shows up as spread.
#
#   bench/vs-apollo.sh                                     # timeline, 3 pairs, 60 s warm-up, 20 s measured
#   OPERATIONS="timeline topics" PAIRS=5 bench/vs-apollo.sh
#   CONVERSATIONS=10000 bench/vs-apollo.sh                 # a synthetic store of 10,000 conversations (H2)
#   WARMUP=3 MEASURE=3 PAIRS=1 bench/vs-apollo.sh          # a smoke check
#
# 1. Starts the packaged service (JAVA_APP, default target/quarkus-app; packaged if absent), exports its store
#    through its GraphQL API (bench/apollo/export.mjs), starts the peer on that export and compares the answers of
#    every example (bench/apollo/check.mjs); stops both.
# 2. For each operation, PAIRS pairs of runs. Each run starts the server fresh (time to its first answer), loads it
#    for WARMUP seconds, measures MEASURE seconds (bench LoadGenerator, CONCURRENCY users, keep-alive), with the
#    server process's CPU time (/proc/PID/stat) read at both ends of the measured window, then reads its resident
#    memory (VmRSS) and stops it.
# 3. Prints a table and writes it, with the machine and the command, to bench/vs-apollo.md (RESULTS to change).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_APP=${JAVA_APP:-target/quarkus-app}
OPERATIONS=${OPERATIONS:-timeline}
PAIRS=${PAIRS:-3} WARMUP=${WARMUP:-60} MEASURE=${MEASURE:-20} CONCURRENCY=${CONCURRENCY:-8}
PORT=${PORT:-18094} APOLLO_PORT=${APOLLO_PORT:-14094}
CONVERSATIONS=${CONVERSATIONS:-0}
# A synthetic store needs a larger heap, fixed for every run. The embedded H2 store is in memory, in the heap: with
# bench/run.sh's -Xmx256m (enough on PostgreSQL) loading 10,000 conversations ends in back-to-back full collections.
SCALE_HEAP=${SCALE_HEAP:--Xmx512m}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
RESULTS=${RESULTS:-bench/vs-apollo.md}
OUT=target/vs-apollo
ROOT=$PWD
COMMAND="$(for v in JAVA_APP OPERATIONS PAIRS WARMUP MEASURE CONCURRENCY CONVERSATIONS; do printf '%s=%q ' "$v" "${!v}"; done)bench/vs-apollo.sh"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$OUT"
for operation in $OPERATIONS; do
    [ -f "graphql/examples/$operation.graphql" ] || { echo "no example graphql/examples/$operation.graphql" >&2; exit 2; }
done

if [ ! -f "$JAVA_APP/quarkus-run.jar" ]; then
    echo "== Packaging the service into $JAVA_APP (JDK 25)"
    [ "$JAVA_APP" = target/quarkus-app ] || { echo "$JAVA_APP/quarkus-run.jar does not exist" >&2; exit 2; }
    JAVA_HOME="$JDK25" ./mvnw -Dbench -B -ntp -q package -DskipTests
fi
GENERATOR=org/leadercontacts/bench/LoadGenerator
if [ ! -f "target/test-classes/$GENERATOR.class" ] || [ "src/test/java/$GENERATOR.java" -nt "target/test-classes/$GENERATOR.class" ]; then
    JAVA_HOME="$JDK25" ./mvnw -Dbench -B -ntp -q test-compile
fi
. bench/classpath.sh
CP=$(bench_classpath "$OUT")
if [ ! -d bench/apollo/node_modules ] || [ bench/apollo/package-lock.json -nt bench/apollo/node_modules ]; then
    echo "== npm ci (bench/apollo)"
    (cd bench/apollo && npm ci --no-audit --no-fund --loglevel=error)
fi

read -r -a JAVA_OPTS <<< "$(src/main/docker/jvm-options.sh)"
JAVA_OPTS+=(-Dcontacts.cache.responses.enabled=false -Dcontacts.bench.enabled=true)
DATA_SET="seed size"
if [ "$CONVERSATIONS" -gt 0 ]; then
    JAVA_OPTS+=("$SCALE_HEAP" -Dcontacts.synthetic.conversations="$CONVERSATIONS"
        -Dcontacts.synthetic.statements-per-conversation=10)
    DATA_SET="$CONVERSATIONS synthetic conversations (10 statements each, H2 in memory, $SCALE_HEAP)"
fi
DATA=$OUT/data-$CONVERSATIONS.json

PID= SERVICE_PID= BASE_URL= FIRST_ANSWER_MS=
await() {   # label interval command...: runs the command every interval seconds until it succeeds, while PID lives
    local label=$1 interval=$2
    shift 2
    until "$@"; do
        kill -0 "$PID" 2>/dev/null || { echo "$label stopped; see $OUT/$label.log" >&2; tail -20 "$OUT/$label.log" >&2; exit 1; }
        sleep "$interval"
    done
}
answers() { curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' "$1"; }
start() {   # label kind(service|apollo): starts it, sets PID, BASE_URL and FIRST_ANSWER_MS, returns once it is ready
    local started port
    port=$([ "$2" = service ] && echo "$PORT" || echo "$APOLLO_PORT")
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then   # another server there would answer in our place
        echo "port $port is in use by another process: set PORT / APOLLO_PORT" >&2
        exit 1
    fi
    BASE_URL=http://127.0.0.1:$port
    started=$(date +%s%N)
    if [ "$2" = service ]; then
        (cd "$JAVA_APP" && exec "$JDK25/bin/java" "${JAVA_OPTS[@]}" -Dquarkus.http.port="$PORT" \
            -Dquarkus.shutdown.delay=0s -jar quarkus-run.jar) > "$OUT/$1.log" 2>&1 &
    else
        (cd bench/apollo && NODE_ENV=production exec node server.mjs "$ROOT/$DATA" "$APOLLO_PORT") > "$OUT/$1.log" 2>&1 &
    fi
    PID=$!
    await "$1" 0.01 answers "$BASE_URL/graphql"
    FIRST_ANSWER_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    if [ "$2" = service ]; then
        # A synthetic store loads at startup, before the first answer; the search index builds after it, in the
        # background. The log line is a safeguard, in case the store ever loads after the HTTP server is up.
        [ "$CONVERSATIONS" = 0 ] || await "$1" 0.5 grep -q "Loaded the synthetic store\|already holds the synthetic store" "$OUT/$1.log"
        await "$1" 0.5 curl -sf -o /dev/null "$BASE_URL/q/health/ready"
    fi
}
stop() {
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    PID=
}
trap 'kill $PID $SERVICE_PID 2>/dev/null || true' EXIT

echo "== Exporting the service's store ($DATA_SET) through its API"
start export-service service
node bench/apollo/export.mjs "http://127.0.0.1:$PORT/graphql" "$DATA"
SERVICE_PID=$PID
start export-apollo apollo
echo "== Equality of answers: every example, service against Apollo"
CHECK_STATUS=0
node bench/apollo/check.mjs "http://127.0.0.1:$PORT/graphql" "http://127.0.0.1:$APOLLO_PORT/graphql" \
    | tee "$OUT/check.txt" || CHECK_STATUS=$?
stop
PID=$SERVICE_PID
SERVICE_PID=
stop
[ "$CHECK_STATUS" = 0 ] || echo "!! some answers differ (see above): the comparison below is not like for like" >&2

RESULT=
run() {   # label kind operation: one measured run; sets RESULT to "req/s errors cpu-ms-per-request rss-MiB first-answer-ms"
    mkdir -p "$OUT/examples-$3"
    cp graphql/examples/"$3".* "$OUT/examples-$3/"
    start "$1" "$2"
    java -Dbench.precomputed=false -Dbench.cpuPid="$PID" -Dbench.clockTicks="$(getconf CLK_TCK)" -cp "$CP" \
        org.leadercontacts.bench.LoadGenerator "$BASE_URL" "$OUT/examples-$3" "$CONCURRENCY" "$WARMUP" "$MEASURE" \
        "$OUT/$1.md" > "$OUT/$1.load.txt"
    local rss
    rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 ))
    stop
    RESULT="$(awk -F, 'NR == 2 {print $2, $6}' "$OUT/$1.csv") $(awk -F, 'NR == 2 {print $4}' "$OUT/$1.cpu.csv") $rss $FIRST_ANSWER_MS"
}

ROWS=$OUT/rows.txt
: > "$ROWS"
for operation in $OPERATIONS; do
    for i in $(seq 1 "$PAIRS"); do
        run "apollo-$operation-$i" apollo "$operation"
        read -r a_rps a_errors a_cpu a_rss a_first <<< "$RESULT"
        run "service-$operation-$i" service "$operation"
        read -r b_rps b_errors b_cpu b_rss b_first <<< "$RESULT"
        echo "$operation $i $a_rps $b_rps $a_cpu $b_cpu $a_rss $b_rss $a_first $b_first $a_errors $b_errors" >> "$ROWS"
        echo "$operation pair $i: Apollo $a_rps req/s ($a_cpu ms CPU/req), service $b_rps req/s ($b_cpu ms CPU/req)," \
            "service/Apollo $(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN {printf "%.2f", b / a}')"
    done
done

table() {
    echo "| operation | Apollo req/s | service req/s | service/Apollo per pair | ratio min–max | CPU ms/req Apollo | CPU ms/req service | CPU per request service/Apollo | RSS MiB Apollo | RSS MiB service | first answer ms Apollo | first answer ms service | errors Apollo / service |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    awk '
    function add(list, value) { return list == "" ? value : list " / " value }
    {
        op = $1; if (!(op in seen)) { seen[op] = 1; order[++n] = op; min[op] = 1e9; max[op] = 0 }
        r = $3 > 0 ? $4 / $3 : 0
        if (r < min[op]) min[op] = r; if (r > max[op]) max[op] = r
        ar[op] = add(ar[op], sprintf("%.0f", $3)); br[op] = add(br[op], sprintf("%.0f", $4))
        ratio[op] = add(ratio[op], sprintf("%.2f", r))
        ac[op] = add(ac[op], sprintf("%.2f", $5)); bc[op] = add(bc[op], sprintf("%.2f", $6))
        cr[op] = add(cr[op], $5 > 0 ? sprintf("%.1f", $6 / $5) : "–")
        am[op] = add(am[op], $7); bm[op] = add(bm[op], $8); af[op] = add(af[op], $9); bf[op] = add(bf[op], $10)
        errors[op] = add(errors[op], $11 "/" $12)
    }
    END {
        for (i = 1; i <= n; i++) { op = order[i]
            printf "| %s | %s | %s | %s | %.2f–%.2f | %s | %s | %s | %s | %s | %s | %s | %s |\n", op, ar[op], br[op],
                ratio[op], min[op], max[op], ac[op], bc[op], cr[op], am[op], bm[op], af[op], bf[op], errors[op]
        }
    }' "$ROWS"
}

{
    echo "# This service against Apollo Server (bench/vs-apollo.sh)"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)'),"
    echo "$(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)."
    echo "Command: \`$COMMAND\`"
    echo "Load average before the run: $LOAD_BEFORE (a busy machine shows up as spread between the pairs)."
    if [ "$WARMUP" -lt 30 ] || [ "$MEASURE" -lt 10 ]; then
        echo
        echo "**A smoke run ($WARMUP s warm-up, $MEASURE s measured): it shows that the benchmark works, not how fast"
        echo "either server is; the JVM in particular is far from warmed up.**"
    fi
    echo
    echo "Data: $DATA_SET, exported from the service through its GraphQL API into $(du -h "$DATA" | cut -f1) of JSON."
    echo "A = Apollo Server $(node -p "require('./bench/apollo/node_modules/@apollo/server/package.json').version")," \
        "graphql-js $(node -p "require('./bench/apollo/node_modules/graphql/package.json').version"), Node $(node --version)," \
        "startStandaloneServer, NODE_ENV=production, in-memory resolvers (bench/apollo/server.mjs)."
    echo "B = this service ($JAVA_APP), JDK 25, \`${JAVA_OPTS[*]}\` (the shipped options; response cache off)."
    echo "Alternated A B per pair; every run a fresh start, $WARMUP s of load, then $MEASURE s measured, $CONCURRENCY concurrent"
    echo "users (bench LoadGenerator, closed loop, keep-alive). CPU: the server process's utime + stime over the measured"
    echo "window divided by the requests answered in it. RSS: VmRSS after the load. First answer: from launch to the first"
    echo "GraphQL answer (the service then also waits for its search index before the load starts)."
    echo
    table
    echo
    echo "Equality of answers (bench/apollo/check.mjs, service against Apollo on the same data):"
    echo
    sed 's/^/    /' "$OUT/check.txt"
} > "$RESULTS"
echo
cat "$RESULTS"
