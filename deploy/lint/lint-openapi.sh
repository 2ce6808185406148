#!/usr/bin/env bash
# Lints the three exported OpenAPI documents with Spectral (OAS + OWASP API Security rulesets).
# Installs the pinned Spectral from npm on first use. Exit status: non-zero when any error is found.
# Usage: deploy/lint/lint-openapi.sh   (after ./mvnw package has exported the documents)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
[ -x node_modules/.bin/spectral ] || npm install --no-audit --no-fund --silent
status=0
for service in survey-service matching-service analytics-service; do
  echo "== $service"
  node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error "$root/$service/openapi/openapi.json" || status=1
done
exit $status
