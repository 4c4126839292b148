import XCTest
@testable import DollrLintCore

final class PayloadValidatorTests: XCTestCase {
    static let payloads = TestSupport.packageRoot.appendingPathComponent("samples/payloads")

    func validate(_ json: String, _ endpoint: String, query: [String: String] = [:]) throws -> [ValidationProblem] {
        try PayloadValidation.run(
            payload: Array(json.utf8), payloadName: "test.json", endpoint: endpoint, query: query, knowledge: TestSupport.knowledge
        ).problems
    }

    func rules(_ p: [ValidationProblem]) -> [String] {
        p.map { "\($0.loc.map { $0.description }.joined(separator: ".")) \($0.rule)" }.sorted()
    }

    /// Every file of samples/payloads against its manifest entry: valid ones pass, invalid ones fail exactly where expected.
    func testPayloadSamplesMatchTheirManifest() throws {
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: PayloadValidatorTests.payloads.appendingPathComponent("manifest.json")))
            as! [[String: Any]]
        XCTAssertGreaterThan(manifest.count, 100)
        for entry in manifest {
            let file = entry["file"] as! String
            let bytes = try Array(Data(contentsOf: PayloadValidatorTests.payloads.appendingPathComponent(file)))
            let query = (entry["query"] as? [String: Any] ?? [:]).mapValues { "\($0)" }
            let result = try PayloadValidation.run(
                payload: bytes, payloadName: file, endpoint: entry["endpoint"] as! String, query: query, knowledge: TestSupport.knowledge)
            let expected = (entry["expected"] as! [[String: Any]]).map { e in
                "\((e["loc"] as! [Any]).map { "\($0)" }.joined(separator: ".")) \(e["rule"]!)"
            }.sorted()
            XCTAssertEqual(rules(result.problems), expected, "\(file): \(result.problems.map { $0.msg })")
            XCTAssertEqual(result.valid, entry["valid"] as! Bool, file)
        }
    }

    // Boundaries: each pair differs by one character or one field.
    let collection = #"{"session_id": "55", "payment_account_id": "18", "currency": "%@", "reference_id": "%@"}"#
    func body(currency: String = "USD", reference: String = "550e8400-e29b-41d4-a716-446655440000") -> String {
        collection.replacingOccurrences(of: "%@", with: currency, options: [], range: collection.range(of: "%@")).replacingOccurrences(
            of: "%@", with: reference)
    }

    func testCurrencyBoundary() throws {
        XCTAssertEqual(try validate(body(currency: "USD"), "POST /v1/executions/collection"), [])
        let p = try validate(body(currency: "USd"), "POST /v1/executions/collection")
        XCTAssertEqual(rules(p), ["body.currency invalid-currency"])
        XCTAssertEqual(p.first?.msg, "currency must be an ISO 4217 code in upper case: USD")
        XCTAssertEqual(rules(try validate(body(currency: "USX"), "POST /v1/executions/collection")), ["body.currency invalid-currency"])
    }

    func testReferenceIDBoundary() throws {
        XCTAssertEqual(try validate(body(reference: "550e8400-e29b-41d4-a716-446655440000"), "POST /v1/executions/collection"), [])
        XCTAssertEqual(
            rules(try validate(body(reference: "550e8400-e29b-11d4-a716-446655440000"), "POST /v1/executions/collection")),
            ["body.reference_id invalid-reference-id"])
        XCTAssertEqual(
            rules(try validate(body(reference: "550e8400-e29b-41d4-c716-446655440000"), "POST /v1/executions/collection")),
            ["body.reference_id invalid-reference-id"])
    }

    func testPhoneBoundary() throws {
        let account =
            #"{"account_name": "A", "provider": "PAWAPAY", "method": "MTN_MOMO_LBR", "party_id": 42, "country_code": "LR", "#
            + #""insensitive_account_number": "%@"}"#
        let ok = try validate(
            account.replacingOccurrences(of: "%@", with: "231771234567"), "POST /v1/payment-accounts/create",
            query: ["operation_type": "COLLECTION"])
        XCTAssertEqual(ok, [])
        let plus = try validate(
            account.replacingOccurrences(of: "%@", with: "+231771234567"), "POST /v1/payment-accounts/create",
            query: ["operation_type": "COLLECTION"])
        XCTAssertEqual(rules(plus), ["body.insensitive_account_number invalid-phone"])
        XCTAssertEqual(plus.first?.msg, "insensitive_account_number must be E.164 digits without '+': 231771234567")
        let short = try validate(
            account.replacingOccurrences(of: "%@", with: "2317712345678"), "POST /v1/payment-accounts/create",
            query: ["operation_type": "COLLECTION"])
        XCTAssertEqual(rules(short), ["body.insensitive_account_number invalid-phone"])
        let rwanda = try validate(
            account.replacingOccurrences(of: "%@", with: "250788123456"), "POST /v1/payment-accounts/create",
            query: ["operation_type": "COLLECTION"])
        XCTAssertEqual(rules(rwanda), ["body.insensitive_account_number invalid-method-provider"], "a Rwandan number on a Liberian method")
        // The message says what the value was, also when it has no digits at all.
        let unknown = try validate(
            account.replacingOccurrences(of: "%@", with: "unknown"), "POST /v1/payment-accounts/create",
            query: ["operation_type": "COLLECTION"])
        XCTAssertEqual(unknown.first?.msg, "insensitive_account_number must be E.164 digits (e.g. 231771234567), not 'unknown'")
        let spaced = try validate(
            account.replacingOccurrences(of: "%@", with: "231 77 123 4567"), "POST /v1/payment-accounts/create",
            query: ["operation_type": "COLLECTION"])
        XCTAssertEqual(
            spaced.first?.msg,
            "insensitive_account_number must be E.164 digits only, no spaces or punctuation: '231 77 123 4567' is 231771234567")
    }

    func testMethodProviderBoundary() throws {
        let account = #"{"account_name": "A", "provider": "%@", "method": "MTN_MOMO_LBR", "party_id": 42}"#
        XCTAssertEqual(
            try validate(
                account.replacingOccurrences(of: "%@", with: "PAWAPAY"), "POST /v1/payment-accounts/create",
                query: ["operation_type": "COLLECTION"]), [])
        let p = try validate(
            account.replacingOccurrences(of: "%@", with: "MTN_MOMO_LBR"), "POST /v1/payment-accounts/create",
            query: ["operation_type": "COLLECTION"])
        XCTAssertEqual(rules(p), ["body.provider invalid-method-provider"])
        XCTAssertTrue(p[0].msg.hasPrefix("provider for MTN_MOMO_LBR is PAWAPAY"))
    }

    func testSchemaBoundaries() throws {
        // session_id: string on executions, integer on realtime keys.
        XCTAssertEqual(
            rules(try validate(body().replacingOccurrences(of: #""55""#, with: "55"), "POST /v1/executions/collection")),
            ["body.session_id schema-violation"])
        XCTAssertEqual(
            rules(try validate(#"{"source_id": 101, "source_type": "INVOICE", "amount": 5}"#, "POST /v1/sessions/checkout")),
            ["body.amount schema-violation"])
        XCTAssertEqual(rules(try validate(#"{"source_id": 101}"#, "POST /v1/sessions/checkout")), ["body.source_type schema-violation"])
        XCTAssertEqual(
            rules(try validate(#"{"source_id": 101, "source_kind": "INVOICE"}"#, "POST /v1/sessions/checkout")),
            ["body.source_kind source-kind-mismatch"])
        XCTAssertEqual(
            rules(try validate(#"{"source_id": 101, "source_type": "SUBSCRIPTION"}"#, "POST /v1/sessions/checkout")),
            ["body.source_type schema-violation"])
        XCTAssertEqual(
            rules(try validate("{}", "POST /v1/payment-accounts/create", query: [:])).filter { $0.hasPrefix("query") },
            ["query.operation_type schema-violation"])
    }

    func testUnusableInputIsAConfigError() {
        XCTAssertThrowsError(try validate("{", "POST /v1/executions/collection")) { XCTAssertTrue("\($0)".contains("invalid JSON")) }
        XCTAssertThrowsError(try validate("{}", "POST /v1/execution/collection")) {
            XCTAssertTrue("\($0)".contains("closest: POST /v1/executions/collection"), "\($0)")
        }
        XCTAssertThrowsError(try validate("{}", "FETCH /v1/executions/collection"))
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try validate(deep, "POST /v1/executions/collection")) { XCTAssertTrue("\($0)".contains("nested deeper")) }
    }

    func testHugePayloadIsRefusedQuickly() {
        let big = [UInt8](repeating: 0x20, count: PayloadValidation.maxPayloadBytes + 1)
        XCTAssertThrowsError(
            try PayloadValidation.run(
                payload: big, payloadName: "big.json", endpoint: "POST /v1/executions/collection", query: [:],
                knowledge: TestSupport.knowledge)
        ) {
            XCTAssertTrue("\($0)".contains("MB"))
        }
    }

    /// Scanning Dollr's own docs reports the wrong method/provider pairs of their samples, and no payload finding
    /// that a reader of the conventions page would call correct.
    func testScanningTheDocsReportsTheirWrongPairsOnly() throws {
        let docs = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/dollr-docs")
        guard FileManager.default.fileExists(atPath: docs.path) else { throw XCTSkip("shared/reference is not beside the repository") }
        let report = try TestSupport.scanner().scan(ScanRequest(root: docs.path))
        let payloadRules: Set<String> = [
            "invalid-phone", "invalid-currency", "invalid-reference-id", "invalid-method-provider", "schema-violation",
            "source-kind-mismatch", "unknown-endpoint",
        ]
        let payload = report.findings.filter { payloadRules.contains($0.rule.rawValue) }
        XCTAssertEqual(
            payload.map { "\($0.path):\($0.line) \($0.rule)" }.sorted(),
            [
                "api/payment-accounts.md:43 invalid-method-provider",
                "guides/collect-with-nodejs.mdx:103 invalid-method-provider",
                "guides/collect-with-python.mdx:85 invalid-method-provider",
                // The conventions page: payout_account_id is an integer on sessions and executions; the guide sends String(account.id).
                "guides/payout-with-nodejs.mdx:103 schema-violation",
                "guides/payout-with-nodejs.mdx:69 invalid-method-provider",
                "quickstart.md:325 invalid-method-provider",
            ])
        XCTAssertTrue(
            report.findings.contains { $0.path == "guides/collect-with-nextjs.mdx" && $0.rule == "token-exposed-to-client" },
            "the guide's token route hands the token to the browser")
    }
}
