import Foundation

extension PayloadProblemRule {
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
            // A local `url` is the one assigned in its own method, not another method's `url` further down.
            RuleExample(
                "app/dollr.py",
                """
                class DollrClient:
                    def status(self, op, reference_id):
                        url = "{}/v1/statuses/{}/{}".format(self.base_url, op, reference_id)
                        return self.http.get(↓url, headers=self._headers(), timeout=10)

                    def execute(self, op, payload):
                        url = "{}/v1/executions/{}".format(self.base_url, op)
                        return self.http.post(url, json=payload, headers=self._headers(), timeout=30)
                """),
        ],
        nonTriggering: [
            RuleExample("src/pay.ts", "await fetch(`${BASE}/v1/executions/collection`, { method: \"POST\", body });\n"),
            RuleExample("src/api.ts", "await fetch(`/api/v1/orders/${id}`); // our own API, not Dollr's\n"),
            RuleExample("app/pay.py", "requests.get(f\"{BASE}/v1/status/collection/{reference_id}\", headers=h)\n"),
            RuleExample(
                "app/dollr.py",
                """
                class DollrClient:
                    def execute(self, op, payload):
                        url = "{}/v1/executions/{}".format(self.base_url, op)
                        return self.http.post(url, json=payload, headers=self._headers(), timeout=30)

                    def status(self, op, reference_id):
                        url = "{}/v1/status/{}/{}".format(self.base_url, op, reference_id)
                        return self.http.get(url, headers=self._headers(), timeout=10)
                """),
            // Ruby's named format placeholders stand for the segments they fill.
            RuleExample(
                "app/services/dollr_client.rb",
                """
                STATUS_PATH = "/v1/status/%<op>s/%<ref>s".freeze

                def status(op, reference_id)
                  @dollr.get(format(STATUS_PATH, op: op, ref: reference_id), nil, auth_header).body
                end
                """),
            // Stripe and Razorpay also version their paths /v1/: not Dollr's in code that names no Dollr host, client or setting.
            RuleExample(
                "invoice/client.go",
                """
                package invoice

                func (c Client) Finalize(id string) error {
                \tpath := stripe.FormatURLPath("/v1/invoices/%s/finalize", id)
                \treturn c.B.Call(http.MethodPost, path, c.Key, nil, nil)
                }
                """),
            RuleExample(
                "test/razorpay/test_order.rb",
                """
                @order_id = 'order_50sX9hGHZJvjjI'
                stub_get("#{BASE_URI}/v1/orders/#{@order_id}/?expand[]=transfers&status", 'fake_order_transfers')
                """),
            RuleExample(
                "server/checkout.js",
                """
                const session = await fetch(`${STRIPE_API}/v1/checkout/sessions`, { method: 'POST', body });
                """),
        ])
}
