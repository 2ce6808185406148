#!/usr/bin/env bash
# Benchmark of analytics-service: a synthetic tenant's feeds (20,000 relationships, 6 waves, 5 instruments
# per wave: 600,000 scored responses) served in the services' format, a full ingestion timed, then every
# report (p95 over 20 calls after 10 warm-up calls, and the cold first call), the research reports and the research export,
# with the service's heap capped at 256 MB and the serial collector.
# Starts its own embedded PostgreSQL (fresh, in a temporary directory) and the packaged service.
#   analytics-service/bench/ingest-bench.sh     (options: BENCH_OPTS="-Drelationships=20000 -DserviceHeap=-Xmx256m
#   -DserviceGc=-XX:+UseSerialGC";
#   BENCH_SERVICE_ENV="NAME=value ..." more environment for the service, e.g. JDK_JAVA_OPTIONS=-XX:StartFlightRecording...)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
source deploy/local/bench-support.sh
if bench_stale analytics-service; then
  echo "Packaging analytics-service..."
  ./mvnw -B -q package -DskipTests -pl analytics-service -am
fi
bench_postgres "${BENCH_DB_PORT:-55533}" tandem_analytics
echo "machine: $(nproc) cores; PostgreSQL embedded on the same machine"
java ${BENCH_OPTS:-} analytics-service/bench/IngestBench.java analytics-service/target/quarkus-app/quarkus-run.jar \
  "${BENCH_HTTP_PORT:-58083}" "${BENCH_FEED_PORT:-58090}" "$(deploy/local/token.sh admin bench)" "$(deploy/local/token.sh researcher bench)" \
  "$bench_work" TANDEM_DB_NAME=tandem_analytics QUARKUS_LOG_LEVEL=WARN TANDEM_RATE_LIMIT_ENABLED=false \
  TANDEM_SERVICE_SIGNING_KEY_LOCATION="$root/deploy/local/dev-keys/private.pem" ${BENCH_SERVICE_ENV:-}
