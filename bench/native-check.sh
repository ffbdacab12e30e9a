#!/usr/bin/env bash
# Checks a native executable against the JVM build of the same commit, on this machine:
#   bench/native-check.sh target/leader-contacts-1.0.0-runner [target/quarkus-app]
# Starts both (embedded H2, editing enabled with the test key), then: every example in graphql/examples/ must
# answer the same JSON (keys sorted) on both; a search must answer the same; an authenticated edit must succeed
# on the native one and show in a query; SIGTERM must stop it cleanly. Prints time to first answer and resident
# memory after the examples for both. Builds nothing: make the executable first (README, Native executable).
# For the PostgreSQL flavour, give each its own empty database: JDBC_JVM=jdbc:postgresql://... JDBC_NATIVE=...
set -euo pipefail
cd "$(dirname "$0")/.."
NATIVE=$(readlink -f "${1:?usage: native-check.sh NATIVE_RUNNER [JVM_APP_DIR]}")
JVM_APP=${2:-target/quarkus-app}
JAVA=${JAVA:-java}
OUT=target/native-check
mkdir -p "$OUT"
ISSUER=https://leader-contacts.test
KEY_DIR=$PWD/src/test/resources/jwt
ENV=(CONTACTS_JWT_ISSUER=$ISSUER CONTACTS_JWT_PUBLIC_KEY_LOCATION=file:$KEY_DIR/test-public.pem)
failed=0
fail() { echo "FAILED: $*"; failed=1; }

start() {   # name port jdbc-url-or-empty command...; sets PID_<name>, prints ms to first answer
    local name=$1 port=$2 jdbc=$3; shift 3
    local options=(-Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dquarkus.shutdown.delay=0s)
    [ -n "$jdbc" ] && options+=(-Dquarkus.datasource.jdbc.url="$jdbc")
    local t0; t0=$(date +%s%N)
    if [ "$1" = "$JAVA" ]; then
        env "${ENV[@]}" "$JAVA" "${options[@]}" "${@:2}" > "$OUT/$name.log" 2>&1 &
    else
        env "${ENV[@]}" "$@" "${options[@]}" > "$OUT/$name.log" 2>&1 &
    fi
    eval "PID_$name=$!"
    echo "$(eval echo \$PID_$name)" > "$OUT/$name.pid"
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ topics { totalCount } }"}' \
            "http://127.0.0.1:$port/graphql"; do
        kill -0 "$(eval echo \$PID_$name)" 2>/dev/null || { echo "$name died:"; tail -30 "$OUT/$name.log"; exit 1; }
        sleep 0.02
    done
    echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
post() {   # port body-file-or-json [token]
    local auth=()
    [ -n "${3:-}" ] && auth=(-H "Authorization: Bearer $3")
    curl -s -H 'Content-Type: application/json' "${auth[@]}" --data-binary "$2" "http://127.0.0.1:$1/graphql"
}
body_of() {   # example file -> request JSON
    local vars="${1%.graphql}.variables.json"
    if [ -f "$vars" ]; then jq -n --rawfile q "$1" --slurpfile v "$vars" '{query: $q, variables: $v[0]}'
    else jq -n --rawfile q "$1" '{query: $q}'; fi
}
token() {   # an editor's RS256 token signed with the test key
    local b64='openssl base64 -A | tr "+/" "-_" | tr -d "="'
    local header payload now
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | eval "$b64")
    payload=$(printf '{"iss":"%s","sub":"native-check","upn":"native-check","groups":["editor"],"iat":%d,"exp":%d}' \
        "$ISSUER" "$now" $((now + 600)) | eval "$b64")
    local signature
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY_DIR/test-private.pem" -binary | eval "$b64")
    echo "$header.$payload.$signature"
}

start jvm 18601 "${JDBC_JVM:-}" "$JAVA" -jar "$JVM_APP/quarkus-run.jar" > "$OUT/jvm.ms"
start native 18602 "${JDBC_NATIVE:-}" "$NATIVE" > "$OUT/native.ms"
jvm_ms=$(cat "$OUT/jvm.ms") native_ms=$(cat "$OUT/native.ms")
PID_jvm=$(cat "$OUT/jvm.pid") PID_native=$(cat "$OUT/native.pid")
trap 'kill $PID_jvm $PID_native 2>/dev/null || true' EXIT
echo "first answer: JVM $jvm_ms ms, native $native_ms ms"

examples=0
for example in graphql/examples/*.graphql; do
    request=$(body_of "$example")
    post 18601 "$request" | jq -S . > "$OUT/jvm.json"
    post 18602 "$request" | jq -S . > "$OUT/native.json" || true
    if diff -q "$OUT/jvm.json" "$OUT/native.json" > /dev/null; then
        examples=$((examples + 1))
    else
        fail "$(basename "$example") differs:"; diff "$OUT/jvm.json" "$OUT/native.json" | head -10 || true
    fi
done
echo "examples answering the same JSON: $examples of $(ls graphql/examples/*.graphql | wc -l)"

search='{"query":"{ search(text: \"ceasefire\", first: 5) { totalCount edges { node { type snippet } } } }"}'
for _ in $(seq 1 100); do   # the index builds in the background after start
    post 18602 "$search" | grep -q SEARCH_UNAVAILABLE || break
    sleep 0.1
done
if [ "$(post 18601 "$search" | jq -S .)" = "$(post 18602 "$search" | jq -S .)" ]; then echo "search: same answer"
else fail "search differs: $(post 18602 "$search" | head -c 300)"; fi

rss_jvm=$(( $(awk '/VmRSS/ {print $2}' /proc/$PID_jvm/status) / 1024 ))
rss_native=$(( $(awk '/VmRSS/ {print $2}' /proc/$PID_native/status) / 1024 ))
echo "resident memory after the examples: JVM $rss_jvm MiB, native $rss_native MiB"

edit=$(jq -n '{query: "mutation($t: TopicInput!) { createTopic(input: $t) { name } }",
    variables: {t: {slug: "native-check", name: "Native check", description: "Created by bench/native-check.sh."}}}')
answer=$(post 18602 "$edit" "$(token)")
if jq -e '.data.createTopic.name == "Native check"' <<< "$answer" > /dev/null \
        && post 18602 '{"query":"{ topics { totalCount } }"}' | jq -e '.data.topics.totalCount == 18' > /dev/null; then
    echo "authenticated edit: accepted and visible"
else fail "authenticated edit: $answer"; fi

kill -TERM "$PID_native"
status=0
wait "$PID_native" || status=$?
# 143 is 128 + SIGTERM: the status a JVM, and the native executable, exit with after running the shutdown hooks.
if { [ "$status" = 0 ] || [ "$status" = 143 ]; } && grep -q "stopped in" "$OUT/native.log"; then
    echo "SIGTERM: stopped cleanly (exit status $status)"
else fail "the native executable did not stop cleanly (exit status $status): $(tail -3 "$OUT/native.log")"; fi
kill "$PID_jvm" 2>/dev/null; wait "$PID_jvm" 2>/dev/null || true
if grep -E " ERROR " "$OUT/native.log" | head -5 | grep -q .; then fail "the native log has errors"; fi
exit "$failed"
