import Foundation

extension PayloadProblemRule {
    static let sourceKindMismatch = RuleDescription(
        id: .sourceKindMismatch, category: .integration, severity: .warning,
        title: "source_kind on sessions/status/links/predictions, or source_type on checkouts/create",
        rationale:
            "The same value (INVOICE or ORDER) is called source_kind on POST /v1/checkouts/create and source_type everywhere else; "
            + "the wrong name is a 422 the docs call 'a frequent source of errors'.",
        fix: "checkouts/create: source_kind. Sessions, status, links, predictions: source_type.",
        helpURL: DocLinks.conventions, keywords: keywords, keywordsOutsideDollrCode: dollrValueKeywords,
        triggering: [
            RuleExample(
                "src/session.ts",
                "await fetch(`${BASE}/v1/sessions/checkout`, { method: \"POST\", body: JSON.stringify({ source_id: 101, ↓source_kind: "
                    + "\"INVOICE\" }) });\n"
            ),
            RuleExample(
                "app/checkout.py",
                "requests.post(f\"{BASE}/v1/checkouts/create\", json={\"mode\": \"HOSTED\", ↓\"source_type\": \"ORDER\", "
                    + "\"currency\": \"USD\", \"items\": items})\n"
            ),
            RuleExample(
                "scripts/status.sh",
                "curl ↓\"https://api.heydollr.app/v1/status/source?source_kind=INVOICE&source_id=101\" -H \"Authorization: Bearer "
                    + "$TOKEN\"\n"
            ),
        ],
        nonTriggering: [
            RuleExample(
                "src/session.ts",
                "await fetch(`${BASE}/v1/sessions/checkout`, { method: \"POST\", body: JSON.stringify({ source_id: 101, source_type: "
                    + "\"INVOICE\" }) });\n"
            ),
            RuleExample(
                "app/checkout.py",
                "requests.post(f\"{BASE}/v1/checkouts/create\", json={\"mode\": \"HOSTED\", \"source_kind\": \"ORDER\", \"currency\": "
                    + "\"USD\", \"items\": items})\n"
            ),
        ])
}
