#!/usr/bin/env bash
set -euo pipefail

REF="${1:?usage: check-status.sh REFERENCE_ID}"

# ok: hardcoded-secret
curl -s "https://api.heydollr.app/v1/status/collection/$REF" -H "Authorization: Bearer $DOLLR_TOKEN"

# ok: hardcoded-secret
curl -s "https://api.heydollr.app/v1/status/collection/$REF" -H "Authorization: Bearer YOUR_ACCESS_TOKEN"

# ruleid: hardcoded-secret
curl -s "https://api.heydollr.app/v1/status/payout/$REF" -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF8xMDkzIiwic2NvcGUiOiJtZXJjaGFudCIsImV4cCI6MTc3MDAwMDAwMH0.sRvkXOH7JgXa4MlS9WBvZhnqNAe5F8gNjQLCHivYc40"

# ruleid: hardcoded-secret
CREDS='{"client_id": "ci_live_Tz3kWq8Mn", "client_secret": "5boGipqvcwdsReqkd58YrmzmYFjOLhz6YZHOCl"}'
TOKEN=$(curl -s -X POST "https://api.heydollr.app/v1/jwt/client/obtain/token" \
  -H "Content-Type: application/json" -d "$CREDS" | jq -r .access_token)
echo "status checked"
