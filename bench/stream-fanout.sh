#!/usr/bin/env bash
# Live stream fan-out: bench/stream-fanout.sh [clients=10000] [seconds per phase=30] [writer threads=8] [sse|ws]
# Starts the app (embedded PostgreSQL, simulator off) with a producer trading 50 symbols once a second each, and a
# child JVM holding the SSE (/api/v1/market/stream) or WebSocket (/ws/market) clients, 10 symbols each; prints server
# heap per idle connection and producer-to-client latency percentiles without and with one client that stopped reading,
# and the CPU each JVM used. Both JVMs get their whole heap up front (-Xms = -Xmx, pre-touched): on this VM a heap's
# first touches are slow enough to swing the results. JAVA_OPTS adds server JVM flags.
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
exec java -Xms4g -Xmx4g -XX:+AlwaysPreTouch ${JAVA_OPTS:-} -cp "$CP" com.tradesense.marketdata.bench.StreamFanOutLoad "$@"
