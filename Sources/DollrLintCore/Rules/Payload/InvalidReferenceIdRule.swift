import Foundation

extension PayloadProblemRule {
    static let invalidReferenceID = RuleDescription(
        id: .invalidReferenceId, category: .payload, severity: .error,
        title: "reference_id literal that is not a version-4 UUID",
        rationale:
            "reference_id is the idempotency key of an execution and must be a version-4 UUID; a fixed, time-based or malformed value "
            + "is rejected, or worse, collides with another payment.",
        fix: "Generate it with crypto.randomUUID() / uuid.uuid4() / Str::uuid(), store it, then send it.",
        helpURL: DocLinks.executions, keywords: keywords, keywordsOutsideDollrCode: dollrValueKeywords,
        triggering: [
            RuleExample(
                "src/pay.ts",
                "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ session_id: \"55\", "
                    + "payment_account_id: \"18\", currency: \"USD\", ↓reference_id: \"order-1042\" }) });\n"
            ),
            RuleExample(
                "app/pay.py",
                "requests.post(f\"{BASE}/v1/executions/payout\", json={\"session_id\": \"56\", \"payment_account_id\": \"18\", "
                    + "\"currency\": \"USD\", ↓\"reference_id\": \"6ba7b810-9dad-11d1-80b4-00c04fd430c8\"})\n"
            ),
            RuleExample(
                "scripts/collect.sh",
                "curl -X POST https://api.heydollr.app/v1/executions/collection -d '{\"session_id\": \"55\", \"payment_account_id\": "
                    + "\"18\", \"currency\": \"USD\", ↓\"reference_id\": \"12345\"}'\n"
            ),
        ],
        nonTriggering: [
            RuleExample(
                "src/pay.ts",
                "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ session_id: \"55\", "
                    + "payment_account_id: \"18\", currency: \"USD\", reference_id: \"550e8400-e29b-41d4-a716-446655440000\" }) });\n"
            ),
            RuleExample(
                "scripts/collect.sh",
                "curl -X POST https://api.heydollr.app/v1/executions/collection -d \"{\\\"session_id\\\": \\\"55\\\", "
                    + "\\\"payment_account_id\\\": \\\"18\\\", \\\"currency\\\": \\\"USD\\\", \\\"reference_id\\\": "
                    + "\\\"$REFERENCE_ID\\\"}\"\n"
            ),
        ])
}
