#!/usr/bin/env bash
# The benchmark: one command, results in bench/results.md. A benchmark, not a test: it measures.
#
#   bench/run.sh                               # everything (about 50 minutes on 2 cores, the first time)
#   SCALE_CONVERSATIONS=0 bench/run.sh         # seed size only
#   CONCURRENCY=32 MEASURE=20 bench/run.sh
#
# 1. Packages the application as the JVM image runs it (JDK 25, aot-jar) and trains its Leyden AOT cache
#    with src/main/docker/aot-training.sh, as Dockerfile.jvm does; packages the plain fast-jar too (JDK 17,
#    with an AppCDS archive) for comparison. Measures startup to the first GraphQL answer and resident memory.
# 2. Seed size, on the shipped JVM (JDK 25 with its AOT cache): load-tests every operation in
#    graphql/examples/ against the precomputed-bytes endpoint of the same server, with the response cache on
#    (the default) and off (the engine). Every table starts after a warm-up of all operations together.
# 3. Scale, on PostgreSQL (127.0.0.1:5432, user postgres; databases bench_seed, bench_scale_small and
#    bench_scale are created): the same table with the cache off at seed size, then with synthetic stores of
#    SCALE_CONVERSATIONS/10 and SCALE_CONVERSATIONS conversations, 10 statements each (loaded once, kept
#    for later runs), and the p99 growth between them. bench/results.md is rewritten after every step.
# 4. Profiles (Java Flight Recorder) startup and the uncached timeline, grouped by library.
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_ARGS="${MAVEN_ARGS:-} -B -ntp -q"
CONCURRENCY=${CONCURRENCY:-16}
WARMUP=${WARMUP:-5}
MEASURE=${MEASURE:-10}
# Before each table, every operation together for this long: on 2 cores C2 compiles (and recompiles) for
# about 100 s of load before the code settles (counted with -XX:+LogCompilation).
WARMUP_ALL=${WARMUP_ALL:-90}
PORT=${PORT:-8089}
SCALE_CONVERSATIONS=${SCALE_CONVERSATIONS:-100000}
SCALE_SMALL_CONVERSATIONS=$(( SCALE_CONVERSATIONS / 10 ))
SCALE_STATEMENTS=$(( SCALE_CONVERSATIONS * 10 ))
# Scale runs get a larger heap: the search index build and the load batches need it; it stays fixed.
SCALE_HEAP=${SCALE_HEAP:--Xmx256m}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
# The JVM options the service ships with (Dockerfile.jvm, k8s, README): what "default settings" means here.
DOCKERFILE=src/main/docker/Dockerfile.jvm
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:-$(src/main/docker/jvm-options.sh "$DOCKERFILE")}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(sed -n 's/^ENV MALLOC_ARENA_MAX=//p' $DOCKERFILE)}
RESULTS=bench/results.md
ROOT=$PWD
OUT=target/bench
APP=target/quarkus-app
AOT_APP=$OUT/aot-app
PG_APP=$OUT/postgres-app
PG="-h 127.0.0.1 -U postgres"
mkdir -p "$OUT"
read -r -a SERVICE_OPTS <<< "$SERVICE_JAVA_OPTS"

SKIP_PACKAGE=${SKIP_PACKAGE:-0}   # 1: reuse the packages of the previous run (same sources)
[ -x "$JDK25/bin/java" ] || { echo "the shipped JVM is JDK 25: set JDK25 to a JDK 25 home" >&2; exit 2; }
JAVA25="$JDK25/bin/java"
# Relative to the jar's folder, as start_service runs it; AOTMode=on: a cache the JVM cannot use stops it,
# instead of a table that says "AOT cache" measuring none.
SHIPPED_CACHE="-XX:AOTMode=on -XX:AOTCache=app.aot"
train() {   # app-dir: the AOT cache of the JVM image, trained the way Dockerfile.jvm trains it
    rm -f "$1/app.aot"
    src/main/docker/aot-training.sh "$1" graphql/examples "$1/app.aot" "$JAVA25" "${SERVICE_OPTS[@]}" -jar quarkus-run.jar
}
if [ "$SKIP_PACKAGE" = 1 ]; then
    echo "== Reusing the packages of the previous run"
    [ -s "$AOT_APP/app.aot" ] || train "$AOT_APP"
