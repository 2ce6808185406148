#!/usr/bin/env bash
# A full matching run through HTTP for 1,000 mentors and 5,000 mentees, with the real survey-service.
# Starts a fresh embedded PostgreSQL, survey-service and matching-service, seeds them, and times the run.
#   matching-service/bench/run-bench.sh     (BENCH_OPTS="-Dmentors=1000 -Dmentees=5000")
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
source deploy/local/bench-support.sh
survey_port=${BENCH_SURVEY_PORT:-58091}
matching_port=${BENCH_MATCHING_PORT:-58092}
if bench_stale survey-service matching-service; then
  echo "Packaging the services..."
  ./mvnw -B -q package -DskipTests -pl survey-service,matching-service -am
fi
bench_postgres "${BENCH_DB_PORT:-55533}" tandem_survey,tandem_matching
bench_service survey-service tandem_survey "$survey_port" -Xmx512m
bench_service matching-service tandem_matching "$matching_port" "${BENCH_JAVA_OPTS:--Xmx1g}" TANDEM_SURVEY_URL="http://localhost:$survey_port"
echo "machine: $(nproc) cores; matching-service heap ${BENCH_JAVA_OPTS:--Xmx1g}"
java ${BENCH_OPTS:-} matching-service/bench/RunBench.java "http://localhost:$survey_port" "http://localhost:$matching_port" \
  "$(deploy/local/token.sh admin "bench-$(date +%s)")"
