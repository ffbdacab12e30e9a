#!/usr/bin/env bash
# A flight recording of one operation under uncached load, on the shipped JVM options (JDK 25), summarised
# by library (bench ProfileSummary) and by hottest frames (jfr print). A profile, not a benchmark.
#
#   bench/profile.sh target/quarkus-app [operation=timeline] [label=profile]
#
# WARMUP seconds of load first (C2 settles), then MEASURE seconds recorded. Output: target/profile/<label>.*
set -euo pipefail
cd "$(dirname "$0")/.."
APP=$1 OPERATION=${2:-timeline} LABEL=${3:-profile}
WARMUP=${WARMUP:-60} MEASURE=${MEASURE:-30} CONCURRENCY=${CONCURRENCY:-8} PORT=${PORT:-8094}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=target/profile
mkdir -p "$OUT/examples-$LABEL"
cp graphql/examples/"$OPERATION".* "$OUT/examples-$LABEL/"
read -r -a SERVICE_OPTS <<< "$(src/main/docker/jvm-options.sh)"
. bench/classpath.sh
CP=$(bench_classpath "$OUT")
(cd "$APP" && exec "$JDK25/bin/java" "${SERVICE_OPTS[@]}" ${EXTRA_OPTS:-} -Dquarkus.http.port="$PORT" \
    -Dquarkus.shutdown.delay=0s -Dcontacts.cache.responses.enabled=false -jar quarkus-run.jar) > "$OUT/$LABEL.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' \
    "http://127.0.0.1:$PORT/graphql"; do kill -0 $PID 2>/dev/null || { tail "$OUT/$LABEL.log"; exit 1; }; sleep 0.1; done
JPID=$(pgrep -P $PID java || echo $PID)
java -cp "$CP" org.leadercontacts.bench.LoadGenerator "http://127.0.0.1:$PORT" "$OUT/examples-$LABEL" "$CONCURRENCY" \
    "$WARMUP" 1 "$OUT/$LABEL-warmup.md" > /dev/null
cpu() { awk '{print $14 + $15}' "/proc/$JPID/stat"; }
"$JDK25/bin/jcmd" "$JPID" JFR.start name=p settings=profile > /dev/null
before=$(cpu)
java -cp "$CP" org.leadercontacts.bench.LoadGenerator "http://127.0.0.1:$PORT" "$OUT/examples-$LABEL" "$CONCURRENCY" \
    0 "$MEASURE" "$OUT/$LABEL.md" > /dev/null
after=$(cpu)
"$JDK25/bin/jcmd" "$JPID" JFR.dump name=p filename="$PWD/$OUT/$LABEL.jfr" > /dev/null
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$JPID/status")
kill $PID; wait $PID 2>/dev/null || true
rps=$(awk -F',' 'NR == 2 {print $2}' "$OUT/$LABEL.csv")
echo "$LABEL: $rps req/s, $(awk -v t=$((after - before)) -v r="$rps" -v m="$MEASURE" \
    'BEGIN {printf "%.2f", t * 10 / (r * m)}') ms CPU per request, RSS $rss MiB"
rm -f "$OUT/$LABEL-summary.md"
"$JDK25/bin/java" -cp "$CP" org.leadercontacts.bench.ProfileSummary "$OUT/$LABEL.jfr" "$LABEL" "$OUT/$LABEL-summary.md"
cat "$OUT/$LABEL-summary.md"
"$JDK25/bin/jfr" print --events jdk.ExecutionSample "$OUT/$LABEL.jfr" | grep -A1 'stackTrace = \[' | grep -v 'stackTrace\|--' \
    | sed 's/line:.*//' | sort | uniq -c | sort -rn | head -${TOP:-25}
