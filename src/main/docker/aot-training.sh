#!/bin/sh
# Trains a Leyden AOT cache (JDK 25+, JEP 483/514/515) for the packaged application: starts it with
# -XX:AOTCacheOutput, sends every operation in the examples folder once, stops it; the JVM writes the cache
# as it exits. Used by Dockerfile.jvm (inside the runtime image, so the cache matches that image's JDK
# exactly), by bench/run.sh and by .ci/run. POSIX sh and curl only: the UBI runtime image has nothing more.
#
#   aot-training.sh APP_DIR EXAMPLES_DIR CACHE_FILE [launch command...]
#
# The launch command starts the application from APP_DIR and must end in its JVM options' place, e.g.
#   aot-training.sh target/quarkus-app graphql/examples app.aot java -XX:+UseSerialGC -jar quarkus-run.jar
# It is run from APP_DIR with JAVA_TOOL_OPTIONS carrying the AOT output flag, so a launcher script (the
# image's run-java.sh) keeps its own options: the training run uses the same GC and flags as production.
# TRAINING_PORT (default 8085) and TRAINING_TIMEOUT (seconds to the first answer, default 120) tune it.
set -eu

[ $# -ge 4 ] || { echo "usage: $0 APP_DIR EXAMPLES_DIR CACHE_FILE launch-command..." >&2; exit 2; }
app_dir=$1 examples=$2 cache=$3
shift 3
port=${TRAINING_PORT:-8085}
timeout=${TRAINING_TIMEOUT:-120}
url="http://127.0.0.1:$port/graphql"
case $cache in /*) ;; *) cache="$PWD/$cache" ;; esac
[ -d "$examples" ] || { echo "aot-training: no examples folder $examples" >&2; exit 2; }
examples=$(cd "$examples" && pwd)
log=$(mktemp)

if curl -s -o /dev/null "$url"; then
    echo "aot-training: port $port already answers; stop what runs there or set TRAINING_PORT" >&2; exit 1
fi
echo "aot-training: starting the application to record $cache"
(cd "$app_dir" && JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -XX:AOTCacheOutput=$cache" \
    QUARKUS_HTTP_PORT=$port QUARKUS_SHUTDOWN_DELAY=0s exec "$@") > "$log" 2>&1 &
pid=$!
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
# Whatever ends this script early (an error, Ctrl-C) also stops the application it started.
trap stop EXIT
trap 'exit 130' INT TERM
waited=0
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "aot-training: the application stopped before answering; its log:" >&2; tail -40 "$log" >&2; exit 1
    fi
    if [ "$waited" -ge $((timeout * 10)) ]; then
        echo "aot-training: no answer within ${timeout} s; its log:" >&2; tail -40 "$log" >&2; stop; exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
done

# Readiness includes the search index, which quote-search needs.
until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    if [ "$waited" -ge $((timeout * 10)) ]; then
        echo "aot-training: not ready within ${timeout} s; its log:" >&2; tail -40 "$log" >&2; stop; exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
done

answer=$(mktemp)
total=$(ls "$examples"/*.graphql | wc -l | tr -d ' ')
done_count=0
for operation in "$examples"/*.graphql; do
    name=$(basename "$operation" .graphql)
    # GET carries the operation and its variables URL-encoded, so no JSON tool is needed here.
    if [ -f "$examples/$name.variables.json" ]; then
        status=$(curl -s -o "$answer" -w '%{http_code}' -G "$url" --data-urlencode "query@$operation" \
            --data-urlencode "variables@$examples/$name.variables.json") || status=000
    else
        status=$(curl -s -o "$answer" -w '%{http_code}' -G "$url" --data-urlencode "query@$operation") || status=000
    fi
    done_count=$((done_count + 1))
    echo "aot-training: $done_count/$total $name: HTTP $status"
    if [ "$status" != 200 ] || grep -q '"errors"' "$answer"; then
        echo "aot-training: $name failed, so the cache would not reflect real traffic:" >&2
        head -c 2000 "$answer" >&2; echo >&2; stop; exit 1
    fi
done

echo "aot-training: stopping the application; the JVM writes the cache as it exits"
trap - EXIT INT TERM
kill "$pid"
wait "$pid" || true
rm -f "$log" "$answer"
[ -s "$cache" ] || { echo "aot-training: the JVM wrote no cache at $cache (a JDK older than 25?)" >&2; exit 1; }
echo "aot-training: wrote $cache ($(du -h "$cache" | cut -f1))"
