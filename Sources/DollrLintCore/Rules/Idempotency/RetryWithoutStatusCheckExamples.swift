enum RetryWithoutStatusCheckExamples {
    static let triggering: [RuleExample] = [
        // The docs' execute_with_retry with the status check removed.
        RuleExample(
            "payments/dollr.py",
            """
            def execute_with_retry(session_id, payment_account_id, currency, headers, max_retries=3):
                reference_id = str(uuid.uuid4())
                delay = 1
                for attempt in range(max_retries):
                    try:
                        response = requests.↓post(
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
                    time.sleep(delay)
                    delay *= 2
                raise Exception(f"Execution failed after {max_retries} attempts")
            """),
        RuleExample(
            "src/dollr.js",
            """
            async function executeWithRetry(sessionId, paymentAccountId, currency, token, maxRetries = 3) {
              const referenceId = randomUUID();
              let delay = 1000;
              for (let attempt = 0; attempt < maxRetries; attempt++) {
                try {
                  const res = await ↓fetch(`${BASE_URL}/v1/executions/collection`, {
                    method: "POST",
                    body: JSON.stringify({ session_id: sessionId, payment_account_id: paymentAccountId, currency, reference_id: referenceId }),
                  });
                  if (res.status < 500) return res.json();
                } catch (_) {}
                await new Promise(r => setTimeout(r, delay));
                delay *= 2;
              }
              throw new Error(`Execution failed after ${maxRetries} attempts`);
            }
            """),
        // A retry helper in one file around a client method in another (Python).
        RuleExample(
            "orders/tasks.py",
            """
            from payments.retry import with_retries
            from payments.dollr_client import DollrClient

            def charge(order):
                client = DollrClient()
                ref = order.reference_id
                return with_retries(lambda: client.↓execute_collection(order.session_id, ref))
            """,
            context: [
                "payments/retry.py": """
                def with_retries(fn, attempts=3):
                    for i in range(attempts):
                        try:
                            return fn()
                        except Exception:
                            time.sleep(2 ** i)
                    raise RuntimeError("gave up")
                """,
                "payments/dollr_client.py": """
                class DollrClient:
                    def execute_collection(self, session_id, reference_id):
                        return self.session.post(f"{self.base}/v1/executions/collection",
                                                 json={"session_id": session_id, "reference_id": reference_id}, timeout=30)
                """,
            ]),
        // Java: a retry helper around a client method of another file.
        RuleExample(
            "src/main/java/com/acme/orders/OrderPayments.java",
            """
            package com.acme.orders;

            import com.acme.pay.Retry;
            import com.acme.pay.DollrClient;

            public class OrderPayments {
                public Execution pay(Order order) {
                    return Retry.withBackoff(3, () -> dollrClient.↓executeCollection(order.sessionId(), order.referenceId()));
                }
            }
            """,
            context: [
                "src/main/java/com/acme/pay/Retry.java": """
                package com.acme.pay;
                public final class Retry {
                    public static <T> T withBackoff(int attempts, Supplier<T> action) {
                        for (int i = 0; i < attempts; i++) {
                            try { return action.get(); } catch (RuntimeException e) { sleep(500L << i); }
                        }
                        throw new IllegalStateException("gave up");
                    }
                }
                """,
                "src/main/java/com/acme/pay/DollrClient.java": """
                package com.acme.pay;
                public class DollrClient {
                    public Execution executeCollection(String sessionId, String referenceId) {
                        return rest.postForObject(base + "/v1/executions/collection", new CollectBody(sessionId, referenceId), Execution.class);
                    }
                }
                """,
            ]),
        // PHP: a retry helper of the project around a client method of another file.
        RuleExample(
            "app/Services/Checkout.php",
            """
            <?php
            namespace App\\Services;

            use App\\Support\\Retrier;
            use App\\Dollr\\DollrClient;

            class Checkout {
                public function pay(Order $order) {
                    return Retrier::attempt(3, fn () => $this->dollr->↓collect($order->session_id, $order->reference_id));
                }
            }
            """,
            context: [
                "app/Support/Retrier.php": """
                <?php
                namespace App\\Support;
                class Retrier {
                    public static function attempt(int $times, callable $fn) {
                        for ($i = 0; $i < $times; $i++) {
                            try { return $fn(); } catch (\\Throwable $e) { usleep(200000 * ($i + 1)); }
                        }
                        throw new \\RuntimeException('gave up');
                    }
                }
                """,
                "app/Dollr/DollrClient.php": """
                <?php
                namespace App\\Dollr;
                class DollrClient {
                    public function collect($sessionId, $referenceId) {
                        return Http::withToken($this->token())->post($this->base . '/v1/executions/collection', [
                            'session_id' => $sessionId, 'reference_id' => $referenceId,
                        ]);
                    }
                }
                """,
            ]),
        RuleExample(
            "dollr/payout.go",
            """
            func (c *Client) Payout(ctx context.Context, body PayoutBody) (*Execution, error) {
            	var err error
            	for attempt := 0; attempt < 4; attempt++ {
            		var resp *http.Response
            		resp, err = c.↓post(ctx, "/v1/executions/payout", body)
            		if err == nil && resp.StatusCode < 500 {
            			return decode(resp)
            		}
            		time.Sleep(time.Duration(1<<attempt) * time.Second)
            	}
            	return nil, err
            }
            """),
        RuleExample(
            "app/services/collector.rb",
            """
            class Collector
              def collect(session_id, reference_id)
                tries = 0
                begin
                  conn.↓post("/v1/executions/collection", { session_id: session_id, reference_id: reference_id }.to_json)
                rescue Faraday::TimeoutError, Faraday::ConnectionFailed
                  tries += 1
                  retry if tries < 3
                  raise
                end
              end
            end
            """),
        // A Celery task that Celery re-runs on failure.
        RuleExample(
            "payments/tasks.py",
            """
            @shared_task(bind=True, autoretry_for=(requests.Timeout,), max_retries=5, retry_backoff=True)
            def collect_payment(self, order_id):
                order = Order.objects.get(pk=order_id)
                resp = requests.↓post(f"{settings.DOLLR_BASE_URL}/v1/executions/collection", headers=dollr_headers(), timeout=30,
                                     json={"session_id": order.session_id, "reference_id": str(order.reference_id)})
                resp.raise_for_status()
            """),
        RuleExample(
            "src/main/kotlin/Pay.kt",
            """
            suspend fun pay(body: CollectBody): Execution {
                repeat(3) { attempt ->
                    try {
                        return http.↓post("$base/v1/executions/collection") { setBody(body) }.body()
                    } catch (e: IOException) {
                        delay(1000L * (attempt + 1))
                    }
                }
                error("collection failed")
            }
            """),
        RuleExample(
            "src/pay.rs",
            """
            pub async fn collect(client: &Client, body: &CollectBody) -> Result<Execution, Error> {
                let mut attempt = 0;
                loop {
                    match client.↓post(format!("{}/v1/executions/collection", BASE)).json(body).send().await {
                        Ok(resp) => return Ok(resp.json().await?),
                        Err(e) if attempt < 3 => { attempt += 1; sleep(Duration::from_secs(1 << attempt)).await; }
                        Err(e) => return Err(e.into()),
                    }
                }
            }
            """),
        // A client that retries POSTs by itself: axios-retry told to retry them, Faraday's retry middleware with :post.
        RuleExample(
            "src/dollr.js",
            """
            const http = axios.create({ baseURL: process.env.DOLLR_BASE_URL, timeout: 30000 });
            axiosRetry(http, { retries: 3, retryCondition: (e) => !e.response || e.response.status >= 500 });

            async function collect(payment) {
              return http.↓post("/v1/executions/collection", { session_id: payment.sessionId, reference_id: payment.referenceId });
            }
            """),
        RuleExample(
            "app/services/dollr_client.rb",
            """
            class DollrClient
              def initialize
                @http = Faraday.new(url: ENV.fetch("DOLLR_BASE_URL")) do |f|
                  f.request :json
                  f.request :retry, max: 3, interval: 1, backoff_factor: 2, methods: %i[get post]
                end
              end

              def collect(payment)
                @http.↓post("/v1/executions/collection", { session_id: payment.session_id, reference_id: payment.reference_id })
              end
            end
            """),
        // A request helper that re-sends whatever it is given on 5xx, executes included.
        RuleExample(
            "internal/dollr/client.go",
            """
            func (c *Client) ExecuteCollection(ctx context.Context, req CollectionExecution) (*ExecutionResponse, error) {
            	var out ExecutionResponse
            	if err := c.↓do(ctx, http.MethodPost, "/v1/executions/collection", req, &out); err != nil {
            		return nil, err
            	}
            	return &out, nil
            }

            func (c *Client) do(ctx context.Context, method, path string, payload any, out any) error {
            	raw, _ := json.Marshal(payload)
            	for attempt := 0; ; attempt++ {
            		req, _ := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(raw))
            		res, err := c.http.Do(req)
            		if err != nil {
            			return err
            		}
            		switch {
            		case res.StatusCode == http.StatusUnauthorized && attempt == 0:
            			c.invalidateToken()
            			continue
            		case res.StatusCode >= 500 && attempt < 3:
            			time.Sleep(time.Duration(1<<attempt) * time.Second)
            			continue
            		}
            		return json.NewDecoder(res.Body).Decode(out)
            	}
            }
            """),
        // A 401 replay joined with a 5xx one in the same test.
        RuleExample(
            "src/dollr.js",
            """
            async function collect(body) {
              for (let attempt = 0; attempt < 3; attempt++) {
                const res = await ↓fetch(`${BASE_URL}/v1/executions/collection`, { method: "POST", body: JSON.stringify(body) });
                if (res.status === 401 || res.status >= 500) {
                  await refreshToken();
                  continue;
                }
                return res.json();
              }
            }
            """),
        // Spring Retry re-runs the execute method; the path built inside the request call is no second request.
        RuleExample(
            "src/main/java/com/acme/pay/DollrPaymentClient.java",
            """
            public class DollrPaymentClient {
                private static final String EXECUTE_PATH = "/v1/executions/%s";

                @Retryable(retryFor = {ResourceAccessException.class, HttpServerErrorException.class}, maxAttempts = 4)
                public ExecutionResponse collect(String sessionId, String referenceId) {
                    Map<String, Object> body = Map.of("session_id", sessionId, "reference_id", referenceId);
                    return rest.↓exchange(String.format(EXECUTE_PATH, "collection"), HttpMethod.POST,
                            new HttpEntity<>(body, headers()), ExecutionResponse.class).getBody();
                }
            }
            """),
        // A client whose type the project does not show (`pay` comes from a module it lacks), handed the kind.
        RuleExample(
            "app/fees/views.py",
            """
            from app.extensions import pay
            from app.utils.retry import with_retries

            def detect(phone):
                return pay.http.get(pay.base_url + "/v1/predictions/mmo-provider-info", params={"phone": phone}, timeout=10)

            def pay_fees(ref, payload):
                return with_retries(lambda: pay.↓execute("collection", payload))
            """,
            context: [
                "app/gateway.py": """
                class Gateway:
                    def execute(self, op, payload):
                        url = "{}/v1/executions/{}".format(self.base_url, op)
                        return self.http.post(url, json=payload, timeout=30)

                    def status(self, op, reference_id):
                        url = "{}/v1/status/{}/{}".format(self.base_url, op, reference_id)
                        return self.http.get(url, timeout=10)
                """,
                "app/utils/retry.py": """
                def with_retries(fn, attempts=4):
                    for attempt in range(attempts):
                        try:
                            return fn()
                        except requests.Timeout:
                            time.sleep(2 ** attempt)
                    raise RuntimeError("gave up")
                """,
            ]),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            "app/fees/views.py",
            """
            from app.extensions import pay
            from app.utils.retry import with_retries

            def detect(phone):
                return pay.http.get(pay.base_url + "/v1/predictions/mmo-provider-info", params={"phone": phone}, timeout=10)

            def fee_status(ref):
                return with_retries(lambda: pay.status("collection", ref))
            """,
            context: [
                "app/gateway.py": """
                class Gateway:
                    def execute(self, op, payload):
                        url = "{}/v1/executions/{}".format(self.base_url, op)
                        return self.http.post(url, json=payload, timeout=30)

                    def status(self, op, reference_id):
                        url = "{}/v1/status/{}/{}".format(self.base_url, op, reference_id)
                        return self.http.get(url, timeout=10)
                """,
                "app/utils/retry.py": """
                def with_retries(fn, attempts=4):
                    for attempt in range(attempts):
                        try:
                            return fn()
                        except requests.Timeout:
                            time.sleep(2 ** attempt)
                    raise RuntimeError("gave up")
                """,
            ]),
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
                    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
                    body: JSON.stringify({ session_id: sessionId, payment_account_id: paymentAccountId, currency, reference_id: referenceId }),
                  });
                  if (res.status < 500) return res.json();
                } catch (_) {}
                const status = await fetch(`${BASE_URL}/v1/status/collection/${referenceId}`, {
                  headers: { Authorization: `Bearer ${token}` },
                }).then(r => r.json()).catch(() => null);
                if (status?.status === "COMPLETED" || status?.status === "PROCESSING") {
                  return status;
                }
                await new Promise(r => setTimeout(r, delay));
                delay *= 2;
              }
              throw new Error(`Execution failed after ${maxRetries} attempts`);
            }
            """),
        // A retried status poll and a retried token request are reads: retrying them is fine.
        RuleExample(
            "src/poll.ts",
            """
            export async function waitForCompletion(referenceId: string) {
              for (let i = 0; i < 20; i++) {
                const s = await http.get(`/v1/status/collection/${referenceId}`);
                if (s.data.status !== "PROCESSING" && s.data.status !== "PENDING") return s.data;
                await sleep(Math.min(30000, 2000 * 2 ** i));
              }
            }
            export const token = () => pRetry(() => http.post("/v1/jwt/client/obtain/token", creds), { retries: 3 });
            """),
        // The helper checks the status by reference id before each new attempt (in another file).
        RuleExample(
            "orders/tasks.py",
            """
            from payments.dollr_client import DollrClient

            def charge(order):
                client = DollrClient()
                for attempt in range(3):
                    try:
                        return client.execute_collection(order.session_id, order.reference_id)
                    except requests.Timeout:
                        if client.collection_status(order.reference_id) in ("COMPLETED", "PROCESSING"):
                            return None
                        time.sleep(2 ** attempt)
            """,
            context: [
                "payments/dollr_client.py": """
                class DollrClient:
                    def execute_collection(self, session_id, reference_id):
                        return self.session.post(f"{self.base}/v1/executions/collection",
                                                 json={"session_id": session_id, "reference_id": reference_id}, timeout=30)

                    def collection_status(self, reference_id):
                        return self.session.get(f"{self.base}/v1/status/collection/{reference_id}", timeout=30).json()["status"]
                """
            ]),
        // One payout per item of a batch: not a retry.
        RuleExample(
            "payouts/batch.go",
            """
            func (s *Service) PayAll(ctx context.Context, items []Payout) {
            	for _, p := range items {
            		s.client.post(ctx, "/v1/executions/payout", PayoutBody{SessionID: p.SessionID, ReferenceID: p.Ref})
            	}
            }
            """),
        RuleExample(
            "app/services/collector.rb",
            """
            class Collector
              def collect(session_id, reference_id)
                tries = 0
                begin
                  conn.post("/v1/executions/collection", { session_id: session_id, reference_id: reference_id }.to_json)
                rescue Faraday::TimeoutError
                  status = conn.get("/v1/status/collection/#{reference_id}").body
                  return status if %w[COMPLETED PROCESSING].include?(status["status"])
                  tries += 1
                  retry if tries < 3
                  raise
                end
              end
            end
            """),
        RuleExample(
            "src/main/java/com/acme/pay/Collector.java",
            """
            public class Collector {
                public Execution collect(CollectBody body) {
                    try {
                        return rest.postForObject(base + "/v1/executions/collection", body, Execution.class);
                    } catch (ResourceAccessException e) {
                        log.warn("collection timed out, will poll", e);
                        return rest.getForObject(base + "/v1/status/collection/" + body.referenceId(), Execution.class);
                    }
                }
            }
            """),
        // axios-retry and Faraday's retry middleware leave POST alone unless told otherwise.
        RuleExample(
            "src/dollr.js",
            """
            const http = axios.create({ baseURL: process.env.DOLLR_BASE_URL, timeout: 30000 });
            axiosRetry(http, { retries: 3, retryDelay: axiosRetry.exponentialDelay });

            async function collect(payment) {
              return http.post("/v1/executions/collection", { session_id: payment.sessionId, reference_id: payment.referenceId });
            }
            """),
        RuleExample(
            "app/services/dollr_client.rb",
            """
            class DollrClient
              def initialize
                @http = Faraday.new(url: ENV.fetch("DOLLR_BASE_URL")) do |f|
                  f.request :retry, max: 3, interval: 1, backoff_factor: 2
                end
              end

              def collect(payment)
                @http.post("/v1/executions/collection", { session_id: payment.session_id, reference_id: payment.reference_id })
              end
            end
            """),
        // A 401 refresh-and-replay and a 429 replay after Retry-After: Dollr processed nothing, so replaying is safe.
        RuleExample(
            "internal/dollr/client.go",
            """
            func (c *Client) ExecuteCollection(ctx context.Context, req CollectionExecution) (*ExecutionResponse, error) {
            	var out ExecutionResponse
            	if err := c.do(ctx, http.MethodPost, "/v1/executions/collection", req, &out); err != nil {
            		return nil, err
            	}
            	return &out, nil
            }

            func (c *Client) do(ctx context.Context, method, path string, payload any, out any) error {
            	raw, _ := json.Marshal(payload)
            	for attempt := 0; ; attempt++ {
            		req, _ := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(raw))
            		res, err := c.http.Do(req)
            		if err != nil {
            			return err
            		}
            		switch {
            		case res.StatusCode == http.StatusUnauthorized && attempt == 0:
            			c.invalidateToken()
            			continue
            		case res.StatusCode == http.StatusTooManyRequests && attempt < 3:
            			time.Sleep(retryAfter(res.Header.Get("Retry-After")))
            			continue
            		}
            		return json.NewDecoder(res.Body).Decode(out)
            	}
            }
            """),
        RuleExample(
            "Dollr/DollrClient.cs",
            """
            public class DollrClient
            {
                public Task<JsonElement> ExecuteCollectionAsync(object body, CancellationToken ct) =>
                    SendAsync(HttpMethod.Post, "v1/executions/collection", body, ct);

                private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
                {
                    for (var attempt = 0; ; attempt++)
                    {
                        using var req = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
                        using var res = await _http.SendAsync(req, ct);
                        if (res.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
                        {
                            _tokens.Invalidate();
                            continue;
                        }
                        if (res.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3)
                        {
                            await Task.Delay(res.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(2 << attempt), ct);
                            continue;
                        }
                        res.EnsureSuccessStatusCode();
                        return await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
                    }
                }
            }
            """),
        RuleExample(
            "src/dollr.js",
            """
            async function collect(body) {
              for (let attempt = 0; attempt < 3; attempt++) {
                const res = await fetch(`${BASE_URL}/v1/executions/collection`, { method: "POST", body: JSON.stringify(body) });
                if (res.status === 401) {
                  await refreshToken();
                  continue;
                }
                return res.json();
              }
            }
            """),
        RuleExample(
            "app/services/dollr_client.rb",
            """
            class DollrClient
              def collect(body)
                refreshed = false
                begin
                  conn.post("/v1/executions/collection", body) { |req| req.headers["Authorization"] = "Bearer #{token}" }.body
                rescue Faraday::UnauthorizedError
                  raise if refreshed
                  refreshed = true
                  Rails.cache.delete(TOKEN_KEY)
                  retry
                end
              end
            end
            """),
        // Spring Retry on the status read only; the execute runs once.
        RuleExample(
            "src/main/java/com/acme/pay/DollrPaymentClient.java",
            """
            public class DollrPaymentClient {
                private static final String EXECUTE_PATH = "/v1/executions/%s";
                private static final String STATUS_PATH = "/v1/status/%s/%s";

                public ExecutionResponse collect(String sessionId, String referenceId) {
                    Map<String, Object> body = Map.of("session_id", sessionId, "reference_id", referenceId);
                    return rest.exchange(String.format(EXECUTE_PATH, "collection"), HttpMethod.POST,
                            new HttpEntity<>(body, headers()), ExecutionResponse.class).getBody();
                }

                @Retryable(retryFor = {ResourceAccessException.class, HttpServerErrorException.class}, maxAttempts = 4)
                public StatusResponse collectionStatus(String referenceId) {
                    return rest.exchange(String.format(STATUS_PATH, "collection", referenceId), HttpMethod.GET,
                            new HttpEntity<>(headers()), StatusResponse.class).getBody();
                }
            }
            """),
    ]
}
