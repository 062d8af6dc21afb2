#!/usr/bin/env bash
# Clean-up on disconnect over real sockets: bench/stream-churn.sh [cycles=100000] [parallel clients=8] [sse|ws]
# Starts the app (embedded PostgreSQL, simulator off) and has clients connect, open a stream on two symbols, wait for
# the first event and go away (every other one with a reset), then prints how many stream clients the server still
# holds and its heap in use, open files and threads, compared with after the warm-up. The heap is sized and touched
# up front (docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
exec java -Xms2g -Xmx2g -XX:+AlwaysPreTouch ${JAVA_OPTS:-} -cp "$CP" com.tradesense.marketdata.bench.StreamChurnLoad "$@"
