#!/usr/bin/env bash
# Runs Tandem on this machine: PostgreSQL (embedded, unless TANDEM_DB_HOST names an external one)
# and the three services. Ctrl-C, or deploy/local/stop.sh from another shell, stops everything.
# Data lives in $TANDEM_LOCAL_DIR (default: .local/ at the repository root) and survives restarts.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
state=${TANDEM_LOCAL_DIR:-$root/.local}
db_port=${TANDEM_LOCAL_DB_PORT:-55432}
mkdir -p "$state/logs"
export TANDEM_JWT_PUBLIC_KEY_LOCATION=${TANDEM_JWT_PUBLIC_KEY_LOCATION:-$root/deploy/local/dev-keys/public.pem}
export TANDEM_JWT_ISSUER=${TANDEM_JWT_ISSUER:-https://tandem.local/dev}
# the local profile: webhooks may go to plain http on this machine
export TANDEM_WEBHOOKS_REQUIRE_HTTPS=${TANDEM_WEBHOOKS_REQUIRE_HTTPS:-false} TANDEM_WEBHOOKS_EXEMPT_HOSTS=${TANDEM_WEBHOOKS_EXEMPT_HOSTS:-localhost}
export TANDEM_SERVICE_SIGNING_KEY_LOCATION=${TANDEM_SERVICE_SIGNING_KEY_LOCATION:-$root/deploy/local/dev-keys/private.pem}
services=("survey-service:8081:tandem_survey" "matching-service:8082:tandem_matching" "analytics-service:8083:tandem_analytics")
postgres_dir=deploy/local/embedded-postgres/target
postgres_jar=$postgres_dir/tandem-embedded-postgres-0.1.0-SNAPSHOT.jar
local_postgres() { java -cp "$postgres_jar:$postgres_dir/lib/*" io.tandem.localdb.LocalPostgresMain "$@"; }

if [ -s "$state/pids" ]; then
  echo "Tandem seems to be running already (pids in $state/pids); run deploy/local/stop.sh first." >&2
  exit 1
fi

needs_build() {
  [ -f "$postgres_jar" ] || return 0
  local spec name
  for spec in "${services[@]}"; do
    name=${spec%%:*}
    [ -f "$name/target/quarkus-app/quarkus-run.jar" ] || return 0
    [ -z "$(find "$name/src" service-support/src pom.xml "$name/pom.xml" -newer "$name/target/quarkus-app/quarkus-run.jar" -type f | head -n 1)" ] || return 0
  done
  return 1
}

if needs_build; then
  echo "Building (once; later runs reuse the build until sources change)..."
  ./mvnw -B -q package -DskipTests
fi

stop_all() {
  trap - INT TERM EXIT
  "$root/deploy/local/stop.sh"
  exit 0
}
trap stop_all INT TERM EXIT

: > "$state/pids"
dbs=$(printf '%s\n' "${services[@]}" | cut -d: -f3 | paste -sd, -)
if [ -z "${TANDEM_DB_HOST:-}" ]; then
  echo "Starting embedded PostgreSQL on localhost:$db_port (data in $state/postgres)..."
  # setsid: Ctrl-C reaches this script only, which then stops services before the database.
  setsid java -cp "$postgres_jar:$postgres_dir/lib/*" io.tandem.localdb.LocalPostgresMain serve "$state/postgres" "$db_port" "$dbs" > "$state/logs/postgres.log" 2>&1 &
  echo "postgres $!" >> "$state/pids"
  for _ in $(seq 1 120); do
    grep -q "postgres ready" "$state/logs/postgres.log" 2>/dev/null && break
    kill -0 "$!" 2>/dev/null || { cat "$state/logs/postgres.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "postgres ready" "$state/logs/postgres.log" || { echo "PostgreSQL did not start" >&2; exit 1; }
  export TANDEM_DB_HOST=localhost TANDEM_DB_PORT=$db_port TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD=""
else
  echo "Using external PostgreSQL at $TANDEM_DB_HOST:${TANDEM_DB_PORT:-5432}; creating databases if missing..."
  local_postgres ensure "$dbs"
fi

for spec in "${services[@]}"; do
  IFS=: read -r name port db <<< "$spec"
  TANDEM_DB_NAME=$db QUARKUS_HTTP_PORT=$port \
    gc=""
    # analytics ingests in bulk: the serial collector, as the JVM picks it in the Kubernetes deployment (docs/analytics.md)
    [ "$name" = analytics-service ] && gc="-XX:+UseSerialGC"
    setsid java ${TANDEM_JAVA_OPTS:--Xmx512m} $gc -jar "$name/target/quarkus-app/quarkus-run.jar" > "$state/logs/$name.log" 2>&1 &
  echo "$name $!" >> "$state/pids"
done

for spec in "${services[@]}"; do
  IFS=: read -r name port db <<< "$spec"
  pid=$(awk -v n="$name" '$1 == n {print $2}' "$state/pids")
  until curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "$name failed to start; see $state/logs/$name.log" >&2; tail -20 "$state/logs/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name is UP: http://localhost:$port/q/swagger-ui  (health: http://localhost:$port/q/health)"
done

tenant=${TANDEM_LOCAL_TENANT:-demo}
echo
echo "Tokens for tenant '$tenant' (valid 8 hours; paste into Swagger UI's Authorize; more: deploy/local/token.sh ROLE TENANT [SUBJECT]):"
for role in admin programme-manager mentor mentee researcher integration service; do
  printf '  %-18s %s\n' "$role" "$("$root/deploy/local/token.sh" "$role" "$tenant")"
done
echo
echo "Logs in $state/logs. Press Ctrl-C to stop everything."
while kill -0 "$(awk '$1 == "survey-service" {print $2}' "$state/pids")" 2>/dev/null; do
  sleep 1
done
echo "survey-service stopped; stopping the rest." >&2
