enum ReferenceIdAfterExecuteExamples {
    static let triggering: [RuleExample] = [
        RuleExample(
            "src/pay.js",
            """
            export async function collect(sessionId, accountId, token) {
              const res = await fetch(`${BASE}/v1/executions/collection`, {
                method: "POST",
                headers: { Authorization: `Bearer ${token}` },
                body: JSON.stringify({ session_id: sessionId, payment_account_id: accountId, currency: "USD", reference_id: crypto.↓randomUUID() }),
              });
              return res.json();
            }
            """),
        RuleExample(
            "payments/services.py",
            """
            def collect(order, headers):
                payload = {
                    "session_id": order.session_id,
                    "payment_account_id": order.account_id,
                    "currency": "USD",
                    "reference_id": str(uuid.↓uuid4()),
                }
                resp = requests.post(f"{BASE}/v1/executions/collection", json=payload, headers=headers, timeout=30)
                order.reference_id = payload["reference_id"]
                order.save()
                return resp.json()
            """),
        RuleExample(
            "app/Services/Collect.php",
            """
            <?php
            class Collect {
                public function run(Order $order) {
                    $res = Http::withToken($this->token())->post($this->base . '/v1/executions/collection', [
                        'session_id' => $order->session_id,
                        'currency' => 'USD',
                        'reference_id' => (string) Str::↓uuid(),
                    ]);
                    $order->update(['reference_id' => $res->json('reference_id')]);
                }
            }
            """),
        RuleExample(
            "dollr/collect.go",
            """
            func (c *Client) Collect(ctx context.Context, sessionID string) (*Execution, error) {
            	return c.post(ctx, "/v1/executions/collection", CollectBody{
            		SessionID:   sessionID,
            		Currency:    "USD",
            		ReferenceID: uuid.↓NewString(),
            	})
            }
            """),
        // The id is only taken from the response, after the call.
        RuleExample(
            "src/checkout.ts",
            """
            export async function pay(order: Order) {
              const res = await ↓fetch(`${BASE}/v1/executions/collection`, {
                method: "POST",
                body: JSON.stringify({ session_id: order.sessionId, payment_account_id: order.accountId, currency: "USD" }),
              });
              const execution = await res.json();
              await db.orders.update(order.id, { referenceId: execution.reference_id });
            }
            """),
        RuleExample(
            "Payments/Collector.cs",
            """
            public async Task<Execution> CollectAsync(Order order)
            {
                var res = await _http.PostAsJsonAsync($"{_base}/v1/executions/collection", new
                {
                    session_id = order.SessionId,
                    currency = "USD",
                    reference_id = Guid.↓NewGuid(),
                });
                return await res.Content.ReadFromJsonAsync<Execution>();
            }
            """),
        // A client method in another file, called with an inline UUID.
        RuleExample(
            "app/jobs/charge_job.rb",
            """
            class ChargeJob
              def perform(order_id)
                order = Order.find(order_id)
                DollrClient.new.execute_collection(session_id: order.session_id, reference_id: SecureRandom.↓uuid)
              end
            end
            """,
            context: [
                "app/lib/dollr_client.rb": """
                class DollrClient
                  def execute_collection(session_id:, reference_id:)
                    @conn.post("/v1/executions/collection", { session_id: session_id, reference_id: reference_id }.to_json)
                  end
                end
                """
            ]),
        // C#: an expression-bodied client method (`=> SendAsync(...)`) in another file, called with an inline Guid.
        RuleExample(
            "Billing/BillingService.cs",
            """
            public class BillingService
            {
                public async Task<JsonElement> PayAsync(Visit visit, CancellationToken ct)
                {
                    return await _dollr.ExecuteCollectionAsync(new
                    {
                        session_id = visit.SessionId,
                        currency = visit.Currency,
                        reference_id = Guid.↓NewGuid().ToString(),
                    }, ct);
                }
            }
            """,
            context: [
                "Dollr/DollrClient.cs": """
                public class DollrClient
                {
                    public Task<JsonElement> ExecuteCollectionAsync(object body, CancellationToken ct) =>
                        SendAsync(HttpMethod.Post, "v1/executions/collection", body, ct);

                    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
                    {
                        using var req = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
                        using var res = await _http.SendAsync(req, ct);
                        return await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
                    }
                }
                """
            ]),
    ]

