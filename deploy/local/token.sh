#!/usr/bin/env bash
# Prints a bearer token signed with the development key (local runs and tests only).
#   deploy/local/token.sh ROLE TENANT [SUBJECT]
# ROLE: admin | programme-manager | mentor | mentee | researcher | integration | service
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 ROLE TENANT [SUBJECT]" >&2
  exit 2
fi
role=$1 tenant=$2 subject=${3:-$1-user}
case "$role" in
  admin|programme-manager|mentor|mentee|researcher|integration|service) ;;
  *) echo "unknown role '$role'" >&2; exit 2 ;;
esac
key="$(cd "$(dirname "$0")" && pwd)/dev-keys/private.pem"
issuer=${TANDEM_JWT_ISSUER:-https://tandem.local/dev}
now=$(date +%s)
exp=$((now + ${TANDEM_TOKEN_TTL_SECONDS:-28800}))

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
json_string() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }

header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"tenant":"%s","iat":%d,"exp":%d}' \
  "$(json_string "$issuer")" "$(json_string "$subject")" "$(json_string "$subject")" "$role" \
  "$(json_string "$tenant")" "$now" "$exp" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
