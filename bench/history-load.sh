#!/usr/bin/env bash
# History endpoint latency: bench/history-load.sh [requests per query=5000] [concurrent clients=8]
# Starts the app with the simulated catalog backfilled (embedded PostgreSQL), then closed-loop HTTP clients.
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
exec java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp "$CP" com.tradesense.marketdata.bench.HistoryLoad "$@"
