#!/usr/bin/env bash
# Benchmark of survey-service through HTTP: 16 clients submit (validate, score, store) responses to a
# 30-item instrument, then the batched latest-scores query is timed for 10,000 people.
# Starts its own embedded PostgreSQL (fresh, in a temporary directory) and the packaged service.
#   survey-service/bench/submit-bench.sh        (options: -Dclients=16 -Dwarmup=4000 -Dmeasured=20000 via BENCH_OPTS)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
db_port=${BENCH_DB_PORT:-55532}
http_port=${BENCH_HTTP_PORT:-58081}
work=$(mktemp -d)
postgres_dir=deploy/local/embedded-postgres/target
app=survey-service/target/quarkus-app/quarkus-run.jar

if [ ! -f "$app" ] || [ ! -f "$postgres_dir/tandem-embedded-postgres-0.1.0-SNAPSHOT.jar" ] \
   || [ -n "$(find survey-service/src service-support/src -newer "$app" -type f | head -n 1)" ]; then
  echo "Packaging survey-service..."
  ./mvnw -B -q package -DskipTests -pl survey-service -am
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java -cp "$postgres_dir/tandem-embedded-postgres-0.1.0-SNAPSHOT.jar:$postgres_dir/lib/*" io.tandem.localdb.LocalPostgresMain \
  serve "$work/pg" "$db_port" tandem_survey > "$work/postgres.log" 2>&1 &
pids+=($!)
until grep -q "postgres ready" "$work/postgres.log"; do sleep 0.5; done

TANDEM_DB_HOST=localhost TANDEM_DB_PORT=$db_port TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD="" TANDEM_DB_NAME=tandem_survey \
TANDEM_JWT_PUBLIC_KEY_LOCATION=$root/deploy/local/dev-keys/public.pem TANDEM_JWT_ISSUER=https://tandem.local/dev \
QUARKUS_HTTP_PORT=$http_port QUARKUS_LOG_LEVEL=WARN \
  java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$app" > "$work/service.log" 2>&1 &
pids+=($!)
until curl -fs "http://localhost:$http_port/q/health/ready" > /dev/null 2>&1; do
  kill -0 "${pids[1]}" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  sleep 0.5
done

tenant=bench-$(date +%s)
admin=$(deploy/local/token.sh admin "$tenant")
service=$(deploy/local/token.sh service "$tenant")
echo "machine: $(nproc) cores; service heap ${BENCH_JAVA_OPTS:--Xmx1g}; PostgreSQL embedded on the same machine"
java ${BENCH_OPTS:-} survey-service/bench/SubmitBench.java "http://localhost:$http_port" "$admin" "$service"
