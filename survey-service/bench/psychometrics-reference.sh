#!/usr/bin/env bash
# Checks the reliability engine against R's psych::bfi (../shared/reference/psych__bfi.csv).
#   survey-service/bench/psychometrics-reference.sh [PATH_TO_bfi.csv]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
data=${1:-$root/../shared/reference/psych__bfi.csv}
cd "$root"
./mvnw -B -q -pl survey-service -am test-compile -DskipTests
./mvnw -B -q -pl survey-service dependency:build-classpath -Dmdep.outputFile=target/bench.classpath > /dev/null
java -cp "survey-service/target/test-classes:survey-service/target/classes:$(cat survey-service/target/bench.classpath)" \
  io.tandem.survey.psychometrics.BfiReferenceCheck "$data"
