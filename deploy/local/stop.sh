#!/usr/bin/env bash
# Stops what deploy/local/run.sh started: the services first, then the embedded PostgreSQL.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
state=${TANDEM_LOCAL_DIR:-$root/.local}
pids="$state/pids"
[ -f "$pids" ] || { echo "Nothing to stop."; exit 0; }
# run.sh also calls this when it sees a service end; the lock keeps the two from racing.
exec 9> "$state/stop.lock"
flock 9
[ -s "$pids" ] || { echo "Nothing to stop."; exit 0; }

stop() {
  local name=$1 pid=$2
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { echo "stopped $name"; return 0; }
    sleep 0.5
  done
  echo "$name did not stop in 30 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null
}

# Services before the database, so that they close their connections cleanly.
grep -v '^postgres ' "$pids" | while read -r name pid; do stop "$name" "$pid"; done
grep '^postgres ' "$pids" | while read -r name pid; do stop "$name" "$pid"; done
: > "$pids"
