import Foundation

extension PayloadProblemRule {
    static let invalidCurrency = RuleDescription(
        id: .invalidCurrency, category: .payload, severity: .error,
        title: "Currency not an upper-case ISO 4217 code",
        rationale: "Currencies are ISO 4217 codes in upper case (USD, LRD, RWF); 'usd' or 'US$' is rejected with a 422.",
        fix: "Send the upper-case ISO 4217 code.",
        helpURL: DocLinks.conventions, keywords: keywords + ["currency"], keywordsOutsideDollrCode: dollrValueKeywords,
        triggering: [
            RuleExample(
                "src/pay.ts",
                "await axios.post(`${BASE}/v1/executions/collection`, { session_id: \"55\", payment_account_id: \"18\", ↓currency: "
                    + "\"usd\", reference_id: referenceId });\n"
            ),
            RuleExample(
                "app/pay.py",
                "requests.post(f\"{BASE}/v1/executions/collection\", json={\"session_id\": \"55\", \"payment_account_id\": \"18\", "
                    + "↓\"currency\": \"US$\", \"reference_id\": ref})\n"
            ),
            RuleExample(
                "app/Pay.php",
                "<?php\nHttp::withToken($t)->post(\"https://api.heydollr.app/v1/executions/collection\", ['session_id' => '55', "
                    + "'payment_account_id' => '18', ↓'currency' => 'Usd', 'reference_id' => $ref]);\n"
            ),
            // Keyword arguments of a Dollr client's own method: the client sends them as the body.
            RuleExample(
                "app/jobs/renewal_job.rb",
                """
                result = DollrClient.new.execute_collection(
                  session_id: subscription.dollr_session_id,
                  ↓currency: "lrd",
                  reference_id: reference_id
                )
                """),
        ],
        nonTriggering: [
            RuleExample(
                "src/pay.ts",
                "await axios.post(`${BASE}/v1/executions/collection`, { session_id: \"55\", payment_account_id: \"18\", currency: "
                    + "\"USD\", reference_id: referenceId });\n"
            ),
            RuleExample(
                "app/pay.py",
                "requests.post(f\"{BASE}/v1/executions/collection\", json={\"session_id\": \"55\", \"payment_account_id\": \"18\", "
                    + "\"currency\": currency, \"reference_id\": ref})\n"
            ),
        ])
}
