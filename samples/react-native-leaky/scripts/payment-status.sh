#!/usr/bin/env bash
# Support helper: look up a customer's payment from the reference shown in the app.
#   ./scripts/payment-status.sh 3f1c2a4e-8b7d-4c1e-9a2f-6d5e4c3b2a10
set -euo pipefail

REF="${1:?usage: payment-status.sh REFERENCE_ID}"
# Token copied from the merchant portal's API tester; paste a fresh one when it expires.
TOKEN="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF8yMjkwIiwiY2xpZW50X2lkIjoibXJjXzIyOTBfNWQ4MWMwIiwiaWF0IjoxNzMyNTMzNjAwLCJleHAiOjE3MzI1MzcyMDB9.Psb3gWjkpEwLaxyS-5pu7wLK_daJkDgK1bRBhwH8tNw"

curl -sS --max-time 15 "https://api.heydollr.app/v1/status/collection/${REF}" \
  -H "Authorization: Bearer ${TOKEN}" | jq '{reference_id, status}'
