import Foundation

extension PayloadProblemRule {
    static let schemaViolation = RuleDescription(
        id: .schemaViolation, category: .payload, severity: .error,
        title: "Field unknown to the spec, required field missing, wrong JSON type, value outside an enum or a minimum",
        rationale:
            "\"Use the OpenAPI spec, do not invent fields\" is the docs' first rule for integrators: every one of these is a 422 (or "
            + "a silently ignored field) that only shows up in production.",
        fix:
            "Match the request to the endpoint's schema: the message names the field and what it expects (e.g. session_id is a JSON "
            + "string on executions but an integer on realtime-keys).",
        helpURL: DocLinks.validation422, keywords: keywords + ["json:\"", "jsonpropertyname", "serialname", "jsonproperty"],
        keywordsOutsideDollrCode: dollrValueKeywords,
        triggering: [
            RuleExample(
                "src/pay.ts",
                "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ ↓session_id: 55, "
                    + "payment_account_id: \"18\", currency: \"USD\", reference_id: id }) });\n"
            ),
            RuleExample(
                "app/session.py",
                "requests.post(f\"{BASE}/v1/sessions/checkout\", json={\"source_id\": 101, \"source_type\": \"INVOICE\", ↓\"amount\": "
                    + "25})\n"
            ),
            RuleExample(
                "app/Token.php", "<?php\nHttp::post('https://api.heydollr.app/v1/jwt/client/obtain/token', ↓['client_id' => $id]);\n"),
            // The base URL, ending in /v1, held in a property of the client class.
            RuleExample(
                "src/lib/dollr.ts",
                """
                export class DollrClient {
                  private baseUrl = 'https://dollr-open-api.a.run.app/v1'
                  createCheckout() {
                    return fetch(`${this.baseUrl}/checkouts/create`, { method: 'POST', body: JSON.stringify({
                      ↓mode: 'online', party_phone: '231771234567', source_kind: 'ORDER', currency: 'USD', items: [] }) })
                  }
                }
                """),
            RuleExample(
                "internal/dollr/types.go",
                "package dollr\n\ntype CollectionRequest struct {\n\tSessionID        ↓int64  "
                    + "`json:\"session_id\"`\n\tPaymentAccountID string `json:\"payment_account_id\"`\n\tCurrency         string "
                    + "`json:\"currency\"`\n\tReferenceID      string `json:\"reference_id\"`\n}\n"
            ),
            // The body marshalled in this function, with a token request's `body` in the function before it.
            RuleExample(
                "internal/payments/collect.go",
                """
                package payments

                func (c *Client) bearer() (string, error) {
                \tbody, _ := json.Marshal(map[string]string{"client_id": c.ClientID, "client_secret": c.ClientSecret})
                \tresp, err := c.HTTP.Post(c.BaseURL+"/v1/jwt/client/obtain/token", "application/json", bytes.NewReader(body))
                \treturn decode(resp, err)
                }

                func (c *Client) Collect(ref string) (*http.Response, error) {
                \tbody := map[string]any{↓"session_id": 55, "payment_account_id": "18", "currency": "USD", "reference_id": ref}
                \treturn c.Do(http.MethodPost, "/v1/executions/collection", body)
                }
                """),
        ],
        nonTriggering: [
            RuleExample(
                "src/pay.ts",
                "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ session_id: \"55\", "
                    + "payment_account_id: \"18\", currency: \"USD\", reference_id: id }) });\n"
            ),
            RuleExample(
                "app/session.py",
                "requests.post(f\"{BASE}/v1/sessions/checkout\", json={\"source_id\": invoice_id, \"source_type\": \"INVOICE\"})\n"),
            RuleExample(
                "src/pay.ts",
                "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body: JSON.stringify({ ...base, reference_id: id "
                    + "}) });\n"
            ),
            // `body` here is Execute's parameter, not the token request's `body` marshalled in bearer().
            RuleExample(
                "internal/payments/client.go",
                """
                package payments

                func (c *Client) bearer() (string, error) {
                \tbody, _ := json.Marshal(map[string]string{"client_id": c.ClientID, "client_secret": c.ClientSecret})
                \tresp, err := c.HTTP.Post(c.BaseURL+"/v1/jwt/client/obtain/token", "application/json", bytes.NewReader(body))
                \treturn decode(resp, err)
                }

                func (c *Client) Execute(op string, body map[string]any) (*http.Response, error) {
                \treturn c.Do(http.MethodPost, fmt.Sprintf("/v1/executions/%s", op), body)
                }
                """),
            // Query parameters set in statements of their own are not missing.
            RuleExample(
                "dollr/predict.go",
                """
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
            RuleExample(
                "src/dollr/predict.js",
                """
                const url = new URL(`${DOLLR_BASE}/v1/predictions/mmo-provider-info`);
                url.searchParams.append('phone', phone);
                url.searchParams.set('operation_type', 'COLLECTION');
                await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
                """),
            RuleExample(
                "app/dollr_status.py",
                """
                def status(kind, sid):
                    params = {}
                    params["source_type"] = kind
                    params["source_id"] = sid
                    return requests.get(f"{DOLLR_BASE}/v1/status/source", params=params, timeout=10)
                """),
            RuleExample(
                "lib/dollr.rb",
                """
                uri = URI("https://api.heydollr.app/v1/predictions/mmo-provider-info")
                uri.query = URI.encode_www_form(phone: phone, operation_type: "COLLECTION")
                Net::HTTP.get_response(uri)
                """),
            RuleExample(
                "app/Services/DollrPredict.php",
                """
                <?php
                $query = http_build_query(['phone' => $phone, 'operation_type' => 'COLLECTION']);
                Http::withToken($token)->timeout(10)->get('https://api.heydollr.app/v1/predictions/mmo-provider-info?' . $query);
                """),
            // A class constant holding a path is a declaration, not a request without its query.
            RuleExample(
                "app/Services/Dollr/Endpoints.php",
                """
                <?php
                final class Endpoints
                {
                    public const SOURCE_STATUS = '/v1/status/source';
                }
                """),
            RuleExample(
                "Services/DollrModels.cs",
                "public sealed record CollectionRequest(\n    [property: JsonPropertyName(\"session_id\")] string SessionId,\n    "
                    + "[property: JsonPropertyName(\"payment_account_id\")] string PaymentAccountId,\n    [property: "
                    + "JsonPropertyName(\"currency\")] string Currency,\n    [property: JsonPropertyName(\"reference_id\")] string "
                    + "ReferenceId);\n"
            ),
        ])
}
