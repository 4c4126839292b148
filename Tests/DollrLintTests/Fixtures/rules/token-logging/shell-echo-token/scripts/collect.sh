#!/usr/bin/env bash
set -euo pipefail

BASE="https://api.heydollr.app"
TOKEN=$(curl -s -X POST "$BASE/v1/jwt/client/obtain/token" \
  -H "Content-Type: application/json" \
  -d "{\"client_id\":\"$DOLLR_CLIENT_ID\",\"client_secret\":\"$DOLLR_CLIENT_SECRET\"}" | jq -r .access_token)

# ruleid: token-logging
echo "TOKEN=$TOKEN"
# ok: token-logging
echo "Got token: ${TOKEN:0:6}…"
# ok: token-logging
echo "token length: ${#TOKEN}"
# ruleid: token-logging
echo "Using secret $DOLLR_CLIENT_SECRET" >&2
# ok: token-logging
echo "Never echo \$TOKEN in CI logs"

curl -s "$BASE/v1/status/collection/$1" -H "Authorization: Bearer $TOKEN"
