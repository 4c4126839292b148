enum NewReferenceIdOnRetryExamples {
    static let triggering: [RuleExample] = [
        // The docs' execute_with_retry with the UUID moved inside the loop.
        RuleExample(
            "payments/dollr.py",
            """
            def execute_with_retry(session_id, payment_account_id, currency, headers, max_retries=3):
                delay = 1
                for attempt in range(max_retries):
                    reference_id = str(uuid.↓uuid4())
                    try:
                        response = requests.post(
                            f"{BASE_URL}/v1/executions/collection",
                            headers=headers,
                            json={"session_id": session_id, "payment_account_id": payment_account_id,
                                  "currency": currency, "reference_id": reference_id},
                            timeout=30,
                        )
                        if response.status_code < 500:
                            return response.json()
                    except requests.RequestException:
                        pass
                    status = requests.get(f"{BASE_URL}/v1/status/collection/{reference_id}", headers=headers)
                    if status.ok and status.json().get("status") in ("COMPLETED", "PROCESSING"):
                        return status.json()
                    time.sleep(delay)
                    delay *= 2
            """),
        RuleExample(
            "src/dollr.js",
            """
            async function executeWithRetry(sessionId, paymentAccountId, currency, token, maxRetries = 3) {
              let delay = 1000;
              for (let attempt = 0; attempt < maxRetries; attempt++) {
                const referenceId = ↓randomUUID();
                try {
                  const res = await fetch(`${BASE_URL}/v1/executions/collection`, {
                    method: "POST",
                    headers: { Authorization: `Bearer ${token}` },
                    body: JSON.stringify({ session_id: sessionId, payment_account_id: paymentAccountId, currency, reference_id: referenceId }),
                  });
                  if (res.status < 500) return res.json();
                } catch (_) {}
                const status = await fetch(`${BASE_URL}/v1/status/collection/${referenceId}`).then(r => r.json());
                if (status?.status === "COMPLETED" || status?.status === "PROCESSING") return status;
                await new Promise(r => setTimeout(r, delay));
                delay *= 2;
              }
            }
            """),
        // A retry helper in one file around a client method in another.
        RuleExample(
            "src/services/checkout.ts",
            """
            import { withRetry } from "../lib/retry";
            import { DollrClient } from "../lib/dollr";

            export async function pay(order: Order, client: DollrClient) {
              return withRetry(async () => {
                const ref = ↓uuidv4();
                return client.collect({ session_id: order.sessionId, reference_id: ref, currency: "USD" });
              });
            }
            """,
            context: [
                "src/lib/retry.ts": """
                export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
                  for (let i = 0; i < attempts; i++) {
                    try { return await fn(); } catch (e) { await sleep(2 ** i * 500); }
                  }
                  throw new Error("gave up");
                }
                """,
                "src/lib/dollr.ts": """
                export class DollrClient {
                  async collect(body: object) {
                    return this.http.post(`${this.base}/v1/executions/collection`, body);
                  }
                }
                """,
            ]),
        RuleExample(
            "app/Services/PayoutService.php",
            """
            <?php
            class PayoutService {
                public function send(array $payout) {
                    return retry(3, function () use ($payout) {
                        $ref = (string) Str::↓uuid();
                        return Http::withToken($this->token())->post($this->base . '/v1/executions/payout', [
                            'session_id' => $payout['session_id'],
                            'reference_id' => $ref,
                        ])->throw();
                    }, 500);
                }
            }
            """),
        RuleExample(
            "src/main/java/com/acme/pay/Collector.java",
            """
            public class Collector {
                public Execution collect(String sessionId) throws Exception {
                    for (int attempt = 0; attempt < 3; attempt++) {
                        String referenceId = UUID.↓randomUUID().toString();
                        try {
                            return dollr.post(BASE + "/v1/executions/collection", Map.of("session_id", sessionId, "reference_id", referenceId));
                        } catch (IOException e) {
                            Thread.sleep(1000L << attempt);
                        }
                    }
                    throw new IllegalStateException("collection failed");
                }
            }
            """),
        RuleExample(
            "dollr/collect.go",
            """
            func (c *Client) Collect(ctx context.Context, sessionID string) (*Execution, error) {
            	var lastErr error
            	for attempt := 0; attempt < 3; attempt++ {
            		ref := uuid.↓NewString()
            		body, _ := json.Marshal(map[string]string{"session_id": sessionID, "reference_id": ref})
            		req, _ := http.NewRequestWithContext(ctx, "POST", c.base+"/v1/executions/collection", bytes.NewReader(body))
            		resp, err := c.http.Do(req)
            		if err == nil {
            			return decode(resp)
            		}
            		lastErr = err
            	}
            	return nil, lastErr
            }
            """),
        RuleExample(
            "app/services/dollr_collector.rb",
            """
            class DollrCollector
              def collect(session_id)
                attempts = 0
                begin
                  reference_id = SecureRandom.↓uuid
                  post("/v1/executions/collection", session_id: session_id, reference_id: reference_id)
                rescue Faraday::TimeoutError
                  attempts += 1
                  retry if attempts < 3
                  raise
                end
              end
            end
            """),
        RuleExample(
            "src/main/kotlin/Pay.kt",
            """
            suspend fun pay(sessionId: String): Execution {
                repeat(3) { attempt ->
                    val referenceId = UUID.↓randomUUID().toString()
                    try {
                        return dollr.post("$base/v1/executions/collection", CollectBody(sessionId, referenceId))
                    } catch (e: IOException) {
                        delay(1000L * (attempt + 1))
                    }
                }
                error("collection failed")
            }
            """),
        RuleExample(
            "Payments/Collector.cs",
            """
            public async Task<Execution> CollectAsync(string sessionId)
            {
                return await _retryPolicy.ExecuteAsync(async () =>
                {
                    var referenceId = Guid.↓NewGuid().ToString();
                    var res = await _http.PostAsJsonAsync($"{_base}/v1/executions/collection", new { session_id = sessionId, reference_id = referenceId });
                    res.EnsureSuccessStatusCode();
                    return await res.Content.ReadFromJsonAsync<Execution>();
                });
            }
            """),
        // The mint in an error handler inside a retry loop: the next turn sends the new id.
        RuleExample(
            "src/payouts/payouts.service.ts",
            """
            export class PayoutsService {
              async pay(payout: Payout) {
                payout.referenceId = randomUUID();
                await this.repo.save(payout);
                let attempts = 0;
                while (true) {
                  try {
                    return await this.dollr.post("/v1/executions/payout", this.body(payout));
                  } catch (err) {
                    if (++attempts >= 3) throw err;
                    payout.referenceId = ↓randomUUID();
                    await this.repo.save(payout);
                  }
                }
              }
            }
            """),
        RuleExample(
            "app/services/payout_service.rb",
            """
            class PayoutService
              def call(payout)
                attempts = 0
                begin
                  attempts += 1
                  conn.post("/v1/executions/payout", { session_id: payout.session_id, reference_id: payout.reference_id })
                rescue Faraday::TimeoutError, Faraday::ServerError
                  raise if attempts >= 3
                  payout.update!(reference_id: SecureRandom.↓uuid)
                  retry
                end
              end
            end
            """),
    ]

    static let nonTriggering: [RuleExample] = [
        // The docs' own execute_with_retry: minted once, status checked before each retry.
        RuleExample(
            "payments/dollr.py",
            """
            def execute_with_retry(session_id, payment_account_id, currency, headers, max_retries=3):
                reference_id = str(uuid.uuid4())  # generate ONCE, reuse on retry
                delay = 1
                for attempt in range(max_retries):
                    try:
                        response = requests.post(
                            f"{BASE_URL}/v1/executions/collection",
                            headers=headers,
                            json={"session_id": session_id, "payment_account_id": payment_account_id,
                                  "currency": currency, "reference_id": reference_id},
                            timeout=30,
                        )
                        if response.status_code < 500:
                            return response.json()
                    except requests.RequestException:
                        pass
                    status = requests.get(f"{BASE_URL}/v1/status/collection/{reference_id}", headers=headers)
                    if status.ok and status.json().get("status") in ("COMPLETED", "PROCESSING"):
                        return status.json()
                    time.sleep(delay)
                    delay *= 2
                raise Exception(f"Execution failed after {max_retries} attempts")
            """),
        RuleExample(
            "src/dollr.js",
            """
            async function executeWithRetry(sessionId, paymentAccountId, currency, token, maxRetries = 3) {
              const referenceId = randomUUID(); // generate ONCE, reuse on retry
              let delay = 1000;
              for (let attempt = 0; attempt < maxRetries; attempt++) {
                try {
                  const res = await fetch(`${BASE_URL}/v1/executions/collection`, {
                    method: "POST",
                    body: JSON.stringify({ session_id: sessionId, payment_account_id: paymentAccountId, currency, reference_id: referenceId }),
                  });
                  if (res.status < 500) return res.json();
                } catch (_) {}
                const status = await fetch(`${BASE_URL}/v1/status/collection/${referenceId}`).then(r => r.json()).catch(() => null);
                if (status?.status === "COMPLETED" || status?.status === "PROCESSING") return status;
                await new Promise(r => setTimeout(r, delay));
                delay *= 2;
              }
              throw new Error(`Execution failed after ${maxRetries} attempts`);
            }
            """),
        // A batch of different payouts: one new reference_id per payout is right.
        RuleExample(
            "payouts/batch.py",
            """
            def run_batch(payouts, headers):
                for payout in payouts:
                    reference_id = str(uuid.uuid4())
                    Payout.objects.filter(id=payout.id).update(reference_id=reference_id)
                    requests.post(f"{BASE}/v1/executions/payout", headers=headers, timeout=30,
                                  json={"session_id": payout.session_id, "reference_id": reference_id})
            """),
        RuleExample(
            "payouts/batch.go",
            """
            func (s *Service) PayAll(ctx context.Context, items []Payout) {
            	for _, p := range items {
            		ref := uuid.NewString()
            		s.store.SaveReference(p.ID, ref)
            		s.client.Execute(ctx, "/v1/executions/payout", PayoutBody{SessionID: p.SessionID, ReferenceID: ref})
            	}
            }
            """),
        // A new attempt after Dollr confirmed FAILED, started by the payer: a new reference_id is what the docs ask for.
        RuleExample(
            "src/routes/retryPayment.ts",
            """
            router.post("/orders/:id/retry", async (req, res) => {
              const order = await Order.findById(req.params.id);
              const status = await dollr.get(`/v1/status/collection/${order.referenceId}`);
              if (status.data.status === "FAILED") {
                order.referenceId = crypto.randomUUID();
                await order.save();
                await dollr.post("/v1/executions/collection", { session_id: order.sessionId, reference_id: order.referenceId });
              }
              res.json({ ok: true });
            });
            """),
        // A status poll loop mints nothing for the payment and executes nothing.
        RuleExample(
            "app/jobs/poll_status_job.rb",
            """
            class PollStatusJob
              def perform(reference_id)
                5.times do |i|
                  request_id = SecureRandom.uuid
                  res = client.get("/v1/status/collection/#{reference_id}", headers: { "X-Request-Id" => request_id })
                  break if res.body["status"] != "PROCESSING"
                  sleep(2**i)
                end
              end
            end
            """),
        RuleExample(
            "src/main/java/com/acme/pay/Collector.java",
            """
            public class Collector {
                public Execution collect(String sessionId) throws Exception {
                    String referenceId = UUID.randomUUID().toString();
                    payments.saveReference(sessionId, referenceId);
                    for (int attempt = 0; attempt < 3; attempt++) {
                        try {
                            return dollr.post(BASE + "/v1/executions/collection", Map.of("session_id", sessionId, "reference_id", referenceId));
                        } catch (IOException e) {
                            Execution s = dollr.get(BASE + "/v1/status/collection/" + referenceId);
                            if (s != null && !"FAILED".equals(s.status())) return s;
                        }
                    }
                    throw new IllegalStateException("collection failed");
                }
            }
            """),
        // A retried token request: no payment, no reference_id.
        RuleExample(
            "Payments/TokenClient.cs",
            """
            public async Task<string> TokenAsync()
            {
                return await _retryPolicy.ExecuteAsync(async () =>
                {
                    var requestId = Guid.NewGuid().ToString();
                    var res = await _http.PostAsJsonAsync($"{_base}/v1/jwt/client/obtain/token", new { client_id = _id, client_secret = _secret });
                    return (await res.Content.ReadFromJsonAsync<TokenResponse>()).AccessToken;
                });
            }
            """),
        // A new id in a retry loop's handler only after the status confirmed FAILED; an error id minted for the log.
        RuleExample(
            "src/payouts/payouts.service.ts",
            """
            export class PayoutsService {
              async pay(payout: Payout) {
                let attempts = 0;
                while (true) {
                  try {
                    return await this.dollr.post("/v1/executions/payout", this.body(payout));
                  } catch (err) {
                    if (++attempts >= 3) throw err;
                    const st = await this.dollr.get(`/v1/status/payout/${payout.referenceId}`);
                    if (st.data.status === "FAILED") {
                      payout.referenceId = randomUUID();
                      await this.repo.save(payout);
                    }
                  }
                }
              }
            }
            """),
        RuleExample(
            "app/services/payout_service.rb",
            """
            class PayoutService
              def call(payout)
                attempts = 0
                begin
                  attempts += 1
                  conn.post("/v1/executions/payout", { session_id: payout.session_id, reference_id: payout.reference_id })
                rescue Faraday::TimeoutError, Faraday::ServerError
                  raise if attempts >= 3
                  incident = SecureRandom.uuid
                  Rails.logger.warn("payout #{payout.id} attempt #{attempts} failed, incident #{incident}")
                  retry
                end
              end
            end
            """),
    ]
}
