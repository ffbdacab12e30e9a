#!/usr/bin/env bash
# Alternated A/B of two packaged builds on one operation, uncached (response cache off), with the shipped JVM
# options on JDK 25: A B A B ... so that a noisy machine shows up as spread, not as a difference.
#
#   bench/ab.sh target/ab/a target/ab/b [operation=timeline] [pairs=3]
#
# Each run: start, WARMUP seconds of load on the operation, then MEASURE seconds measured (bench LoadGenerator).
# Prints one line per run and the B/A throughput ratio of each pair.
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1 B=$2 OPERATION=${3:-timeline} PAIRS=${4:-3}
WARMUP=${WARMUP:-20} MEASURE=${MEASURE:-15} CONCURRENCY=${CONCURRENCY:-8} PORT=${PORT:-8093}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=target/ab-run
mkdir -p "$OUT/examples"
cp graphql/examples/"$OPERATION".* "$OUT/examples/"
read -r -a SERVICE_OPTS <<< "$(src/main/docker/jvm-options.sh)"
. bench/classpath.sh
CP=$(bench_classpath "$OUT")
run() {   # label app-dir
    (cd "$2" && exec "$JDK25/bin/java" "${SERVICE_OPTS[@]}" -Dquarkus.http.port="$PORT" -Dquarkus.shutdown.delay=0s \
        -Dcontacts.cache.responses.enabled=false -Dcontacts.bench.enabled=true -jar quarkus-run.jar) > "$OUT/$1.log" 2>&1 &
    local pid=$!
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' \
        "http://127.0.0.1:$PORT/graphql"; do kill -0 $pid 2>/dev/null || { tail "$OUT/$1.log"; exit 1; }; sleep 0.1; done
    java -cp "$CP" org.leadercontacts.bench.LoadGenerator "http://127.0.0.1:$PORT" "$OUT/examples" "$CONCURRENCY" \
        "$WARMUP" "$MEASURE" "$OUT/$1.md" > /dev/null
    kill $pid; wait $pid 2>/dev/null || true
    awk -F',' 'NR == 2 {print $2}' "$OUT/$1.csv"
}
for i in $(seq 1 "$PAIRS"); do
    a=$(run "a$i" "$A"); b=$(run "b$i" "$B")
    echo "pair $i: A $a req/s, B $b req/s, B/A $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')"
done
