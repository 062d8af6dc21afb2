#!/usr/bin/env bash
# Durable paper orders through REST, open loop:
#   bench/order-load.sh [orders/s=2000] [seconds=20] [accounts=32] [connections=64]
# Starts the app (embedded PostgreSQL with synchronous_commit=on, simulated exchange with a short history, rate
# limits off) and offers market orders at a fixed rate over a bounded pool of keep-alive connections; prints the
# achieved rate, failures by cause, latency percentiles from each request's scheduled time and the group-commit sizes.
# Warms up until the JIT compilers are done (at least 2 minutes and 120,000 orders, then 20 s slices until JIT is under 5%
# of a core).
# The heap is sized and touched up front: on the KVM guests measured here a heap page's first touch is slow, and a heap
# that grows during the run makes its timings jump (docs/operations.md).
# ORDER_LOAD_JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=orders.jfr to profile the run, or
# -DorderLoad.keyed=true to give every order an Idempotency-Key as the web terminal does).
set -euo pipefail
# One keep-alive connection per request in flight, plus the app's own sockets and files.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
exec java -Xms2g -Xmx2g -XX:+AlwaysPreTouch ${ORDER_LOAD_JAVA_OPTS:-} -cp "$CP" com.tradesense.trading.bench.OrderLoad "$@"
