/// Examples of `retry-on-client-error`: retries that take in 4xx or a 429 without Retry-After, and the correct
/// patterns of Dollr's error-handling guide (5xx and network errors only, one token refresh on 401, Retry-After on 429).
enum RetryOnClientErrorExamples {
    static let triggering: [RuleExample] = [
        RuleExample(
            "app/dollr/collect.py",
            """
            def collect(payload, headers):
                for attempt in range(3):
                    r = requests.post(f"{DOLLR_BASE}/v1/executions/collection", json=payload, headers=headers, timeout=30)
                    if ↓r.status_code == 200:
                        return r.json()
                    time.sleep(2 ** attempt)
            """),
        RuleExample(
            "app/dollr/payouts.py",
            """
            @↓retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=1, max=30))
            def execute_payout(payload):
                r = requests.post(f"{DOLLR_BASE}/v1/executions/payout", json=payload, headers=auth_headers(), timeout=30)
                r.raise_for_status()
                return r.json()
            """),
        RuleExample(
            "src/dollr/payout.js",
            """
            export async function payout(body) {
              return pRetry(async () => {
                const res = await fetch(`${BASE}/v1/executions/payout`, { method: "POST", headers, body, signal: AbortSignal.timeout(10000) });
                if (↓!res.ok) throw new Error(`Dollr answered ${res.status}`);
                return res.json();
              }, { retries: 5 });
            }
            """),
        RuleExample(
            "src/dollr/collect.ts",
            """
            export async function collect(init: RequestInit) {
              for (let attempt = 0; attempt < 5; attempt++) {
                const res = await fetch(`${BASE}/v1/executions/collection`, init);
                if (↓res.status === 429) { await sleep(1000 * 2 ** attempt); continue; }
                return res.json();
              }
            }
            """),
        RuleExample(
            "internal/dollr/collect.go",
            """
            func (c *Client) Collect(body []byte) (*http.Response, error) {
                for attempt := 0; attempt < 3; attempt++ {
                    resp, err := c.http.Post(c.baseURL+"/v1/executions/collection", "application/json", bytes.NewReader(body))
                    if err != nil {
                        return nil, err
                    }
                    if ↓resp.StatusCode >= 400 {
                        time.Sleep(time.Duration(attempt+1) * time.Second)
                        continue
                    }
                    return resp, nil
                }
                return nil, errors.New("dollr: retries exhausted")
            }
            """),
        RuleExample(
            "src/main/java/shop/DollrPayments.java",
            """
            @↓Retryable(maxAttempts = 4, backoff = @Backoff(delay = 1000, multiplier = 2))
            public Map<String, Object> collect(Map<String, Object> body) {
                return restTemplate.postForObject(baseUrl + "/v1/executions/collection", new HttpEntity<>(body, headers()), Map.class);
            }
            """),
        RuleExample(
            "app/Providers/DollrServiceProvider.php",
            """
            <?php
            $stack->push(Middleware::retry(function ($retries, $request, $response = null) {
                return ↓$retries < 3 && $response && $response->getStatusCode() >= 400;
            }));
            $dollr = new Client(['base_uri' => 'https://api.heydollr.app', 'handler' => $stack, 'timeout' => 10]);
            """),
        RuleExample(
            "config/initializers/dollr.rb",
            """
            DOLLR = Faraday.new(url: "https://api.heydollr.app") do |f|
              f.request :retry, max: 3, retry_statuses: [↓422, 500, 503]
            end
            """),
        RuleExample(
            "Dollr/DollrRegistration.cs",
            """
            var retry = Policy.HandleResult<HttpResponseMessage>(r => ↓!r.IsSuccessStatusCode)
                .WaitAndRetryAsync(3, n => TimeSpan.FromSeconds(Math.Pow(2, n)));
            services.AddHttpClient<DollrClient>().AddPolicyHandler(retry);
            """),
        RuleExample(
            "src/dollr.rs",
            """
            pub async fn collection_status(&self, reference_id: &str) -> Result<Status> {
                for _ in 0..3 {
                    let res = self.http.get(format!("{BASE_URL}/v1/status/collection/{reference_id}")).send().await?;
                    if ↓res.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        continue;
                    }
                    return Ok(res.json().await?);
                }
                bail!("still rate limited")
            }
            """),
        RuleExample(
            "app/dollr/parties.py",
            """
            @↓retry(retry=retry_if_exception_type((DollrServerError, DollrRequestError)), stop=stop_after_attempt(4))
            def create_party(body, headers):
                r = requests.post(f"{BASE}/v1/parties/create", json=body, headers=headers, timeout=10)
                raise_for_dollr_status(r)
                return r.json()
            """),
        RuleExample(
            "Billing/VisitPayments.cs",
            """
            public async Task<JsonElement> OpenSessionAsync(long invoiceId, CancellationToken ct)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await _dollr.CreateCheckoutSessionAsync(invoiceId, ct);
                    }
                    catch (DollrApiException ex) when (↓ex.StatusCode == HttpStatusCode.UnprocessableEntity && attempt < 4)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
                    }
                }
            }
            """),
        RuleExample(
            "Dollr/DollrHttp.cs",
            """
            // Allman braces.
            private async Task<JsonElement> ExecuteAsync(object body, CancellationToken ct)
            {
                for (var attempt = 0; ; attempt++)
                {
                    using var res = await _http.PostAsJsonAsync($"{Base}/v1/executions/collection", body, ct);
                    if (↓res.StatusCode == HttpStatusCode.UnprocessableEntity && attempt < 3)
                    {
                        await Task.Delay(1000, ct);
                        continue;
                    }
                    res.EnsureSuccessStatusCode();
                    return await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
                }
            }
            """),
        RuleExample(
            "src/main/kotlin/shop/dollr/DollrClient.kt",
            """
            private suspend fun getWithRetry(url: String): StatusResponse? {
                repeat(4) {
                    val res = http.get(url) { bearerAuth(bearer()) }
                    when {
                        res.status == HttpStatusCode.NotFound -> return null
                        ↓res.status == HttpStatusCode.TooManyRequests -> delay(1_000L)
                        res.status.isSuccess() -> return res.body<StatusResponse>()
                        else -> throw ResponseException(res, res.bodyAsText())
                    }
                }
                throw IllegalStateException("Dollr kept rate limiting $url")
            }
            """),
        RuleExample(
            "src/dollr/status.rs",
            """
            pub async fn collection_status(&self, reference_id: &str) -> Result<Status> {
                for _ in 0..4 {
                    let res = self.http.get(format!("{BASE_URL}/v1/status/collection/{reference_id}")).send().await?;
                    match res.status() {
                        ↓StatusCode::TOO_MANY_REQUESTS => tokio::time::sleep(Duration::from_secs(1)).await,
                        s if s.is_success() => return Ok(res.json().await?),
                        _ => bail!("dollr answered {}", res.status()),
                    }
                }
                bail!("still rate limited")
            }
            """),
        RuleExample(
            "src/main/kotlin/shop/dollr/DollrApi.kt",
            """
            suspend fun execute(body: CollectionRequest): HttpResponse {
                for (attempt in 1..3) {
                    val res = http.post("$DOLLR_BASE/v1/executions/collection") { setBody(body) }
                    when (res.status.value) {
                        in 200..299 -> return res
                        ↓422, 409 -> delay(500L)
                        in 500..599 -> delay(1_000L * attempt)
                        else -> throw ClientRequestException(res, res.bodyAsText())
                    }
                }
                throw IllegalStateException("Dollr unavailable")
            }
            """),
        RuleExample(
            "src/dollr/collectSwitch.ts",
            """
            export async function collect(init: RequestInit) {
              for (let attempt = 0; attempt < 5; attempt++) {
                const res = await fetch(`${BASE}/v1/executions/collection`, init);
                switch (res.status) {
                  case 200:
                  case 201:
                    return res.json();
                  case ↓422:
                    await sleep(1000);
                    continue;
                  default:
                    throw new Error(`Dollr ${res.status}`);
                }
              }
            }
            """),
        RuleExample(
            "internal/dollr/collect_switch.go",
            """
            func (c *Client) Collect(body []byte) (*http.Response, error) {
            \tfor attempt := 0; attempt < 3; attempt++ {
            \t\tresp, err := c.http.Post(c.baseURL+"/v1/executions/collection", "application/json", bytes.NewReader(body))
            \t\tif err != nil {
            \t\t\treturn nil, err
            \t\t}
            \t\tswitch resp.StatusCode {
            \t\tcase http.StatusOK, http.StatusCreated:
            \t\t\treturn resp, nil
            \t\tcase ↓http.StatusTooManyRequests:
            \t\t\ttime.Sleep(time.Second)
            \t\tdefault:
            \t\t\treturn nil, fmt.Errorf("dollr: %d", resp.StatusCode)
            \t\t}
            \t}
            \treturn nil, errors.New("dollr: retries exhausted")
            }
            """),
        RuleExample(
            "app/clients/dollr_parties.rb",
            """
            class DollrParties
              def create(body)
                attempts = 0
                begin
                  @conn.post("/v1/parties/create", body).body
                rescue Faraday::↓UnprocessableEntityError
                  attempts += 1
                  sleep 1
                  retry if attempts < 3
                  raise
                end
              end
            end
            """),
        RuleExample(
            "app/dollr/parties.py",
            """
            def create_party(body):
                for attempt in range(3):
                    try:
                        return dollr_client.create_party(body)
                    except DollrHTTPError as e:
                        if ↓e.status_code == 422:
                            time.sleep(2 ** attempt)
                            continue
                        raise
            """),
        RuleExample(
            "app/clients/dollr_parties_case.rb",
            """
            class DollrParties
              def create(body)
                3.times do |attempt|
                  res = @conn.post("/v1/parties/create", body)
                  case res.status
                  when 200..299 then return res.body
                  when ↓422, 409
                    sleep 2**attempt
                  else
                    raise DollrError, res.status
                  end
                end
              end
            end
            """),
        // A handler that never says "Dollr" but sends a Dollr path through the project's client wrapper.
        RuleExample(
            "internal/httpapi/wallets.go",
            """
            func (h *WalletHandler) register(payload map[string]any) (*http.Response, error) {
                var resp *http.Response
                var err error
                for attempt := 0; attempt < 4; attempt++ {
                    resp, err = h.Pay.Do(http.MethodPost, "/v1/payment-accounts/create?operation_type=COLLECTION", payload)
                    if err == nil && resp.StatusCode < 400 {
                        break
                    }
                    if ↓err == nil && (resp.StatusCode == http.StatusUnprocessableEntity || resp.StatusCode >= 500) {
                        resp.Body.Close()
                        time.Sleep(time.Second << attempt)
                        continue
                    }
                    break
                }
                return resp, err
            }
            """),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            "internal/httpapi/wallets.go",
            """
            func (h *WalletHandler) register(payload map[string]any) (*http.Response, error) {
                var resp *http.Response
                var err error
                for attempt := 0; attempt < 4; attempt++ {
                    resp, err = h.Pay.Do(http.MethodPost, "/v1/payment-accounts/create?operation_type=COLLECTION", payload)
                    if err == nil && resp.StatusCode < 400 {
                        break
                    }
                    if err == nil && resp.StatusCode >= 500 {
                        resp.Body.Close()
                        time.Sleep(time.Second << attempt)
                        continue
                    }
                    break
                }
                return resp, err
            }
            """),
        RuleExample(
            "docs/error_handling.py",
            """
            BASE_URL = "https://api.heydollr.app"

            def execute_with_retry(session_id, payment_account_id, currency, headers, max_retries=3):
                reference_id = str(uuid.uuid4())  # generate ONCE, reuse on retry
                delay = 1
                for attempt in range(max_retries):
                    try:
                        response = requests.post(
                            f"{BASE_URL}/v1/executions/collection",
                            headers=headers,
                            json={"session_id": session_id, "payment_account_id": payment_account_id, "currency": currency, "reference_id": reference_id},
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
                    delay *= 2  # exponential backoff
                raise Exception(f"Execution failed after {max_retries} attempts")
            """),
        RuleExample(
            "docs/error-handling.js",
            """
            const BASE_URL = "https://api.heydollr.app";

            async function executeWithRetry(sessionId, paymentAccountId, currency, token, maxRetries = 3) {
              const referenceId = randomUUID();
              let delay = 1000;
              for (let attempt = 0; attempt < maxRetries; attempt++) {
                try {
                  const res = await fetch(`${BASE_URL}/v1/executions/collection`, { method: "POST", headers, body });
                  if (res.status < 500) return res.json();
                } catch (_) {}
                const status = await fetch(`${BASE_URL}/v1/status/collection/${referenceId}`, { headers }).then(r => r.json()).catch(() => null);
                if (status?.status === "COMPLETED" || status?.status === "PROCESSING") {
                  return status;
                }
                await new Promise(r => setTimeout(r, delay));
                delay *= 2;
              }
              throw new Error(`Execution failed after ${maxRetries} attempts`);
            }
            """),
        RuleExample(
            "app/dollr/client.py",
            """
            def post(self, path, payload):
                for attempt in range(2):
                    r = requests.post(f"{self.base}/v1/executions/collection", json=payload, headers=self.headers(), timeout=30)
                    if r.status_code == 401:
                        self.refresh_token()
                        continue
                    r.raise_for_status()
                    return r.json()
            """),
        RuleExample(
            "src/dollr/collect.ts",
            """
            export async function collect(init: RequestInit) {
              for (let attempt = 0; attempt < 5; attempt++) {
                const res = await fetch(`${BASE}/v1/executions/collection`, init);
                if (res.status === 429) {
                  await sleep(Number(res.headers.get("Retry-After") ?? 1) * 1000);
                  continue;
                }
                if (res.status >= 500) { await sleep(500 * 2 ** attempt); continue; }
                return res.json();
              }
            }
            """),
        RuleExample(
            "internal/dollr/collect.go",
            """
            func (c *Client) Collect(body []byte) (*http.Response, error) {
                for attempt := 0; attempt < 3; attempt++ {
                    resp, err := c.http.Post(c.baseURL+"/v1/executions/collection", "application/json", bytes.NewReader(body))
                    if err == nil && resp.StatusCode < 500 {
                        return resp, nil
                    }
                    time.Sleep(time.Duration(1<<attempt) * time.Second)
                }
                return nil, errors.New("dollr: retries exhausted")
            }
            """),
        RuleExample(
            "src/main/java/shop/DollrPayments.java",
            """
            @Retryable(retryFor = {HttpServerErrorException.class, ResourceAccessException.class}, maxAttempts = 4)
            public Map<String, Object> collect(Map<String, Object> body) {
                return restTemplate.postForObject(baseUrl + "/v1/executions/collection", new HttpEntity<>(body, headers()), Map.class);
            }
            """),
        RuleExample(
            "config/initializers/dollr.rb",
            """
            DOLLR = Faraday.new(url: "https://api.heydollr.app") do |f|
              f.request :retry, max: 3, retry_statuses: [429, 500, 502, 503]
            end
            """),
        RuleExample(
            "app/dollr/payouts.py",
            """
            @retry(retry=retry_if_exception_type((requests.Timeout, requests.ConnectionError)), stop=stop_after_attempt(5))
            def execute_payout(payload):
                r = requests.post(f"{DOLLR_BASE}/v1/executions/payout", json=payload, headers=auth_headers(), timeout=30)
                r.raise_for_status()
                return r.json()
            """),
        RuleExample(
            "Dollr/DollrRegistration.cs",
            """
            services.AddHttpClient<DollrClient>()
                .AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError().WaitAndRetryAsync(3, n => TimeSpan.FromSeconds(Math.Pow(2, n))));
            """),
        RuleExample(
            "src/status.rs",
            """
            // A status read retried on 5xx and on 429 after Retry-After.
            pub async fn collection_status(&self, reference_id: &str) -> Result<Status> {
                for attempt in 0..3 {
                    let res = self.http.get(format!("{BASE_URL}/v1/status/collection/{reference_id}")).send().await?;
                    if res.status() == reqwest::StatusCode::TOO_MANY_REQUESTS {
                        let wait = res.headers().get("retry-after").and_then(|v| v.to_str().ok()?.parse().ok()).unwrap_or(2);
                        tokio::time::sleep(Duration::from_secs(wait)).await;
                        continue;
                    }
                    return Ok(res.error_for_status()?.json().await?);
                }
                bail!("still rate limited")
            }
            """),
        RuleExample(
            "Billing/VisitPayments.cs",
            """
            public async Task<JsonElement> OpenSessionAsync(long invoiceId, CancellationToken ct)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await _dollr.CreateCheckoutSessionAsync(invoiceId, ct);
                    }
                    catch (DollrApiException ex) when ((int)ex.StatusCode >= 500 && attempt < 4)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(1 << attempt), ct);
                    }
                }
            }
            """),
        RuleExample(
            "Dollr/DollrHttp.cs",
            """
            // One token refresh on 401 (Allman braces), 4xx thrown.
            private async Task<JsonElement> SendAsync(HttpMethod method, string path, CancellationToken ct)
            {
                for (var attempt = 0; ; attempt++)
                {
                    using var req = new HttpRequestMessage(method, path);
                    using var res = await _http.SendAsync(req, ct);
                    if (res.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
                    {
                        _tokens.Invalidate();
                        continue;
                    }
                    if (!res.IsSuccessStatusCode)
                    {
                        throw new DollrApiException(res.StatusCode, await res.Content.ReadAsStringAsync(ct));
                    }
                    return await res.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
                }
            }
            """),
        RuleExample(
            "src/main/kotlin/shop/dollr/DollrClient.kt",
            """
            private suspend fun getWithRetry(url: String): StatusResponse? {
                repeat(4) { n ->
                    val res = http.get(url) { bearerAuth(bearer()) }
                    when {
                        res.status.value >= 500 -> delay(1_000L shl n)
                        res.status.isSuccess() -> return res.body<StatusResponse>()
                        else -> throw ResponseException(res, res.bodyAsText())
                    }
                }
                return null
            }
            """),
        RuleExample(
            "src/Dollr/Client.php",
            """
            <?php
            // One refresh on 401, one wait on 429 for as long as Dollr asks; the request returns from inside the try.
            function dollrRequest(string $method, string $path, array $options = []): array
            {
                $refreshed = false;
                while (true) {
                    try {
                        return decode($this->http->request($method, "https://api.heydollr.app" . $path, $options));
                    } catch (ClientException $e) {
                        $code = $e->getResponse()->getStatusCode();
                        if ($code === 401 && !$refreshed) {
                            $refreshed = true;
                            $this->refreshToken();
                            continue;
                        }
                        throw $e;
                    }
                }
            }
            """),
        RuleExample(
            "src/dollr/status.rs",
            """
            pub async fn collection_status(&self, reference_id: &str) -> Result<Status> {
                for attempt in 0..4 {
                    let res = self.http.get(format!("{BASE_URL}/v1/status/collection/{reference_id}")).send().await?;
                    match res.status() {
                        s if s.is_server_error() => tokio::time::sleep(Duration::from_secs(1 << attempt)).await,
                        s if s.is_success() => return Ok(res.json().await?),
                        _ => bail!("dollr answered {}", res.status()),
                    }
                }
                bail!("dollr unavailable")
            }
            """),
        RuleExample(
            "src/main/kotlin/shop/dollr/DollrApi.kt",
            """
            suspend fun execute(body: CollectionRequest): HttpResponse {
                for (attempt in 1..3) {
                    val res = http.post("$DOLLR_BASE/v1/executions/collection") { setBody(body) }
                    when (res.status.value) {
                        in 200..299 -> return res
                        in 500..599 -> delay(1_000L * attempt)
                        else -> throw ClientRequestException(res, res.bodyAsText())
                    }
                }
                throw IllegalStateException("Dollr unavailable")
            }
            """),
        RuleExample(
            "src/dollr/collectSwitch.ts",
            """
            // A `break` leaves the switch, and only 5xx gets there.
            export async function collect(init: RequestInit) {
              for (let attempt = 0; attempt < 5; attempt++) {
                const res = await fetch(`${BASE}/v1/executions/collection`, init);
                switch (res.status) {
                  case 200:
                  case 201:
                    return res.json();
                  case 500:
                  case 503:
                    await sleep(500 * 2 ** attempt);
                    break;
                  default:
                    throw new Error(`Dollr ${res.status}`);
                }
              }
            }
            """),
        RuleExample(
            "app/clients/dollr_parties.rb",
            """
            class DollrParties
              def create(body)
                attempts = 0
                begin
                  @conn.post("/v1/parties/create", body).body
                rescue Faraday::ServerError, Faraday::TimeoutError
                  attempts += 1
                  sleep 2**attempts
                  retry if attempts < 3
                  raise
                end
              end
            end
            """),
        RuleExample(
            "app/dollr/parties.py",
            """
            def create_party(body):
                for attempt in range(3):
                    try:
                        return dollr_client.create_party(body)
                    except DollrHTTPError as e:
                        if e.status_code >= 500:
                            time.sleep(2 ** attempt)
                            continue
                        raise
            """),
        RuleExample(
            "app/clients/dollr_parties_case.rb",
            """
            class DollrParties
              def create(body)
                3.times do |attempt|
                  res = @conn.post("/v1/parties/create", body)
                  case res.status
                  when 200..299 then return res.body
                  when 500..599
                    sleep 2**attempt
                  else
                    raise DollrError, res.status
                  end
                end
              end
            end
            """),
    ]
}
