# Sourced by the bench scripts. bench_classpath DIR prints the class path of the bench tools (LoadGenerator,
# ProfileSummary: test scope), resolving it with Maven once and keeping it in DIR/test-classpath.txt.
bench_classpath() {
    [ -f "$1/test-classpath.txt" ] || ./mvnw -Dbench -q -B -ntp dependency:build-classpath \
        -Dmdep.outputFile="$1/test-classpath.txt" -Dmdep.includeScope=test >&2
    echo "target/test-classes:$(cat "$1/test-classpath.txt")"
}