else
    if [ "$SCALE_CONVERSATIONS" -gt 0 ]; then
        echo "== Packaging the PostgreSQL flavour (JDK 25, aot-jar)"
        JAVA_HOME="$JDK25" ./mvnw -Dbench -DskipTests package -Ppostgres,aot
        rm -rf "$PG_APP" && cp -a "$APP" "$PG_APP"   # -a: the AOT cache checks the jars' times
    fi
    echo "== Packaging the JVM image's application (JDK 25, aot-jar) and training its AOT cache"
    JAVA_HOME="$JDK25" ./mvnw -Dbench -DskipTests package -Paot
    rm -rf "$AOT_APP" && cp -a "$APP" "$AOT_APP"
    train "$AOT_APP"
    echo "== Packaging the fast-jar (JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2), with an AppCDS archive), for comparison"
    ./mvnw -Dbench -DskipTests package -Dquarkus.package.jar.appcds.enabled=true
fi
./mvnw -Dbench test-compile
./mvnw -Dbench -q dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" -Dmdep.includeScope=test
BENCH_CP="target/test-classes:$(cat "$OUT/test-classpath.txt")"

PID=
start_service() {   # java binary, jar, options...; prints nothing, sets PID, returns when the first GraphQL answer came
    local java=$1 jar=$2
    shift 2
    STARTED=$(date +%s%N)
    # From the jar's own directory: AppCDS and AOT caches record class paths relative to it.
    (cd "$(dirname "$jar")" && exec "$java" "$@" -Dquarkus.http.port="$PORT" -Dcontacts.bench.enabled=true \
        -Dquarkus.shutdown.delay=0s -jar quarkus-run.jar) > "$OUT/app.log" 2>&1 &
    PID=$!
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' \
            "http://127.0.0.1:$PORT/graphql"; do
        kill -0 "$PID" 2>/dev/null || { echo "the service did not start; see $OUT/app.log" >&2; tail -20 "$OUT/app.log" >&2; exit 1; }
        sleep 0.01
    done
    FIRST_ANSWER_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
}

rss_mib() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 )); }

stop_service() {
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
}

load() {   # name of the table; runs every example against the running service
    java -cp "$BENCH_CP" org.leadercontacts.bench.LoadGenerator "http://127.0.0.1:$PORT" graphql/examples \
        "$CONCURRENCY" "$WARMUP" "$MEASURE" "$OUT/$1.md" "$WARMUP_ALL"
}

profiled_load() {   # name title: load with a flight recording (every PostgreSQL run alike, so their growth compares)
    "$JDK25/bin/jcmd" "$PID" JFR.start name=load settings=profile > /dev/null
    load "$1"
    "$JDK25/bin/jcmd" "$PID" JFR.dump name=load filename="$ROOT/$OUT/$1.jfr" > /dev/null
    "$JAVA25" -cp "$BENCH_CP" org.leadercontacts.bench.ProfileSummary "$OUT/$1.jfr" "$2" "$OUT/profiles.md"
}

wait_for_search() {   # the search index builds in the background after start; the load test needs it
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        kill -0 "$PID" 2>/dev/null || { echo "the service stopped; see $OUT/app.log" >&2; exit 1; }
        sleep 1
    done
}

growth() {   # from.csv to.csv: p99 and response size of the second run against the first, per operation
    LC_ALL=C join -t, <(tail -n +2 "$1" | LC_ALL=C sort -t, -k1,1) <(tail -n +2 "$2" | LC_ALL=C sort -t, -k1,1) | awk -F, '{
        ratio = $4 > 0 ? $11 / $4 : 0
        size = $8 > 0 ? $15 / $8 : 0
        per_size = size > 0 ? ratio / size : 0
        verdict = ratio <= 2 ? "yes" : "no"
        printf "| %s | %.2f | %.2f | %.1f× | %d → %d (%.1f×) | %.1f× | %s |\n", $1, $4, $11, ratio, $8, $15, size, per_size, verdict
    }'
}

growth_table() {   # title from.csv to.csv
    [ -f "$2" ] && [ -f "$3" ] || return 0
    echo
    echo "### $1"
    echo
    echo "| operation | p99 before (ms) | p99 after (ms) | growth | response bytes | growth ÷ size growth | within 2× |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    growth "$2" "$3"
}

section() {   # title file [note]: a table of this run, if that step ran
    [ -f "$2" ] || return 0
    echo
    echo "$1"
    echo
    cat "$2"
    if [ -n "${3:-}" ]; then echo; echo "$3"; fi
}

