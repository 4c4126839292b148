#!/usr/bin/env bash
set -euo pipefail
REF="$1"

# ruleid: insecure-transport
curl -k -s "https://api.heydollr.app/v1/status/collection/$REF" -H "Authorization: Bearer $DOLLR_TOKEN"
# ruleid: insecure-transport
curl --insecure -s "https://api.heydollr.app/v1/status/payout/$REF" -H "Authorization: Bearer $DOLLR_TOKEN"
# ruleid: insecure-transport
curl -s "http://api.heydollr.app/v1/status/refund/$REF" -H "Authorization: Bearer $DOLLR_TOKEN"
# ok: insecure-transport
curl -s "https://api.heydollr.app/v1/status/transfer/$REF" -H "Authorization: Bearer $DOLLR_TOKEN"
# ok: insecure-transport
curl -s http://localhost:8080/health
# ok: insecure-transport
curl -sk https://self-signed.internal.example/metrics
