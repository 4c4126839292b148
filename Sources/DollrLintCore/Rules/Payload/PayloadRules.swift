/// One payload rule: it reports the problems of its id that `CodePayloads` finds in request literals.
/// The seven payload and endpoint rules share the validator and differ only in what they report.
public final class PayloadProblemRule: Rule {
    public let description: RuleDescription
    public init(_ description: RuleDescription) { self.description = description }

    public func check(_ context: RuleContext) {
        for p in context.payloadProblems where p.rule == description.id {
            context.report(at: p.offset, end: Self.endOfItem(at: p.offset, in: context.source.bytes), message: p.message, scope: p.scope)
        }
    }

    /// The end of the key or value a problem points at (a quoted string or a name), so its finding has a region.
    static func endOfItem(at offset: Int, in bytes: [UInt8]) -> Int {
        guard offset < bytes.count else { return offset }
        let quote = bytes[offset]
        var i = offset + 1
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") || quote == UInt8(ascii: "`") {
            while i < bytes.count && bytes[i] != quote && bytes[i] != UInt8(ascii: "\n") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            return min(i + 1, bytes.count)
        }
        func isNameByte(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b >= 0x80 || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
                || (b >= 0x30 && b <= 0x39)
        }
        while i < bytes.count && isNameByte(bytes[i]) { i += 1 }
        return i
    }

    /// `v1/` rather than `/v1/`: relative paths (`@POST("v1/...")`, `Path.Combine(base, "v1/...")`) are Dollr paths too.
    static let keywords = ["v1/", "method", "provider"]

    public static func all() -> [Rule] {
        [invalidPhone, invalidCurrency, invalidReferenceID, invalidMethodProvider, schemaViolation, sourceKindMismatch, unknownEndpoint].map(PayloadProblemRule.init)
    }

    static let invalidPhone = RuleDescription(
        id: .invalidPhone, category: .payload, severity: .error,
        title: "Phone number not in E.164 digits without '+'",
        rationale: "Dollr takes phones as E.164 digits without '+' (231771234567). A '+', spaces, a local leading 0 or a wrong length is a 422 at best, and at worst a prompt sent to the wrong wallet.",
        fix: "Normalise before sending: strip '+', spaces and dashes, add the country calling code (231 Liberia, 250 Rwanda).",
        helpURL: DocLinks.conventions, keywords: keywords,
        triggering: [
            RuleExample("src/checkout.ts", "await fetch(`${BASE}/v1/checkouts/create`, { method: \"POST\", body: JSON.stringify({ mode: \"HOSTED\", source_kind: \"ORDER\", ↓party_phone: \"+231771234567\", currency: \"USD\", items: [] }) });\n"),
            RuleExample("app/pay.py", "requests.post(f\"{BASE}/v1/payment-accounts/create?operation_type=COLLECTION\", json={\n    \"account_name\": \"Amara\", \"provider\": \"PAWAPAY\", \"method\": \"MTN_MOMO_LBR\", \"party_id\": 42,\n    ↓\"insensitive_account_number\": \"0771234567\",\n})\n"),
            RuleExample("scripts/account.sh", "curl -X POST \"https://api.heydollr.app/v1/payment-accounts/create?operation_type=COLLECTION\" \\\n  -d '{\"account_name\": \"A\", \"provider\": \"PAWAPAY\", \"method\": \"MTN_MOMO_LBR\", \"party_id\": 42, ↓\"insensitive_account_number\": \"231 77 123 4567\"}'\n"),
        ],
        nonTriggering: [
            RuleExample("src/checkout.ts", "await fetch(`${BASE}/v1/checkouts/create`, { method: \"POST\", body: JSON.stringify({ mode: \"HOSTED\", source_kind: \"ORDER\", party_phone: \"231771234567\", currency: \"USD\", items: [{ name: \"T\", currency: \"USD\", amount: 25 }] }) });\n"),
            RuleExample("app/pay.py", "requests.post(f\"{BASE}/v1/payment-accounts/create?operation_type=COLLECTION\", json={\n    \"account_name\": \"Amara\", \"provider\": \"PAWAPAY\", \"method\": \"MTN_MOMO_LBR\", \"party_id\": 42,\n    \"insensitive_account_number\": phone,\n})\n"),
        ])

    static let invalidCurrency = RuleDescription(
        id: .invalidCurrency, category: .payload, severity: .error,
        title: "Currency not an upper-case ISO 4217 code",
        rationale: "Currencies are ISO 4217 codes in upper case (USD, LRD, RWF); 'usd' or 'US$' is rejected with a 422.",
        fix: "Send the upper-case ISO 4217 code.",
        helpURL: DocLinks.conventions, keywords: keywords,
        triggering: [
            RuleExample("src/pay.ts", "await axios.post(`${BASE}/v1/executions/collection`, { session_id: \"55\", payment_account_id: \"18\", ↓currency: \"usd\", reference_id: referenceId });\n"),
            RuleExample("app/pay.py", "requests.post(f\"{BASE}/v1/executions/collection\", json={\"session_id\": \"55\", \"payment_account_id\": \"18\", ↓\"currency\": \"US$\", \"reference_id\": ref})\n"),
            RuleExample("app/Pay.php", "<?php\nHttp::withToken($t)->post(\"https://api.heydollr.app/v1/executions/collection\", ['session_id' => '55', 'payment_account_id' => '18', ↓'currency' => 'Usd', 'reference_id' => $ref]);\n"),
        ],
        nonTriggering: [
            RuleExample("src/pay.ts", "await axios.post(`${BASE}/v1/executions/collection`, { session_id: \"55\", payment_account_id: \"18\", currency: \"USD\", reference_id: referenceId });\n"),
            RuleExample("app/pay.py", "requests.post(f\"{BASE}/v1/executions/collection\", json={\"session_id\": \"55\", \"payment_account_id\": \"18\", \"currency\": currency, \"reference_id\": ref})\n"),
        ])

    static let invalidReferenceID = RuleDescription(
        id: .invalidReferenceId, category: .payload, severity: .error,
        title: "reference_id literal that is not a version-4 UUID",
        rationale: "reference_id is the idempotency key of an execution and must be a version-4 UUID; a fixed, time-based or malformed value is rejected, or worse, collides with another payment.",
        fix: "Generate it with crypto.randomUUID() / uuid.uuid4() / Str::uuid(), store it, then send it.",
        helpURL: DocLinks.executions, keywords: keywords,
        triggering: [
            RuleExample("src/pay.ts", "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ session_id: \"55\", payment_account_id: \"18\", currency: \"USD\", ↓reference_id: \"order-1042\" }) });\n"),
            RuleExample("app/pay.py", "requests.post(f\"{BASE}/v1/executions/payout\", json={\"session_id\": \"56\", \"payment_account_id\": \"18\", \"currency\": \"USD\", ↓\"reference_id\": \"6ba7b810-9dad-11d1-80b4-00c04fd430c8\"})\n"),
            RuleExample("scripts/collect.sh", "curl -X POST https://api.heydollr.app/v1/executions/collection -d '{\"session_id\": \"55\", \"payment_account_id\": \"18\", \"currency\": \"USD\", ↓\"reference_id\": \"12345\"}'\n"),
        ],
        nonTriggering: [
            RuleExample("src/pay.ts", "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ session_id: \"55\", payment_account_id: \"18\", currency: \"USD\", reference_id: \"550e8400-e29b-41d4-a716-446655440000\" }) });\n"),
            RuleExample("scripts/collect.sh", "curl -X POST https://api.heydollr.app/v1/executions/collection -d \"{\\\"session_id\\\": \\\"55\\\", \\\"payment_account_id\\\": \\\"18\\\", \\\"currency\\\": \\\"USD\\\", \\\"reference_id\\\": \\\"$REFERENCE_ID\\\"}\"\n"),
        ])

    static let invalidMethodProvider = RuleDescription(
        id: .invalidMethodProvider, category: .payload, severity: .error,
        title: "method/provider pair not in the payments-by-market matrix, or a market contradiction",
        rationale: "provider is the routing network (PAWAPAY, STRIPE, PLATFORM), method the instrument (MTN_MOMO_LBR, CREDIT_CARD, ...). A method name sent as provider, or a Liberian method with a Rwandan country_code or phone, is a 422 or a payment routed nowhere. Dollr's own samples get this wrong; the matrix is the authority.",
        fix: "Use the provider the matrix gives for the method (MTN_MOMO_LBR -> PAWAPAY, CREDIT_CARD -> STRIPE, WALLET -> PLATFORM), or take both from GET /v1/predictions/mmo-provider-info.",
        helpURL: DocLinks.markets, keywords: keywords,
        triggering: [
            RuleExample("src/account.ts", "const account = { account_name: \"Amara\", ↓provider: \"MTN_MOMO_LBR\", method: \"MTN_MOMO_LBR\", party_id: 42 };\n"),
            RuleExample("app/account.py", "payload = {\"method\": \"MTN_MOMO_RWA\", \"provider\": \"PAWAPAY\", ↓\"country_code\": \"LR\"}\n"),
            RuleExample("docs/accounts.json", "{\"account_name\": \"Card\", ↓\"provider\": \"PAWAPAY\", \"method\": \"CREDIT_CARD\", \"party_id\": 42}\n"),
        ],
        nonTriggering: [
            RuleExample("src/account.ts", "const account = { account_name: \"Amara\", provider: \"PAWAPAY\", method: \"MTN_MOMO_LBR\", party_id: 42, country_code: \"LR\" };\n"),
            RuleExample("app/account.py", "payload = {\"method\": mmo[\"payment_method\"], \"provider\": mmo[\"gateway_provider\"]}\n"),
            RuleExample("src/http.ts", "const req = { method: \"POST\", provider: \"PAWAPAY\" };\n"),
        ])

    static let schemaViolation = RuleDescription(
        id: .schemaViolation, category: .payload, severity: .error,
        title: "Field unknown to the spec, required field missing, wrong JSON type, value outside an enum or a minimum",
        rationale: "\"Use the OpenAPI spec, do not invent fields\" is the docs' first rule for integrators: every one of these is a 422 (or a silently ignored field) that only shows up in production.",
        fix: "Match the request to the endpoint's schema: the message names the field and what it expects (e.g. session_id is a JSON string on executions but an integer on realtime-keys).",
        helpURL: DocLinks.validation422, keywords: keywords + ["json:\"", "jsonpropertyname", "serialname", "jsonproperty"],
        triggering: [
            RuleExample("src/pay.ts", "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ ↓session_id: 55, payment_account_id: \"18\", currency: \"USD\", reference_id: id }) });\n"),
            RuleExample("app/session.py", "requests.post(f\"{BASE}/v1/sessions/checkout\", json={\"source_id\": 101, \"source_type\": \"INVOICE\", ↓\"amount\": 25})\n"),
            RuleExample("app/Token.php", "<?php\nHttp::post('https://api.heydollr.app/v1/jwt/client/obtain/token', ↓['client_id' => $id]);\n"),
            // The base URL, ending in /v1, held in a property of the client class.
            RuleExample("src/lib/dollr.ts", """
            export class DollrClient {
              private baseUrl = 'https://dollr-open-api.a.run.app/v1'
              createCheckout() {
                return fetch(`${this.baseUrl}/checkouts/create`, { method: 'POST', body: JSON.stringify({
                  ↓mode: 'online', party_phone: '231771234567', source_kind: 'ORDER', currency: 'USD', items: [] }) })
              }
            }
            """),
            RuleExample("internal/dollr/types.go", "package dollr\n\ntype CollectionRequest struct {\n\tSessionID        ↓int64  `json:\"session_id\"`\n\tPaymentAccountID string `json:\"payment_account_id\"`\n\tCurrency         string `json:\"currency\"`\n\tReferenceID      string `json:\"reference_id\"`\n}\n"),
        ],
        nonTriggering: [
            RuleExample("src/pay.ts", "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ session_id: \"55\", payment_account_id: \"18\", currency: \"USD\", reference_id: id }) });\n"),
            RuleExample("app/session.py", "requests.post(f\"{BASE}/v1/sessions/checkout\", json={\"source_id\": invoice_id, \"source_type\": \"INVOICE\"})\n"),
            RuleExample("src/pay.ts", "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ ...base, reference_id: id }) });\n"),
            // Query parameters set in statements of their own are not missing.
            RuleExample("dollr/predict.go", """
            package dollr

            func provider(phone string) (*http.Response, error) {
            \treq, _ := http.NewRequest(http.MethodGet, baseURL+"/v1/predictions/mmo-provider-info", nil)
            \tq := req.URL.Query()
            \tq.Add("phone", phone)
            \tq.Add("operation_type", "COLLECTION")
            \treq.URL.RawQuery = q.Encode()
            \treturn http.DefaultClient.Do(req)
            }
            """),
            RuleExample("src/dollr/predict.js", """
            const url = new URL(`${DOLLR_BASE}/v1/predictions/mmo-provider-info`);
            url.searchParams.append('phone', phone);
            url.searchParams.set('operation_type', 'COLLECTION');
            await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
            """),
            RuleExample("app/dollr_status.py", """
            def status(kind, sid):
                params = {}
                params["source_type"] = kind
                params["source_id"] = sid
                return requests.get(f"{DOLLR_BASE}/v1/status/source", params=params, timeout=10)
            """),
            RuleExample("lib/dollr.rb", """
            uri = URI("https://api.heydollr.app/v1/predictions/mmo-provider-info")
            uri.query = URI.encode_www_form(phone: phone, operation_type: "COLLECTION")
            Net::HTTP.get_response(uri)
            """),
            RuleExample("app/Services/DollrPredict.php", """
            <?php
            $query = http_build_query(['phone' => $phone, 'operation_type' => 'COLLECTION']);
            Http::withToken($token)->timeout(10)->get('https://api.heydollr.app/v1/predictions/mmo-provider-info?' . $query);
            """),
            RuleExample("Services/DollrModels.cs", "public sealed record CollectionRequest(\n    [property: JsonPropertyName(\"session_id\")] string SessionId,\n    [property: JsonPropertyName(\"payment_account_id\")] string PaymentAccountId,\n    [property: JsonPropertyName(\"currency\")] string Currency,\n    [property: JsonPropertyName(\"reference_id\")] string ReferenceId);\n"),
        ])

    static let sourceKindMismatch = RuleDescription(
        id: .sourceKindMismatch, category: .integration, severity: .warning,
        title: "source_kind on sessions/status/links/predictions, or source_type on checkouts/create",
        rationale: "The same value (INVOICE or ORDER) is called source_kind on POST /v1/checkouts/create and source_type everywhere else; the wrong name is a 422 the docs call 'a frequent source of errors'.",
        fix: "checkouts/create: source_kind. Sessions, status, links, predictions: source_type.",
        helpURL: DocLinks.conventions, keywords: keywords,
        triggering: [
            RuleExample("src/session.ts", "await fetch(`${BASE}/v1/sessions/checkout`, { method: \"POST\", body: JSON.stringify({ source_id: 101, ↓source_kind: \"INVOICE\" }) });\n"),
            RuleExample("app/checkout.py", "requests.post(f\"{BASE}/v1/checkouts/create\", json={\"mode\": \"HOSTED\", ↓\"source_type\": \"ORDER\", \"currency\": \"USD\", \"items\": items})\n"),
            RuleExample("scripts/status.sh", "curl ↓\"https://api.heydollr.app/v1/status/source?source_kind=INVOICE&source_id=101\" -H \"Authorization: Bearer $TOKEN\"\n"),
        ],
        nonTriggering: [
            RuleExample("src/session.ts", "await fetch(`${BASE}/v1/sessions/checkout`, { method: \"POST\", body: JSON.stringify({ source_id: 101, source_type: \"INVOICE\" }) });\n"),
            RuleExample("app/checkout.py", "requests.post(f\"{BASE}/v1/checkouts/create\", json={\"mode\": \"HOSTED\", \"source_kind\": \"ORDER\", \"currency\": \"USD\", \"items\": items})\n"),
        ])

    static let unknownEndpoint = RuleDescription(
        id: .unknownEndpoint, category: .integration, severity: .warning,
        title: "Dollr API path that the spec does not have",
        rationale: "A misspelt or invented path is a 404 at run time; the spec is the authority on what exists.",
        fix: "Use the path the message suggests, or check the API reference.",
        helpURL: DocLinks.base + "/api-reference", keywords: ["v1/"],
        triggering: [
            RuleExample("src/pay.ts", "await fetch(↓`${DOLLR_BASE}/v1/execution/collection`, { method: \"POST\", body });\n"),
            RuleExample("app/pay.py", "requests.post(↓f\"{settings.DOLLR_BASE_URL}/v1/executions/collect\", json=payload)\n"),
            RuleExample("scripts/token.sh", "curl -X POST ↓\"https://api.heydollr.app/v1/jwt/obtain/token\" -d @creds.json\n"),
        ],
        nonTriggering: [
            RuleExample("src/pay.ts", "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body });\n"),
            RuleExample("src/api.ts", "await fetch(`/api/v1/orders/${id}`); // our own API, not Dollr's\n"),
            RuleExample("app/pay.py", "requests.get(f\"{BASE}/v1/status/collection/{reference_id}\", headers=h)\n"),
            // Stripe and Razorpay also version their paths /v1/: not Dollr's in code that names no Dollr host, client or setting.
            RuleExample("invoice/client.go", """
            package invoice

            func (c Client) Finalize(id string) error {
            \tpath := stripe.FormatURLPath("/v1/invoices/%s/finalize", id)
            \treturn c.B.Call(http.MethodPost, path, c.Key, nil, nil)
            }
            """),
            RuleExample("test/razorpay/test_order.rb", """
            @order_id = 'order_50sX9hGHZJvjjI'
            stub_get("#{BASE_URI}/v1/orders/#{@order_id}/?expand[]=transfers&status", 'fake_order_transfers')
            """),
            RuleExample("server/checkout.js", """
            const session = await fetch(`${STRIPE_API}/v1/checkout/sessions`, { method: 'POST', body });
            """),
        ])
}
