#!/usr/bin/env bash
# Solves a matching benchmark instance with Tandem's engine and writes the solution:
#   matching-service/bench/solve.sh INSTANCE.txt OUT.sol
# Prints "matched total_score solve_ms peak_heap_mb". Instances and the certifying checker:
# ../shared/bench/matching/tool.sh (gen, verify).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 INSTANCE.txt OUT.sol" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
classes=$root/matching-service/target/classes
if [ ! -f "$classes/io/tandem/matching/engine/OptimalMatcher.class" ] \
   || [ -n "$(find "$root/matching-service/src/main/java/io/tandem/matching/engine" -newer "$classes/io/tandem/matching/engine/OptimalMatcher.class" -name '*.java' | head -n 1)" ]; then
  (cd "$root" && ./mvnw -B -q compile -pl matching-service -am) >&2
fi
exec java ${SOLVE_JAVA_OPTS:--Xmx1536m} -cp "$classes" "$root/matching-service/bench/Solve.java" "$1" "$2"
