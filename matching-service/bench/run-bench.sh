#!/usr/bin/env bash
# A full matching run through HTTP for 1,000 mentors and 5,000 mentees, with the real survey-service.
# Starts a fresh embedded PostgreSQL, survey-service and matching-service, seeds them, and times the run.
#   matching-service/bench/run-bench.sh     (BENCH_OPTS="-Dmentors=1000 -Dmentees=5000")
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
db_port=${BENCH_DB_PORT:-55533}
survey_port=${BENCH_SURVEY_PORT:-58091}
matching_port=${BENCH_MATCHING_PORT:-58092}
work=$(mktemp -d)
postgres_dir=deploy/local/embedded-postgres/target
stale() { [ ! -f "$1/target/quarkus-app/quarkus-run.jar" ] || [ -n "$(find "$1/src" service-support/src -newer "$1/target/quarkus-app/quarkus-run.jar" -type f | head -n 1)" ]; }
if stale survey-service || stale matching-service || [ ! -f "$postgres_dir/tandem-embedded-postgres-0.1.0-SNAPSHOT.jar" ]; then
  echo "Packaging the services..."
  ./mvnw -B -q package -DskipTests -pl survey-service,matching-service -am
fi
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
java -cp "$postgres_dir/tandem-embedded-postgres-0.1.0-SNAPSHOT.jar:$postgres_dir/lib/*" io.tandem.localdb.LocalPostgresMain \
  serve "$work/pg" "$db_port" tandem_survey,tandem_matching > "$work/postgres.log" 2>&1 &
pids+=($!)
until grep -q "postgres ready" "$work/postgres.log"; do sleep 0.5; done
export TANDEM_DB_HOST=localhost TANDEM_DB_PORT=$db_port TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD=""
export TANDEM_JWT_PUBLIC_KEY_LOCATION=$root/deploy/local/dev-keys/public.pem TANDEM_JWT_ISSUER=https://tandem.local/dev
TANDEM_DB_NAME=tandem_survey QUARKUS_HTTP_PORT=$survey_port QUARKUS_LOG_LEVEL=WARN \
  java -Xmx512m -jar survey-service/target/quarkus-app/quarkus-run.jar > "$work/survey.log" 2>&1 &
pids+=($!)
TANDEM_DB_NAME=tandem_matching QUARKUS_HTTP_PORT=$matching_port QUARKUS_LOG_LEVEL=WARN TANDEM_SURVEY_URL=http://localhost:$survey_port \
  java ${BENCH_JAVA_OPTS:--Xmx1g} -jar matching-service/target/quarkus-app/quarkus-run.jar > "$work/matching.log" 2>&1 &
pids+=($!)
for port in $survey_port $matching_port; do
  until curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1; do sleep 0.5; done
done
token=$(deploy/local/token.sh admin "bench-$(date +%s)")
echo "machine: $(nproc) cores; matching-service heap ${BENCH_JAVA_OPTS:--Xmx1g}"
java ${BENCH_OPTS:-} matching-service/bench/RunBench.java "http://localhost:$survey_port" "http://localhost:$matching_port" "$token"
