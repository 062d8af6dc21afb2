#!/usr/bin/env bash
# Levels API under concurrent load, database in the loop. Start the app first, with the per-user rate limit off
# (100 requests a minute would otherwise answer 429), C2 on and a pre-touched heap (docs/BENCHMARKS.md):
#   ./mvnw -Dskip.frontend=true spring-boot:run -Dspring-boot.run.optimizedLaunch=false \
#     -Dspring-boot.run.jvmArguments="-Xms2g -Xmx2g -XX:+AlwaysPreTouch" \
#     -Dspring-boot.run.arguments=--tradesense.rate-limit.enabled=false
# wait for the history backfill to finish (see the log), then:
#   bench/levels-load.sh [baseUrl] [concurrency] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
exec java bench/LevelsLoad.java "${1:-http://localhost:8080}" "${2:-16}" "${3:-30}"
