#!/usr/bin/env bash
# Durable paper orders through REST, open loop: bench/order-load.sh [orders/s=2000] [seconds=20] [accounts=32]
# Starts the app (embedded PostgreSQL, simulated exchange with a short history) and offers market orders at a fixed
# rate; prints the achieved rate and latency percentiles measured from each request's scheduled time.
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
exec java -Xmx2g -cp "$CP" com.tradesense.trading.bench.OrderLoad "$@"
