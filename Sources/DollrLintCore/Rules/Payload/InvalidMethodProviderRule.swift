import Foundation

extension PayloadProblemRule {
    static let invalidMethodProvider = RuleDescription(
        id: .invalidMethodProvider, category: .payload, severity: .error,
        title: "method/provider pair not in the payments-by-market matrix, or a market contradiction",
        rationale:
            "provider is the routing network (PAWAPAY, STRIPE, PLATFORM), method the instrument (MTN_MOMO_LBR, CREDIT_CARD, ...). A "
            + "method name sent as provider, or a Liberian method with a Rwandan country_code or phone, is a 422 or a payment "
            + "routed nowhere. Dollr's own samples get this wrong; the matrix is the authority.",
        fix:
            "Use the provider the matrix gives for the method (MTN_MOMO_LBR -> PAWAPAY, CREDIT_CARD -> STRIPE, WALLET -> PLATFORM), "
            + "or take both from GET /v1/predictions/mmo-provider-info.",
        helpURL: DocLinks.markets, keywords: keywords, keywordsOutsideDollrCode: dollrValueKeywords,
        triggering: [
            RuleExample(
                "src/account.ts",
                "const account = { account_name: \"Amara\", ↓provider: \"MTN_MOMO_LBR\", method: \"MTN_MOMO_LBR\", party_id: 42 };\n"),
            RuleExample(
                "app/account.py", "payload = {\"method\": \"MTN_MOMO_RWA\", \"provider\": \"PAWAPAY\", ↓\"country_code\": \"LR\"}\n"),
            RuleExample(
                "docs/accounts.json",
                "{\"account_name\": \"Card\", ↓\"provider\": \"PAWAPAY\", \"method\": \"CREDIT_CARD\", \"party_id\": 42}\n"),
            RuleExample(
                "Billing/CardAccounts.cs",
                """
                var account = await _dollr.CreatePaymentAccountAsync(new
                {
                    account_name = $"{visit.PatientName} card",
                    method = "CREDIT_CARD", ↓provider = "PAWAPAY",
                    party_id = visit.Patient.DollrPartyId,
                }, ct);
                """),
        ],
        nonTriggering: [
            RuleExample(
                "src/account.ts",
                "const account = { account_name: \"Amara\", provider: \"PAWAPAY\", method: \"MTN_MOMO_LBR\", party_id: 42, "
                    + "country_code: \"LR\" };\n"
            ),
            RuleExample("app/account.py", "payload = {\"method\": mmo[\"payment_method\"], \"provider\": mmo[\"gateway_provider\"]}\n"),
            RuleExample("src/http.ts", "const req = { method: \"POST\", provider: \"PAWAPAY\" };\n"),
            RuleExample(
                "Billing/CardAccounts.cs",
                """
                var account = await _dollr.CreatePaymentAccountAsync(new
                {
                    account_name = $"{visit.PatientName} card",
                    method = "CREDIT_CARD", provider = "STRIPE",
                    party_id = visit.Patient.DollrPartyId,
                }, ct);
                """),
        ])
}
