import XCTest
@testable import DollrLintCore

final class RegistryTests: XCTestCase {
    /// The EmbedResources build plugin embeds every file of rules/, verbatim.
    func testBundledResourcesMatchRulesDirectory() throws {
        let root = TestSupport.packageRoot
        var onDisk: [String: String] = [:]
        for dir in ["rules", "rules/openapi", "rules/data"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path)
            where name.hasSuffix(".json") {
                onDisk["\(dir)/\(name)"] = try String(contentsOf: root.appendingPathComponent("\(dir)/\(name)"), encoding: .utf8)
            }
        }
        XCTAssertEqual(Set(onDisk.keys), Set(BundledResources.files.keys))
        for (k, v) in onDisk { XCTAssertEqual(BundledResources.files[k], v, k) }
    }

    func testCatalogueIsConsistent() throws {
        let rules = try RuleCatalog.builtIn()
        let ids = rules.map { $0.id }
        XCTAssertEqual(Set(ids).count, ids.count)
        for r in rules {
            let d = r.description
            XCTAssertFalse(d.title.isEmpty || d.rationale.isEmpty || d.fix.isEmpty, d.id.rawValue)
            XCTAssertTrue(d.helpURL.hasPrefix("https://docs.heydollr.app"), d.id.rawValue)
            XCTAssertFalse(RuleExplanation.text(d).isEmpty)
        }
        for (name, text) in BundledResources.files where name.split(separator: "/").count == 2 {
            XCTAssertNoThrow(try PatternRule(json: Array(text.utf8), file: name), name)
        }
    }

    func testBrokenUserRuleFileIsRejectedWithItsName() throws {
        let dir = TestSupport.temporaryDirectory()
        try "{\"id\": \"x\", \"category\": \"secrets\"}".write(
            to: dir.appendingPathComponent("wrong-name.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try RuleCatalog.dataRules(directory: dir.path)) { XCTAssertTrue("\($0)".contains("wrong-name.json"), "\($0)") }
        let good = TestSupport.temporaryDirectory()
        let rule = """
            {"id": "no-staging-host", "category": "integration", "severity": "warning", "title": "t", "rationale": "r", "fix": "f", "help": "https://docs.heydollr.app/x",
             "message": "staging host", "keywords": ["staging"], "patterns": [{"regex": "staging\\\\.heydollr\\\\.app", "scope": ["string"]}],
             "examples": {"triggering": [{"path": "a.js", "code": "const u = 'https://staging.heydollr.app';"}], "non_triggering": [{"path": "a.js", "code": "// staging.heydollr.app"}]}}
            """
        try rule.write(to: good.appendingPathComponent("no-staging-host.json"), atomically: true, encoding: .utf8)
        let loaded = try RuleCatalog.dataRules(directory: good.path)
        XCTAssertEqual(loaded.map { $0.id }, ["no-staging-host"])
        let engine = ScanEngine(rules: loaded, knowledge: TestSupport.knowledge)
        XCTAssertEqual(
            engine.scan(files: [InMemoryFile(path: "a.js", contents: "const u = 'https://staging.heydollr.app'; // staging.heydollr.app\n")]
            ).findings.count, 1)
    }

    /// Each problem in a rule file names its key path and what was expected there.
    func testRuleFileProblemsNameTheirKeyPath() {
        let base = """
            "id": "x", "category": "integration", "severity": "warning", "title": "t", "rationale": "r", "fix": "f",
            "help": "https://example.com", "message": "m", "keywords": []
            """
        let examples = #""examples": {"triggering": [], "non_triggering": []}"#
        let cases: [(String, String)] = [
            ("{\(base), \(examples)}", "x.json: patterns: required key is missing"),
            ("{\(base), \"patterns\": [{\"regex\": 3}], \(examples)}", "x.json: patterns[0].regex: expected a string"),
            (
                "{\(base), \"patterns\": [{\"regex\": \"a\", \"group\": \"1\"}], \(examples)}",
                "x.json: patterns[0].group: expected an integer"
            ),
            (
                "{\(base), \"patterns\": [{\"regex\": \"a\"}], \"examples\": {\"triggering\": [{\"path\": \"a.js\"}], "
                    + "\"non_triggering\": []}}",
                "x.json: examples.triggering[0].code: required key is missing"
            ),
            (
                "{\(base), \"patterns\": [{\"regex\": \"a\"}], \"files\": {\"include\": \"*.js\"}, \(examples)}",
                "x.json: files.include: expected an array of strings"
            ),
            ("[1]", "x.json: document: expected an object"),
            ("{\"id\": \"x\", \"id\": \"y\"}", "x.json: invalid JSON: duplicate key \"id\" at line 1, column 13"),
        ]
        for (json, expected) in cases {
            XCTAssertThrowsError(try PatternRule(json: Array(json.utf8), file: "x.json"), json) { XCTAssertEqual("\($0)", expected) }
        }
    }

    func testSpecCanBeSwapped() throws {
        // A spec with one extra endpoint: the payload rules follow it.
        var spec =
            try JSONSerialization.jsonObject(with: Data(BundledResources.files["rules/openapi/dollr-v1.json"]!.utf8)) as! [String: Any]
        var paths = spec["paths"] as! [String: Any]
        paths["/v1/refunds/preview"] = [
            "post": [
                "operationId": "preview",
                "requestBody": [
                    "content": [
                        "application/json": [
                            "schema": [
                                "type": "object", "properties": ["amount": ["type": "number", "minimum": 1, "x-unsupported-thing": true]],
                                "required": ["amount"], "additionalProperties": false, "not": ["type": "null"],
                            ]
                        ]
                    ]
                ],
            ]
        ]
        spec["paths"] = paths
        let data = try JSONSerialization.data(withJSONObject: spec)
        let k = try DollrKnowledge.load(specOverride: ("custom.json", Array(data)))
        XCTAssertNotNil(k.endpoint(method: "POST", path: "/v1/refunds/preview"))
        XCTAssertTrue(k.warnings.joined().contains("not"), "\(k.warnings)")
        let result = try PayloadValidation.run(
            payload: Array("{\"amount\": 0}".utf8), payloadName: "p", endpoint: "POST /v1/refunds/preview", query: [:], knowledge: k)
        XCTAssertEqual(result.problems.map { $0.rule }, ["schema-violation"])
    }
}

/// The contract fixes the rule ids, their categories and severities; the project may add rules, not rename these.
final class RuleContractTests: XCTestCase {
    func testEveryContractRuleIsInTheCatalogueWithItsCategoryAndSeverity() {
        let byID = Dictionary(TestSupport.allRules.map { ($0.id, $0.description) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(RuleID.contract.count, 23)
        for id in RuleID.contract {
            guard let rule = byID[id] else {
                XCTFail("\(id) is not in the catalogue")
                continue
            }
            let expected: Severity = rule.category == .integration ? .warning : .error
            XCTAssertEqual(rule.severity, expected, "\(id)")
        }
        let categories = Dictionary(grouping: RuleID.contract, by: { byID[$0]?.category })
        XCTAssertEqual(categories[.secrets]?.count, 7)
        XCTAssertEqual(categories[.idempotency]?.count, 4)
        XCTAssertEqual(categories[.integration]?.count, 7)
        XCTAssertEqual(categories[.payload]?.count, 5)
    }
}

/// Build output is nobody's code to fix: the integration rules leave a minified bundle alone, the secrets rules do not.
final class BuildOutputTests: XCTestCase {
    func testAMinifiedBundleGetsSecretFindingsButNoIntegrationFindings() {
        let call = "fetch(\"https://api.heydollr.app/v1/executions/collection\",{method:\"POST\",body:JSON.stringify(p)});"
        let bundle = "var DOLLR_CLIENT_SECRET=\"Pv3Jx7Rk1Wm5Qz9Lc2BnT8yH4d\";" + String(repeating: call, count: 400) + "\n"
        let findings = TestSupport.findings(["dist/app.min.js": bundle])
        XCTAssertFalse(findings.contains { $0.category == .integration }, findings.map(\.rule.rawValue).joined(separator: ", "))
        XCTAssertTrue(findings.contains { $0.rule == .hardcodedSecret || $0.rule == .clientBundleSecret })
        let source = String(repeating: call + "\n", count: 3)
        XCTAssertTrue(TestSupport.findings(["src/pay.js": source]).contains { $0.rule == .missingTimeout })
    }

    /// The payloads of a bundle repeat its sources': they are reported there, where the fix goes.
    func testAMinifiedBundleGetsNoPayloadFindings() {
        let call =
            "fetch(\"https://api.heydollr.app/v1/executions/collection\",{method:\"POST\","
            + "body:JSON.stringify({phone:\"+231886123456\"})});"
        let bundle = String(repeating: call, count: 400) + "\n"
        XCTAssertFalse(TestSupport.findings(["dist/app.min.js": bundle]).contains { $0.category == .payload })
        XCTAssertTrue(TestSupport.findings(["src/pay.js": call + "\n"]).contains { $0.category == .payload })
    }
}
