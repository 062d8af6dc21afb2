#!/usr/bin/env bash
# Compiles the app and its tests and prints the classpath the load harnesses run with.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Dskip.frontend=true test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >&2
echo "target/test-classes:target/classes:$(cat target/bench.classpath)"
