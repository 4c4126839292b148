import XCTest
@testable import DollrLintCore

/// Dollr paths however the URL is built: formatting calls, joiners, base URLs in fields, relative paths.
final class BuiltURLValueTests: XCTestCase {
    func paths(_ path: String, _ code: String) -> [String] {
        let model = CodeModel(LexedFile(SourceFile(path: path, bytes: Array(code.utf8))))
        return DollrCallIndex(model: model).calls.map { $0.path.replacingOccurrences(of: "\u{FFFC}", with: "*") }
    }

    func testFormattingCalls() {
        XCTAssertEqual(
            paths(
                "dollr.py",
                """
                requests.get("{}/v1/status/collection/{}".format(BASE, ref), timeout=5)
                requests.get("%s/v1/status/payout/%s" % (BASE, ref), timeout=5)
                """), ["/v1/status/collection/*", "/v1/status/payout/*"])
        XCTAssertEqual(
            paths(
                "dollr.go",
                """
                url := fmt.Sprintf("%s/v1/status/collection/%s", c.base, ref)
                resp, err := c.http.Get(url)
                """), ["/v1/status/collection/*"])
        XCTAssertEqual(
            paths(
                "Dollr.java",
                """
                rest.getForObject(String.format("%s/v1/status/collection/%s", baseUrl, ref), String.class);
                """), ["/v1/status/collection/*"])
        XCTAssertEqual(
            paths(
                "dollr.rs",
                """
                c.http.get(format!("{BASE_URL}/v1/status/refund/{}", r)).send().await?;
                """), ["/v1/status/refund/*"])
        XCTAssertEqual(
            paths(
                "Dollr.php",
                """
                <?php $this->http->get(sprintf('%s/v1/status/collection/%s', $this->baseUrl, $ref));
                """), ["/v1/status/collection/*"])
        XCTAssertEqual(
            paths(
                "Dollr.swift",
                """
                let url = URL(string: String(format: "%@/v1/status/payout/%@", base, ref))!
                """), ["/v1/status/payout/*"])
    }

    func testUnknownIntegerPlaceholdersStayIds() {
        // `%d` cannot be the literal `publish` segment of `/v1/invoices/publish/{id}`.
        XCTAssertEqual(
            paths(
                "Dollr.php",
                """
                <?php $this->dollr->put(sprintf('/v1/invoices/%d/publish', $invoice['id']));
                """), ["/v1/invoices/%d/publish"])
    }

    func testJoiners() {
        XCTAssertEqual(
            paths(
                "dollr.js",
                """
                class Dollr {
                  constructor() { this.baseUrl = "https://api.heydollr.app/"; }
                  a(ref) { return fetch(new URL(`/v1/status/collection/${ref}`, this.baseUrl)); }
                  b(ref) { return fetch(path.join(this.baseUrl, "v1", "status", "payout", ref)); }
                }
                """), ["/v1/status/collection/*", "/v1/status/payout/*"])
        XCTAssertEqual(
            paths(
                "Dollr.cs",
                """
                class DollrClient { Task A(string r) => http.GetAsync(Path.Combine(baseUrl, "v1/status/collection", r)); }
                """), ["/v1/status/collection/*"])
        XCTAssertEqual(
            paths(
                "Dollr.java",
                """
                class DollrClient { String b(String ref) { return rest.getForObject(baseUri.resolve("v1/status/collection/" + ref), String.class); } }
                """), ["/v1/status/collection/*"])
        XCTAssertEqual(
            paths(
                "dollr.py",
                """
                class Dollr:
                    def __init__(self):
                        self.base_url = "https://api.heydollr.app/"
                    def collect(self, body):
                        return requests.post(self.base_url + "v1/executions/collection", json=body, timeout=5)
                    def status(self, ref):
                        return requests.get(urljoin(self.base_url, f"/v1/status/collection/{ref}?expand=1"), timeout=5)
                """), ["/v1/executions/collection", "/v1/status/collection/*"])
    }

    func testRelativePathsAndRouteAnnotations() {
        XCTAssertEqual(
            paths(
                "DollrApi.kt",
                """
                interface DollrApi {
                    @POST("v1/executions/collection")
                    suspend fun collect(@Body body: CollectionRequest): Execution
                }
                """), ["/v1/executions/collection"])
        // The shop's own API, in a file that does not name Dollr in code.
        XCTAssertEqual(
            paths(
                "ShopApi.kt",
                """
                interface ShopApi {
                    @POST("v1/orders/{id}/pay")
                    suspend fun pay(@Path("id") orderId: Long): PayResponse
                }
                """), [])
        // A server's own routes are not calls to Dollr.
        XCTAssertEqual(
            paths(
                "payments.controller.ts",
                """
                @Controller("v1/orders")
                export class PaymentsController {
                  constructor(private readonly dollr: DollrService) {}
                  @Post("/v1/executions/collection")
                  collect() {}
                }
                """), [])
    }

    func testQuerySetOnTheURLVariableIsNotMissing() {
        let code = """
            class DollrReports
              def fee_preview(invoice_id)
                uri = URI.join(@base_url, "/v1/predictions/payment-source/amount-and-fees")
                uri.query = URI.encode_www_form(source_type: "INVOICE", source_id: invoice_id, target_currency: "USD")
                Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(Net::HTTP::Get.new(uri, headers)) }
              end
            end
            """
        XCTAssertEqual(TestSupport.findings(["app/lib/dollr/reports.rb": code], rules: ["schema-violation"]).map(\.line), [])
        let withoutQuery = code.replacingOccurrences(
            of: "    uri.query = URI.encode_www_form(source_type: \"INVOICE\", source_id: invoice_id, target_currency: \"USD\")\n", with: ""
        )
        XCTAssertEqual(TestSupport.findings(["app/lib/dollr/reports.rb": withoutQuery], rules: ["schema-violation"]).map(\.line), [4])
    }
}
