#!/usr/bin/env bash
# Benchmark of survey-service through HTTP: 16 clients submit (validate, score, store) responses to a
# 30-item instrument, then the batched latest-scores query is timed for 10,000 people.
# Starts its own embedded PostgreSQL (fresh, in a temporary directory) and the packaged service.
#   survey-service/bench/submit-bench.sh        (options: BENCH_OPTS="-Dclients=16 -Dwarmup=4000 -Dmeasured=20000")
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
source deploy/local/bench-support.sh
http_port=${BENCH_HTTP_PORT:-58081}
if bench_stale survey-service; then
  echo "Packaging survey-service..."
  ./mvnw -B -q package -DskipTests -pl survey-service -am
fi
bench_postgres "${BENCH_DB_PORT:-55532}" tandem_survey
bench_service survey-service tandem_survey "$http_port" "${BENCH_JAVA_OPTS:--Xmx1g}"
tenant=bench-$(date +%s)
echo "machine: $(nproc) cores; service heap ${BENCH_JAVA_OPTS:--Xmx1g}; PostgreSQL embedded on the same machine"
java ${BENCH_OPTS:-} survey-service/bench/SubmitBench.java "http://localhost:$http_port" \
  "$(deploy/local/token.sh admin "$tenant")" "$(deploy/local/token.sh service "$tenant")"
