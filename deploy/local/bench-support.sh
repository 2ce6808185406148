# Shared by the benchmark scripts (sourced, not run): a throw-away embedded PostgreSQL and services
# started in the background, all stopped when the script exits.
postgres_dir=deploy/local/embedded-postgres/target
postgres_jar=$postgres_dir/tandem-embedded-postgres-0.1.0-SNAPSHOT.jar
bench_work=$(mktemp -d)
bench_pids=()

bench_cleanup() {
  if [ -n "${BENCH_KEEP_DB:-}" ]; then   # keep the database up to look at its plans; kill LocalPostgresMain when done
    echo "database kept on port ${TANDEM_DB_PORT:-?} (data in $bench_work/pg)"
    return
  fi
  for pid in "${bench_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$bench_work"
}
trap bench_cleanup EXIT

# bench_stale MODULE...: true when a module's packaged app is missing or older than its sources
bench_stale() {
  local module
  [ -f "$postgres_jar" ] || return 0
  for module in "$@"; do
    [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || return 0
    [ -z "$(find "$module/src" service-support/src -newer "$module/target/quarkus-app/quarkus-run.jar" -type f | head -n 1)" ] || return 0
  done
  return 1
}

# bench_postgres PORT DB[,DB...]: starts PostgreSQL with those databases and exports TANDEM_DB_* for the services
bench_postgres() {
  java -cp "$postgres_jar:$postgres_dir/lib/*" io.tandem.localdb.LocalPostgresMain serve "$bench_work/pg" "$1" "$2" \
    > "$bench_work/postgres.log" 2>&1 &
  bench_pids+=($!)
  until grep -q "postgres ready" "$bench_work/postgres.log"; do sleep 0.5; done
  export TANDEM_DB_HOST=localhost TANDEM_DB_PORT=$1 TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD=""
  export TANDEM_JWT_PUBLIC_KEY_LOCATION=$PWD/deploy/local/dev-keys/public.pem TANDEM_JWT_ISSUER=https://tandem.local/dev
}

# bench_service MODULE DB PORT HEAP [ENV=VALUE...]: starts a packaged service and waits until it is ready
bench_service() {
  local module=$1 db=$2 port=$3 heap=$4
  shift 4
  # benchmarks measure throughput, not the per-caller rate limit
  env "$@" TANDEM_DB_NAME="$db" QUARKUS_HTTP_PORT="$port" QUARKUS_LOG_LEVEL=WARN TANDEM_RATE_LIMIT_ENABLED=false \
    java "$heap" -jar "$module/target/quarkus-app/quarkus-run.jar" > "$bench_work/$module.log" 2>&1 &
  bench_pids+=($!)
  local pid=$!
  until curl -fs "http://localhost:$port/q/health/ready" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$bench_work/$module.log" >&2; exit 1; }
    sleep 0.5
  done
}
