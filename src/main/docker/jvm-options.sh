#!/bin/sh
# Prints the JVM options the JVM image runs with, read from Dockerfile.jvm (GC_CONTAINER_OPTIONS, then
# JAVA_OPTS_APPEND up to the options that only make sense inside the image), so that the benchmark and CI
# run the jar with exactly the shipped settings.
dockerfile=${1:-$(dirname "$0")/Dockerfile.jvm}
gc=$(sed -n 's/^ENV GC_CONTAINER_OPTIONS="\(.*\)"/\1/p' "$dockerfile")
append=$(sed -n 's/^ENV JAVA_OPTS_APPEND="\(.*\) -Dquarkus.http.host.*/\1/p' "$dockerfile")
[ -n "$gc" ] && [ -n "$append" ] || { echo "jvm-options: cannot read the options from $dockerfile" >&2; exit 1; }
echo "$gc $append"
