/// Examples of `missing-timeout`: calls and shared clients of libraries that wait forever by default, and the same
/// with a timeout set where the client is built (in this file or another) or on the call.
enum MissingTimeoutExamples {
    static let triggering: [RuleExample] = [
        RuleExample(
            "app/dollr/collect.py",
            """
            def collect(payload, headers):
                r = ↓requests.post(f"{settings.DOLLR_BASE_URL}/v1/executions/collection", json=payload, headers=headers)
                return r.json()
            """),
        RuleExample(
            "src/dollr/status.js",
            """
            export async function collectionStatus(ref) {
              const res = await ↓fetch(`${DOLLR_BASE}/v1/status/collection/${ref}`, { headers: await dollrHeaders() });
              return res.json();
            }
            """),
        RuleExample(
            "src/lib/dollrHttp.ts",
            """
            import axios from "axios";

            export const dollrHttp = ↓axios.create({ baseURL: process.env.DOLLR_BASE_URL });
            """,
            context: [
                "src/pay.ts": """
                import { dollrHttp } from "./lib/dollrHttp";
                export const pay = (body) => dollrHttp.post("/v1/executions/collection", body);
                """
            ]),
        RuleExample(
            "internal/dollr/client.go",
            """
            func (c *Client) Collect(b []byte) (*http.Response, error) {
                return ↓http.Post(c.baseURL+"/v1/executions/collection", "application/json", bytes.NewReader(b))
            }
            """),
        RuleExample(
            "internal/dollr/new.go",
            """
            package dollr

            func New(base string) *Client {
                return &Client{base: base, http: &↓http.Client{Transport: http.DefaultTransport}}
            }
            """),
        RuleExample(
            "src/main/java/shop/DollrClient.java",
            """
            public class DollrClient {
                private final HttpClient http = ↓HttpClient.newHttpClient();

                HttpResponse<String> collect(String json) throws Exception {
                    HttpRequest req = HttpRequest.newBuilder().uri(URI.create(baseUrl + "/v1/executions/collection"))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
                    return http.send(req, HttpResponse.BodyHandlers.ofString());
                }
            }
            """),
        RuleExample(
            "app/Services/DollrClient.php",
            """
            <?php
            use GuzzleHttp\\Client;

            class DollrClient {
                public function __construct() {
                    $this->http = new ↓Client(['base_uri' => config('services.dollr.base_url')]);
                }
            }
            """),
        RuleExample(
            "src/dollr.rs",
            """
            pub fn dollr_client() -> reqwest::Client {
                ↓reqwest::Client::new()
            }
            """),
        RuleExample(
            "app/src/main/kotlin/shop/DollrApi.kt",
            """
            class DollrApi(private val baseUrl: String) {
                private val http = ↓HttpClient.newHttpClient()
                fun collect(json: String) = http.send(
                    HttpRequest.newBuilder(URI.create("$baseUrl/v1/executions/collection")).POST(ofString(json)).build(), ofString())
            }
            """),
        RuleExample(
            "Dollr/DollrClient.cs",
            """
            _http = new HttpClient { BaseAddress = new Uri(dollrBase), ↓Timeout = Timeout.InfiniteTimeSpan };
            """),
        RuleExample(
            "app/services/dollr_collect.rb",
            """
            def collect(payload)
              ↓Typhoeus.post("#{DOLLR_BASE}/v1/executions/collection", body: payload.to_json, headers: headers)
            end
            """),
        RuleExample(
            "src/Dollr/Client.php",
            """
            <?php
            namespace CornerShop\\Dollr;

            use GuzzleHttp\\Client as Guzzle;

            final class Client {
                public function __construct(private string $baseUrl) {
                    $this->http = new ↓Guzzle(['base_uri' => rtrim($baseUrl, '/') . '/']);
                }

                public function collect(array $body): array {
                    return json_decode((string) $this->http->post('v1/executions/collection', ['json' => $body])->getBody(), true);
                }
            }
            """),
        // A file that never says "Dollr" but calls a Dollr endpoint by its full path through a client named otherwise.
        RuleExample(
            "app/fees/views.py",
            """
            def detect_wallet(phone):
                res = ↓requests.get(
                    current_app.config["PAY_BASE"] + "/v1/predictions/mmo-provider-info",
                    params={"phone": phone, "operation_type": "COLLECTION"},
                    headers=pay.token_headers(),
                )
                return res.json()
            """),
        // A RestTemplateBuilder made by hand (not Spring's configured bean) sets no timeout unless told.
        RuleExample(
            "src/main/kotlin/shop/gateway/PayGateway.kt",
            """
            class PayGateway(private val baseUrl: String) {
                private val rest = ↓RestTemplateBuilder().rootUri(baseUrl).build()

                fun token(body: Map<String, String>) = rest.postForObject("/v1/jwt/client/obtain/token", body, Map::class.java)
            }
            """),
    ]