    static let nonTriggering: [RuleExample] = [
        // Minted into a variable and stored before the call.
        RuleExample(
            "src/pay.js",
            """
            export async function collect(order, token) {
              const referenceId = crypto.randomUUID();
              await db.orders.update(order.id, { referenceId });
              const res = await fetch(`${BASE}/v1/executions/collection`, {
                method: "POST",
                headers: { Authorization: `Bearer ${token}` },
                body: JSON.stringify({ session_id: order.sessionId, currency: "USD", reference_id: referenceId }),
              });
              return res.json();
            }
            """),
        // Handed in by the caller, who stored it.
        RuleExample(
            "payments/services.py",
            """
            def collect(session_id, reference_id, headers):
                resp = requests.post(f"{BASE}/v1/executions/collection", headers=headers, timeout=30,
                                     json={"session_id": session_id, "currency": "USD", "reference_id": reference_id})
                return resp.json()
            """),
        RuleExample(
            "app/Services/Collect.php",
            """
            <?php
            class Collect {
                public function run(Order $order) {
                    $order->reference_id = (string) Str::uuid();
                    $order->save();
                    return Http::withToken($this->token())->post($this->base . '/v1/executions/collection', [
                        'session_id' => $order->session_id,
                        'reference_id' => $order->reference_id,
                    ])->json();
                }
            }
            """),
        // The literal is saved with its id before it is sent.
        RuleExample(
            "payments/payouts.py",
            """
            def payout(p, headers):
                body = {"session_id": p.session_id, "reference_id": str(uuid.uuid4())}
                PayoutRecord.objects.create(payout=p, reference_id=body["reference_id"])
                requests.post(f"{BASE}/v1/executions/payout", json=body, headers=headers, timeout=30)
            """),
        RuleExample(
            "dollr/collect.go",
            """
            func (c *Client) Collect(ctx context.Context, sessionID, ref string) (*Execution, error) {
            	return c.post(ctx, "/v1/executions/collection", CollectBody{SessionID: sessionID, Currency: "USD", ReferenceID: ref})
            }
            """),
        // An inline UUID on a call that is not an execute (a log correlation id).
        RuleExample(
            "src/audit.ts",
            """
            export async function audit(event: string) {
              await fetch(`${AUDIT_URL}/events`, { method: "POST", body: JSON.stringify({ event, reference_id: crypto.randomUUID() }) });
            }
            """),
        RuleExample(
            "Billing/BillingService.cs",
            """
            public class BillingService
            {
                public async Task<JsonElement> PayAsync(Visit visit, CancellationToken ct)
                {
                    var referenceId = Guid.NewGuid().ToString();
                    _db.Payments.Add(new Payment { VisitId = visit.Id, ReferenceId = referenceId });
                    await _db.SaveChangesAsync(ct);
                    return await _dollr.ExecuteCollectionAsync(new
                    {
                        session_id = visit.SessionId,
                        currency = visit.Currency,
                        reference_id = referenceId,
                    }, ct);
                }
            }
            """,
            context: [
                "Dollr/DollrClient.cs": """
                public class DollrClient
                {
                    public Task<JsonElement> ExecuteCollectionAsync(object body, CancellationToken ct) =>
                        SendAsync(HttpMethod.Post, "v1/executions/collection", body, ct);

                    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
                    {
                        using var req = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
                        using var res = await _http.SendAsync(req, ct);
                        return await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
                    }
                }
                """
            ]),
    ]
}