# Written after every step, so that a failed step keeps the tables measured before it.
write_results() {
    {
        echo "# Benchmark results"
        echo
        echo "Command: \`bench/run.sh\` (CONCURRENCY=$CONCURRENCY WARMUP=$WARMUP MEASURE=$MEASURE" \
            "SCALE_CONVERSATIONS=$SCALE_CONVERSATIONS SKIP_PACKAGE=$SKIP_PACKAGE), started $STARTED_AT," \
            "written $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' with uncommitted changes')."
        echo "Machine: $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | xargs)," \
            "$(free -g | awk '/Mem/ {print $2}') GiB; the service on $("$JAVA25" -version 2>&1 | head -1) (the JDK 17 rows: $(java -version 2>&1 | head -1));" \
            "the load generator (a Java closed loop, keep-alive, HdrHistogram) shares the machine with the service."
        echo "Load average when this file was written (other work on the machine distorts the numbers): $(cut -d' ' -f1-3 /proc/loadavg)."
        echo "Service JVM options (as shipped in Dockerfile.jvm): \`$SERVICE_JAVA_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX."
        echo
        echo "## Startup (JVM jar, embedded store, seed size)"
        section "Process start to the first successful GraphQL answer." "$STARTUP"
        echo
        echo "## Seed size (5 documents, 6 conversations, 54 statements)"
        section "### Response cache on (the default)" "$OUT/seed-cached.md" "RSS after this load run: ${SEED_RSS:-not measured} MiB."
        section "### Response cache off: every request parsed, validated and executed" "$OUT/seed-uncached.md" \
            "RSS after this load run (with a flight recording): ${SEED_UNCACHED_RSS:-not measured} MiB."
        if [ "$SCALE_CONVERSATIONS" -gt 0 ]; then
            echo
            echo "## Scale: PostgreSQL, seed size, $SCALE_SMALL_CONVERSATIONS and $SCALE_CONVERSATIONS synthetic conversations"
            echo
            echo "Every run: PostgreSQL flavour, response cache off, a flight recording running, \`$SCALE_HEAP\` added to the options above."
            echo "Synthetic stores: 10 statements per conversation. ${SCALE_LOAD_LINE:-} First answer on the largest store's start: ${SCALE_FIRST_ANSWER_MS:-not measured} ms."
            section "### Seed size (PostgreSQL)" "$OUT/pg-seed-uncached.md"
            section "### $SCALE_SMALL_CONVERSATIONS conversations ($(( SCALE_SMALL_CONVERSATIONS * 10 )) statements)" "$OUT/pg-small-uncached.md"
            section "### $SCALE_CONVERSATIONS conversations ($SCALE_STATEMENTS statements)" "$OUT/pg-scale-uncached.md" \
                "RSS after this load run: ${SCALE_RSS:-not measured} MiB."
            growth_table "Growth from seed size to $SCALE_STATEMENTS statements (the target: p99 within 2×)" \
                "$OUT/pg-seed-uncached.csv" "$OUT/pg-scale-uncached.csv"
            growth_table "Growth from $(( SCALE_SMALL_CONVERSATIONS * 10 )) to $SCALE_STATEMENTS statements (every page full in both: the store grows 10×, the answers do not)" \
                "$OUT/pg-small-uncached.csv" "$OUT/pg-scale-uncached.csv"
        fi
        if [ -f "$OUT/profiles.md" ]; then
            echo
            echo "## Profiles"
            cat "$OUT/profiles.md"
        fi
        # What limits each missed target, written by hand from the tables and profiles of a run (it says which).
        if [ -f bench/analysis.md ]; then
            echo
            cat bench/analysis.md
        fi
    } > "$RESULTS"
}