    static let nonTriggering: [RuleExample] = [
        // The same shape to a path Dollr does not have, in a file that never names Dollr: another service.
        RuleExample(
            "app/fees/views.py",
            """
            def detect_school(code):
                res = requests.get(current_app.config["SIS_BASE"] + "/v1/schools/lookup", params={"code": code})
                return res.json()
            """),
        RuleExample(
            "src/main/kotlin/shop/gateway/PayGateway.kt",
            """
            class PayGateway(private val baseUrl: String) {
                private val rest = RestTemplateBuilder().rootUri(baseUrl)
                    .setConnectTimeout(Duration.ofSeconds(5)).setReadTimeout(Duration.ofSeconds(30)).build()

                fun token(body: Map<String, String>) = rest.postForObject("/v1/jwt/client/obtain/token", body, Map::class.java)
            }
            """),
        RuleExample(
            "app/dollr/collect.py",
            """
            def collect(payload, headers):
                r = requests.post(f"{settings.DOLLR_BASE_URL}/v1/executions/collection", json=payload, headers=headers, timeout=30)
                requests.post("https://hooks.slack.com/services/T000/B000/XXX", json={"text": "paid"})
                return r.json()
            """),
        RuleExample(
            "src/dollr/status.js",
            """
            export async function collectionStatus(ref) {
              const res = await fetch(`${DOLLR_BASE}/v1/status/collection/${ref}`, { headers, signal: AbortSignal.timeout(10_000) });
              return res.json();
            }
            """),
        RuleExample(
            "src/pay.ts",
            """
            import { dollrHttp } from "./lib/dollrHttp";
            export const pay = (body) => dollrHttp.post("/v1/executions/collection", body);
            """,
            context: [
                "src/lib/dollrHttp.ts": """
                import axios from "axios";
                export const dollrHttp = axios.create({ baseURL: process.env.DOLLR_BASE_URL, timeout: 15_000 });
                """
            ]),
        RuleExample(
            "src/lib/dollrHttp.ts",
            """
            import axios from "axios";
            export const dollrHttp = axios.create({ baseURL: process.env.DOLLR_BASE_URL, timeout: 15_000 });
            """),
        RuleExample(
            "internal/dollr/new.go",
            """
            package dollr

            func New(base string) *Client {
                return &Client{base: base, http: &http.Client{Timeout: 15 * time.Second}}
            }
            """),
        RuleExample(
            "src/main/java/shop/DollrClient.java",
            """
            public class DollrClient {
                private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

                HttpResponse<String> collect(String json) throws Exception {
                    HttpRequest req = HttpRequest.newBuilder().uri(URI.create(baseUrl + "/v1/executions/collection"))
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
                    return http.send(req, HttpResponse.BodyHandlers.ofString());
                }
            }
            """),
        RuleExample(
            "app/Services/DollrClient.php",
            """
            <?php
            $status = Http::withToken($token)->get("$base/v1/status/collection/$referenceId")->json('status');
            $http = new \\GuzzleHttp\\Client(['base_uri' => config('services.dollr.base_url'), 'timeout' => 20]);
            """),
        RuleExample(
            "src/dollr.rs",
            """
            pub fn dollr_client() -> reqwest::Result<reqwest::Client> {
                reqwest::Client::builder().timeout(Duration::from_secs(30)).build()
            }
            """),
        RuleExample(
            "Sources/Shop/DollrClient.swift",
            """
            let (data, _) = try await URLSession.shared.data(for: URLRequest(url: URL(string: "\\(dollrBase)/v1/executions/collection")!))
            """),
        RuleExample(
            "Dollr/DollrClient.cs",
            """
            _http = new HttpClient { BaseAddress = new Uri(dollrBase), Timeout = TimeSpan.FromSeconds(30) };
            """),
        RuleExample(
            "app/services/dollr_collect.rb",
            """
            def collect(payload)
              Net::HTTP.post(URI("#{DOLLR_BASE}/v1/executions/collection"), payload.to_json, headers)
            end
            """),
        RuleExample(
            "docs/quickstart.md",
            """
            ```javascript
            const res = await fetch(`${DOLLR_BASE}/v1/executions/collection`, { method: "POST", headers, body });
            ```
            """),
    ]
}
