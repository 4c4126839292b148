/// Examples of `token-per-request`: the token endpoint requested each time headers are built or a call is made
/// (Dollr's own Django, Next.js and Laravel guides do it), and the cached, 401-driven and one-off look-alikes.
enum TokenPerRequestExamples {
    static let triggering: [RuleExample] = [
        RuleExample(
            "myapp/services/dollr.py",
            """
            class DollrClient:
                def __init__(self):
                    self.base = settings.DOLLR_BASE_URL

                def token(self) -> str:
                    r = ↓requests.post(f"{self.base}/v1/jwt/client/obtain/token", json={
                        "client_id": settings.DOLLR_CLIENT_ID,
                        "client_secret": settings.DOLLR_CLIENT_SECRET,
                    }, timeout=30)
                    r.raise_for_status()
                    return r.json()["access_token"]

                def headers(self):
                    return {"Authorization": f"Bearer {self.token()}", "Content-Type": "application/json"}
            """),
        RuleExample(
            "app/actions/checkout.ts",
            """
            async function dollrHeaders() {
              const { access_token } = await ↓fetch(`${BASE}/v1/jwt/client/obtain/token`, {
                method: "POST",
                body: JSON.stringify({ client_id: process.env.DOLLR_CLIENT_ID, client_secret: process.env.DOLLR_CLIENT_SECRET }),
              }).then((r) => r.json());
              return { Authorization: `Bearer ${access_token}`, "Content-Type": "application/json" };
            }
            """),
        RuleExample(
            "app/Services/DollrClient.php",
            """
            <?php
            class DollrClient
            {
                public function token(): string
                {
                    $base = config('services.dollr.base_url');
                    $res = ↓Http::post("$base/v1/jwt/client/obtain/token", [
                        'client_id' => config('services.dollr.client_id'),
                        'client_secret' => config('services.dollr.client_secret'),
                    ])->throw();
                    return $res->json('access_token');
                }

                public function authed()
                {
                    return Http::withToken($this->token())->baseUrl(config('services.dollr.base_url'))->acceptJson();
                }
            }
            """),
        RuleExample(
            "internal/dollr/client.go",
            """
            func (c *Client) obtainToken() (string, error) {
                resp, err := ↓c.http.Post(c.base+"/v1/jwt/client/obtain/token", "application/json", bytes.NewReader(c.creds))
                if err != nil {
                    return "", err
                }
                return decodeToken(resp)
            }

            func (c *Client) do(req *http.Request) (*http.Response, error) {
                tok, err := c.obtainToken()
                if err != nil {
                    return nil, err
                }
                req.Header.Set("Authorization", "Bearer "+tok)
                return c.http.Do(req)
            }
            """),
        RuleExample(
            "src/main/java/shop/DollrClient.java",
            """
            class DollrClient {
                private String token() throws Exception {
                    var req = HttpRequest.newBuilder(↓URI.create(base + "/v1/jwt/client/obtain/token")).POST(ofString(creds)).build();
                    return mapper.readTree(http.send(req, ofString()).body()).get("access_token").asText();
                }

                HttpRequest.Builder authed(String path) throws Exception {
                    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token());
                }
            }
            """),
        RuleExample(
            "app/services/dollr_client.rb",
            """
            class DollrClient
              def headers
                { "Authorization" => "Bearer #{fetch_token}", "Content-Type" => "application/json" }
              end

              def fetch_token
                res = Net::HTTP.post(↓URI("#{BASE}/v1/jwt/client/obtain/token"), CREDS.to_json, "Content-Type" => "application/json")
                JSON.parse(res.body)["access_token"]
              end
            end
            """),
        RuleExample(
            "app/lib/dollr/reports.rb",
            """
            class Reports
              def headers
                token_uri = URI.join(@base_url, "/v1/jwt/client/obtain/token")
                token = JSON.parse(↓Net::HTTP.post(token_uri, CREDENTIALS.to_json, "Content-Type" => "application/json").body)
                { "Authorization" => "Bearer #{token["access_token"]}" }
              end
            end
            """),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            "myapp/services/dollr.py",
            """
            class DollrClient:
                def token(self) -> str:
                    # refresh when fewer than 5 minutes remain
                    if self._token and time.time() < self._expires_at - 300:
                        return self._token
                    r = requests.post(f"{self.base}/v1/jwt/client/obtain/token", json=self.creds, timeout=30)
                    data = r.json()
                    self._token, self._expires_at = data["access_token"], time.time() + data["expires_in"] * 60
                    return self._token

                def headers(self):
                    return {"Authorization": f"Bearer {self.token()}"}
            """),
        RuleExample(
            "src/dollr.js",
            """
            let token = null;
            async function obtainToken() {
              const r = await fetch(`${BASE}/v1/jwt/client/obtain/token`, { method: "POST", body: creds, signal: AbortSignal.timeout(10000) });
              return (await r.json()).access_token;
            }
            export async function dollr(path, init) {
              let res = await fetch(BASE + path, { ...init, headers: { Authorization: `Bearer ${token}` } });
              if (res.status === 401) {
                token = await obtainToken();
                res = await fetch(BASE + path, { ...init, headers: { Authorization: `Bearer ${token}` } });
              }
              return res.json();
            }
            """),
        RuleExample(
            "scripts/check_status.py",
            """
            res = requests.post(f"{BASE_URL}/v1/jwt/client/obtain/token", json=creds, timeout=30)
            headers = {"Authorization": f"Bearer {res.json()['access_token']}"}
            print(requests.get(f"{BASE_URL}/v1/status/collection/{sys.argv[1]}", headers=headers, timeout=30).json())
            """),
        RuleExample(
            "cmd/status/main.go",
            """
            func main() {
                tok := obtainToken()
                req, _ := http.NewRequest(http.MethodGet, baseURL+"/v1/status/collection/"+os.Args[1], nil)
                req.Header.Set("Authorization", "Bearer "+tok)
            }

            func obtainToken() string {
                resp, _ := client.Post(baseURL+"/v1/jwt/client/obtain/token", "application/json", bytes.NewReader(creds))
                return decodeToken(resp)
            }
            """),
        RuleExample(
            "app/Services/DollrClient.php",
            """
            <?php
            class DollrClient
            {
                public function token(): string
                {
                    return Cache::remember('dollr_token', now()->addMinutes(55), function () {
                        return Http::timeout(15)->post(config('services.dollr.base_url') . '/v1/jwt/client/obtain/token', $this->creds())
                            ->json('access_token');
                    });
                }

                public function authed() { return Http::withToken($this->token())->timeout(15); }
            }
            """),
        RuleExample(
            "app/services/dollr_client.rb",
            """
            class DollrClient
              def headers
                { "Authorization" => "Bearer #{token}" }
              end

              def token
                @token = nil if @expires_at && Time.now > @expires_at - 300
                @token ||= begin
                  res = Net::HTTP.post(URI("#{BASE}/v1/jwt/client/obtain/token"), CREDS.to_json, "Content-Type" => "application/json")
                  body = JSON.parse(res.body)
                  @expires_at = Time.now + body["expires_in"] * 60
                  body["access_token"]
                end
              end
            end
            """),
    ]
}