STARTED_AT=$(date -u +%Y-%m-%dT%H:%MZ)
rm -f "$OUT"/*.md "$OUT"/*.csv
echo "== Startup to first GraphQL answer (3 runs each)"
STARTUP="$OUT/startup.md"
{
    echo "| JVM | run 1 (ms) | run 2 (ms) | run 3 (ms) | RSS after start (MiB) |"
    echo "|---|---:|---:|---:|---:|"
} > "$STARTUP"
startup_row() {   # label java jar options...
    local label=$1 times=() rss
    shift
    for _ in 1 2 3; do
        start_service "$@"
        times+=("$FIRST_ANSWER_MS")
        rss=$(rss_mib)
        stop_service
    done
    echo "| $label | ${times[0]} | ${times[1]} | ${times[2]} | $rss |" | tee -a "$STARTUP"
}
startup_row "JDK 17, no archive" java "$APP/quarkus-run.jar" "${SERVICE_OPTS[@]}"
startup_row "JDK 17, AppCDS" java "$APP/quarkus-run.jar" "${SERVICE_OPTS[@]}" -XX:SharedArchiveFile=app-cds.jsa -Xshare:on
startup_row "JDK 25, aot-jar, no cache" "$JAVA25" "$AOT_APP/quarkus-run.jar" "${SERVICE_OPTS[@]}"
startup_row "JDK 25, aot-jar, AOT cache (the JVM image)" "$JAVA25" "$AOT_APP/quarkus-run.jar" "${SERVICE_OPTS[@]}" $SHIPPED_CACHE

echo "== Startup profile"
# A flight recording from JVM start needs the full module graph, which a JVM using an AOT cache with linked
# classes cannot give up: the recording would switch the cache off. So this profile is the aot-jar without it.
(cd "$AOT_APP" && exec "$JAVA25" "${SERVICE_OPTS[@]}" -XX:StartFlightRecording=filename="$ROOT/$OUT/startup.jfr",settings=profile \
    -Dquarkus.http.port="$PORT" -Dcontacts.bench.enabled=true -Dquarkus.shutdown.delay=0s \
    -jar quarkus-run.jar) > "$OUT/app.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' \
        "http://127.0.0.1:$PORT/graphql"; do
    kill -0 "$PID" 2>/dev/null || { echo "the service did not start; see $OUT/app.log" >&2; tail -20 "$OUT/app.log" >&2; exit 1; }
    sleep 0.01
done
"$JDK25/bin/jcmd" "$PID" JFR.dump filename="$ROOT/$OUT/startup.jfr" > /dev/null
stop_service
rm -f "$OUT/profiles.md"
"$JAVA25" -cp "$BENCH_CP" org.leadercontacts.bench.ProfileSummary "$OUT/startup.jfr" \
    "Startup, process start to first answer (JDK 25, aot-jar without its AOT cache: see above)" "$OUT/profiles.md"
write_results

echo "== Seed size: response cache on (the default)"
start_service "$JAVA25" "$AOT_APP/quarkus-run.jar" "${SERVICE_OPTS[@]}" $SHIPPED_CACHE
wait_for_search
load seed-cached
SEED_RSS=$(rss_mib)
stop_service
write_results

echo "== Seed size: response cache off (every request executes)"
start_service "$JAVA25" "$AOT_APP/quarkus-run.jar" "${SERVICE_OPTS[@]}" $SHIPPED_CACHE \
    -Dcontacts.cache.responses.enabled=false
wait_for_search
profiled_load seed-uncached "Seed size, cache off, the whole load run (all examples)"
SEED_UNCACHED_RSS=$(rss_mib)
stop_service
write_results

if [ "$SCALE_CONVERSATIONS" -gt 0 ]; then
    echo "== PostgreSQL, seed size: response cache off"
    dropdb $PG --if-exists bench_seed && createdb $PG bench_seed
    if [ "$SKIP_PACKAGE" != 1 ] || [ ! -s "$PG_APP/app.aot" ]; then
        echo "== Training the PostgreSQL flavour's AOT cache against bench_seed"
        QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bench_seed train "$PG_APP"
    fi
    start_service "$JAVA25" "$PG_APP/quarkus-run.jar" "${SERVICE_OPTS[@]}" $SHIPPED_CACHE "$SCALE_HEAP" \
        -Dcontacts.cache.responses.enabled=false -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/bench_seed
    wait_for_search
    profiled_load pg-seed-uncached "PostgreSQL, seed size, cache off, the whole load run (all examples)"
    stop_service
    write_results

    # Two store sizes, both filling every page, separate what grows with the store from what grows with page fill.
    load_synthetic() {   # database conversations label
        psql $PG -lqt | cut -d'|' -f1 | grep -qw "$1" || createdb $PG "$1"
        echo "== PostgreSQL, $2 synthetic conversations ($(( $2 * 10 )) statements): loading once (progress below)"
        tail -n0 -F "$OUT/app.log" 2>/dev/null | grep --line-buffered -E "Synthetic store|Search index" &
        TAIL=$!
        start_service "$JAVA25" "$PG_APP/quarkus-run.jar" "${SERVICE_OPTS[@]}" $SHIPPED_CACHE "$SCALE_HEAP" \
            -Dcontacts.cache.responses.enabled=false -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$1" \
            -Dcontacts.synthetic.conversations="$2" -Dcontacts.synthetic.statements-per-conversation=10
        wait_for_search
        kill "$TAIL" 2>/dev/null || true
        echo "== PostgreSQL, $2 synthetic conversations: response cache off"
        profiled_load "$3" "PostgreSQL, $2 synthetic conversations, cache off, the whole load run (all examples)"
    }
    load_synthetic bench_scale_small "$SCALE_SMALL_CONVERSATIONS" pg-small-uncached
    stop_service
    write_results
    load_synthetic bench_scale "$SCALE_CONVERSATIONS" pg-scale-uncached
    SCALE_FIRST_ANSWER_MS=$FIRST_ANSWER_MS
    SCALE_LOAD_LINE=$(grep -h "Loaded the synthetic store\|already holds the synthetic store" "$OUT/app.log" | tail -1 \
        | sed 's/.*\] //' || true)
    SCALE_RSS=$(rss_mib)
    stop_service
fi
write_results
cat "$RESULTS"
