import Foundation

extension PayloadProblemRule {
    static let invalidPhone = RuleDescription(
        id: .invalidPhone, category: .payload, severity: .error,
        title: "Phone number not in E.164 digits without '+'",
        rationale:
            "Dollr takes phones as E.164 digits without '+' (231771234567). A '+', spaces, a local leading 0 or a wrong length is a "
            + "422 at best, and at worst a prompt sent to the wrong wallet.",
        fix: "Normalise before sending: strip '+', spaces and dashes, add the country calling code (231 Liberia, 250 Rwanda).",
        helpURL: DocLinks.conventions, keywords: keywords, keywordsOutsideDollrCode: dollrValueKeywords,
        triggering: [
            RuleExample(
                "src/checkout.ts",
                "await fetch(`${BASE}/v1/checkouts/create`, { method: \"POST\", body: JSON.stringify({ mode: \"HOSTED\", source_kind: "
                    + "\"ORDER\", ↓party_phone: \"+231771234567\", currency: \"USD\", items: [] }) });\n"
            ),
            RuleExample(
                "app/pay.py",
                "requests.post(f\"{BASE}/v1/payment-accounts/create?operation_type=COLLECTION\", json={\n    \"account_name\": "
                    + "\"Amara\", \"provider\": \"PAWAPAY\", \"method\": \"MTN_MOMO_LBR\", \"party_id\": 42,\n    "
                    + "↓\"insensitive_account_number\": \"0771234567\",\n})\n"
            ),
            RuleExample(
                "scripts/account.sh",
                "curl -X POST \"https://api.heydollr.app/v1/payment-accounts/create?operation_type=COLLECTION\" \\\n  -d "
                    + "'{\"account_name\": \"A\", \"provider\": \"PAWAPAY\", \"method\": \"MTN_MOMO_LBR\", \"party_id\": 42, "
                    + "↓\"insensitive_account_number\": \"231 77 123 4567\"}'\n"
            ),
            RuleExample(
                "lib/tasks/dollr.rake",
                """
                task register_treasurer: :environment do
                  client = DollrClient.new
                  party = client.create_party(fullname: "Coop Treasurer", ↓phone: "+250788123456", country_code: "RW")
                end
                """),
            RuleExample(
                "src/main/kotlin/coop/TreasurerSetup.kt",
                """
                class TreasurerSetup(private val client: DollrClient) {
                    suspend fun register() {
                        client.createParty(fullname = "Coop Treasurer", ↓phone = "+250788123456", countryCode = "RW")
                    }
                }
                """),
            // A literal branch of a conditional is sent whenever that branch is taken.
            RuleExample(
                "app/services/collections.py",
                """
                async def register_rider_wallet(rider):
                    return await client.post(
                        "/v1/parties/create",
                        {"fullname": rider.name, ↓"phone": "+250788123456" if rider.is_test else rider.msisdn, "country_code": "RW"},
                    )
                """),
            RuleExample(
                "src/checkout.ts",
                """
                await fetch(`${DOLLR_BASE}/v1/checkouts/create`, { method: "POST", signal, body: JSON.stringify({ mode: "HOSTED",
                  source_kind: "ORDER", ↓party_phone: demo ? "+231771234567" : customer.phone, currency: "USD", items: [] }) });
                """),
            RuleExample(
                "src/main/kotlin/coop/Farmers.kt",
                """
                class Farmers(private val gateway: DollrGateway) {
                    fun register(farmer: Farmer) = gateway.post(
                        "/v1/parties/create",
                        mapOf("fullname" to farmer.name, ↓"phone" to if (farmer.isTest) "+250788123456" else farmer.phone),
                    )
                }
                """),
        ],
        nonTriggering: [
            RuleExample(
                "src/checkout.ts",
                "await fetch(`${BASE}/v1/checkouts/create`, { method: \"POST\", body: JSON.stringify({ mode: \"HOSTED\", source_kind: "
                    + "\"ORDER\", party_phone: \"231771234567\", currency: \"USD\", items: [{ name: \"T\", currency: \"USD\", amount: "
                    + "25 }] }) });\n"
            ),
            RuleExample(
                "app/pay.py",
                "requests.post(f\"{BASE}/v1/payment-accounts/create?operation_type=COLLECTION\", json={\n    \"account_name\": "
                    + "\"Amara\", \"provider\": \"PAWAPAY\", \"method\": \"MTN_MOMO_LBR\", \"party_id\": 42,\n    "
                    + "\"insensitive_account_number\": phone,\n})\n"
            ),
            RuleExample(
                "lib/tasks/dollr.rake",
                """
                task register_treasurer: :environment do
                  client = DollrClient.new
                  party = client.create_party(fullname: "Coop Treasurer", phone: "250788123456", country_code: "RW")
                end
                """),
            RuleExample(
                "app/services/collections.py",
                """
                async def register_rider_wallet(rider):
                    return await client.post(
                        "/v1/parties/create",
                        {"fullname": rider.name, "phone": "250788123456" if rider.is_test else rider.msisdn, "country_code": "RW"},
                    )
                """),
            RuleExample(
                "src/checkout.ts",
                """
                await fetch(`${DOLLR_BASE}/v1/checkouts/create`, { method: "POST", signal, body: JSON.stringify({ mode: "HOSTED",
                  source_kind: "ORDER", party_phone: demo ? "231771234567" : customer.phone, currency: "USD", items: [] }) });
                """),
            RuleExample(
                "lib/tasks/sms.rake",
                """
                # Another service's client: not Dollr's payload.
                task notify: :environment do
                  client = SmsGateway.new
                  client.create_party(fullname: "Coop Treasurer", phone: "+250788123456")
                end
                """),
            RuleExample(
                "src/main/kotlin/coop/TreasurerSetup.kt",
                """
                // A client of another service, declared by its type; the file still mentions dollr.
                class TreasurerSetup(private val client: SmsClient, private val dollrAccounts: AccountStore) {
                    suspend fun register() {
                        client.createParty(fullname = "Coop Treasurer", phone = "+250788123456", countryCode = "RW")
                    }
                }
                """),
        ])
}
