import Foundation
import XCTest
@testable import DollrLintCore

/// SARIF that GitHub code scanning uses in full, validated against the SARIF 2.1.0 schema.
final class SARIFSchemaTests: XCTestCase {
    /// `../shared/schemas/` beside the repository root; from a git worktree, beside the main checkout.
    static func schemaFile() -> URL? {
        var roots = [TestSupport.packageRoot]
        let gitFile = TestSupport.packageRoot.appendingPathComponent(".git")
        // In a worktree `.git` is a file: "gitdir: <main>/.git/worktrees/<name>".
        if let text = try? String(contentsOf: gitFile, encoding: .utf8), let line = text.split(separator: "\n").first,
            line.hasPrefix("gitdir: ")
        {
            let gitDir = URL(fileURLWithPath: String(line.dropFirst(8)))
            roots.append(gitDir.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        }
        return roots.map { $0.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    func validator() throws -> JSONSchemaValidator {
        guard let url = Self.schemaFile() else {
            let message = "sarif-schema-2.1.0.json not found in ../shared/schemas beside the repository"
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail(message) }
            throw XCTSkip(message)
        }
        return JSONSchemaValidator(schema: try JSONParser.parse(Array(try Data(contentsOf: url))))
    }

    /// A project whose file name needs every kind of percent-encoding.
    static let awkwardName = "src/pay, v2:100% é.js"
    static let project = [
        awkwardName: "const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2BnT8yH4d\";\nconsole.log('dollr token', accessToken);\n",
        "src/plain.js": "const DOLLR_CLIENT_SECRET = \"Hq7Zt2Vx9Lm4Rc8Kp3Wd6Ys1N\";\n",
        "app/checkout.ts": "await fetch(`${BASE}/v1/checkouts/create`, { method: \"POST\", body: JSON.stringify({ mode: \"HOSTED\", "
            + "source_kind: \"ORDER\", party_phone: \"+231771234567\", currency: \"usd\", items: [] }) });\n",
    ]

    func sarif(of dir: URL) throws -> (text: String, value: JSONValue) {
        let run = try TestSupport.run([dir.path, "--format", "sarif", "--fail-on", "never"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return (run.stdout, try JSONParser.parse(run.stdout))
    }

    func testTheValidatorRejectsWhatTheSchemaForbids() throws {
        let v = try validator()
        XCTAssertEqual(v.validate(try JSONParser.parse(#"{"version": "2.1.0", "runs": []}"#)), [])
        let broken = [
            #"{"runs": []}"#,
            #"{"version": "2.0", "runs": []}"#,
            #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "#
                + #""results": [{"message": {"text": "m"}, "level": "fatal"}]}]}"#,
            #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "informationUri": "not a uri"}}}]}"#,
            #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "#
                + #""locations": [{"physicalLocation": {"artifactLocation": {"uri": "a b.js"}}}]}]}]}"#,
            #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "a"}, {"id": "a"}]}}}]}"#,
            #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "unknown": 1}]}"#,
        ]
        for text in broken { XCTAssertFalse(v.validate(try JSONParser.parse(text)).isEmpty, "accepted: \(text)") }
    }

    func testReportValidatesAndCarriesWhatGitHubReads() throws {
        let v = try validator()
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(Self.project, to: dir)
        let (text, sarif) = try self.sarif(of: dir)
        XCTAssertEqual(v.validate(sarif), [], text)
        let run = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let first = (run["runs"] as! [[String: Any]])[0]
        let driver = (first["tool"] as! [String: Any])["driver"] as! [String: Any]
        XCTAssertEqual(driver["semanticVersion"] as? String, DollrLint.version)
        let rules = driver["rules"] as! [[String: Any]]
        XCTAssertEqual(Set(rules.map { $0["id"] as! String }), Set(RuleCatalog.descriptions(TestSupport.allRules).map { $0.id.rawValue }))
        for rule in rules {
            let id = rule["id"] as! String
            let help = rule["help"] as! [String: String]
            XCTAssertTrue(help["text"]!.contains("How to fix"), id)
            XCTAssertTrue(help["markdown"]!.contains("**How to fix:**"), id)
            let properties = rule["properties"] as! [String: Any]
            let tags = properties["tags"] as! [String]
            let category = properties["category"] as! String
            XCTAssertTrue(tags.contains(category), id)
            XCTAssertEqual(tags.contains("security"), ["secrets", "idempotency"].contains(category), id)
            XCTAssertTrue(["very-high", "high", "medium", "low"].contains(properties["precision"] as! String), id)
            let severity = Double(properties["security-severity"] as! String)!
            switch category {
            case "secrets", "idempotency": XCTAssertTrue((8.0...9.0).contains(severity), "\(id): \(severity)")
            case "integration": XCTAssertTrue((4.0..<7.0).contains(severity), "\(id): \(severity)")
            case "payload": XCTAssertTrue((4.0..<9.0).contains(severity), "\(id): \(severity)")
            default: XCTAssertTrue(severity < 4.0, "\(id): \(severity)")
            }
        }
        let results = first["results"] as! [[String: Any]]
        // The checkout's fetch sends to a Dollr endpoint by its full path without a signal: missing-timeout too.
        let expected: Set = ["hardcoded-secret", "token-logging", "invalid-phone", "invalid-currency", "missing-timeout"]
        XCTAssertEqual(Set(results.map { $0["ruleId"] as! String }), expected)
        var uris = Set<String>()
        for result in results {
            let location = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
            uris.insert((location["artifactLocation"] as! [String: Any])["uri"] as! String)
            let region = location["region"] as! [String: Any]
            let (line, column) = (region["startLine"] as! Int, region["startColumn"] as! Int)
            let (endLine, endColumn) = (region["endLine"] as! Int, region["endColumn"] as! Int)
            XCTAssertTrue(endLine > line || endColumn > column, "empty region for \(result["ruleId"]!)")
            let lineHash = (result["partialFingerprints"] as! [String: String])["primaryLocationLineHash"]!
            XCTAssertNotNil(lineHash.range(of: #"^[0-9a-f]{1,16}:[1-9][0-9]*$"#, options: .regularExpression), lineHash)
        }
        XCTAssertEqual(uris, ["src/pay%2C%20v2%3A100%25%20%C3%A9.js", "src/plain.js", "app/checkout.ts"])
        let base = ((first["originalUriBaseIds"] as! [String: Any])["%SRCROOT%"] as! [String: String])["uri"]!
        XCTAssertEqual(base, "file://" + SARIFReporter.percentEncodedPath(dir.standardizedFileURL.path) + "/")
        XCTAssertFalse(text.contains("Pv3Jx7Rk1Wm5Qz9Lc2BnT8yH4d") || text.contains("Hq7Zt2Vx9Lm4Rc8Kp3Wd6Ys1N"), "a secret in clear")
        // Nor the example secrets of the rules' help (hardcoded-secret's example client secret).
        XCTAssertFalse(text.contains("q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F"), "an example secret in the rule help")
    }

    func testSkippedFilesAreToolNotifications() throws {
        let v = try validator()
        var report = ReporterTests.report([ReporterTests.finding()])
        report.warnings = ["src/out: symlink points outside the scan root or nowhere; skipped"]
        let text = SARIFReporter().render(report, options: ReporterTests.options)
        let sarif = try JSONParser.parse(text)
        XCTAssertEqual(v.validate(sarif), [], text)
        guard case .array(let runs)? = sarif["runs"], case .array(let invocations)? = runs.first?["invocations"],
            case .array(let notes)? = invocations.first?["toolExecutionNotifications"]
        else { return XCTFail(text) }
        XCTAssertEqual(notes.first?["message"]?["text"]?.stringValue, report.warnings[0])
        XCTAssertEqual(invocations.first?["executionSuccessful"], .bool(true))
    }

    /// Every rule's triggering examples give findings with a region GitHub can draw (end after start).
    func testEveryRuleGivesNonEmptyRegions() {
        for rule in TestSupport.allRules {
            for example in rule.description.triggeringExamples {
                var files = example.context
                files[example.path] = example.code.replacingOccurrences(of: String(RuleExample.marker), with: "")
                let findings = TestSupport.findings(files, rules: [rule.id.rawValue]).filter { $0.rule == rule.id }
                XCTAssertFalse(findings.isEmpty, "\(rule.id) \(example.origin)")
                for f in findings {
                    let place = "\(rule.id) \(example.origin): empty region at \(f.line):\(f.column)"
                    XCTAssertTrue(f.endLine > f.line || f.endColumn > f.column, place)
                }
            }
        }
    }

    func testLineHashFollowsTheTextNotTheLineNumber() {
        func finding(_ line: Int, _ snippet: String, rule: String = "hardcoded-secret") -> Finding {
            Finding(
                rule: RuleID(rule), category: .secrets, severity: .error, path: "a.js", line: line, column: 1, endLine: line, endColumn: 5,
                message: "m", snippet: snippet, fingerprint: "f", help: "")
        }
        let moved = SARIFReporter.primaryLocationLineHashes([finding(3, "x = \"abc****\""), finding(9, "y = 1")])
        let original = SARIFReporter.primaryLocationLineHashes([finding(1, "x  =  \"abc****\""), finding(2, "y = 1")])
        XCTAssertEqual(moved, original, "moving lines and changing their indentation keeps the hashes")
        let twice = SARIFReporter.primaryLocationLineHashes([finding(1, "x"), finding(1, "x", rule: "token-logging"), finding(5, "x")])
        XCTAssertEqual(twice.map { $0.split(separator: ":")[1] }, ["1", "1", "2"], "the same text on another line is the next occurrence")
    }

    func testPercentEncodingLeavesPlainPathsAlone() {
        XCTAssertEqual(SARIFReporter.percentEncodedPath("src/app-v2/pay_now.test.ts"), "src/app-v2/pay_now.test.ts")
        XCTAssertEqual(SARIFReporter.percentEncodedPath("a#b?c[d]@e&f=g+h;i"), "a%23b%3Fc%5Bd%5D%40e%26f%3Dg%2Bh%3Bi")
        XCTAssertEqual(SARIFReporter.fileURI(directory: "/tmp/my repo"), "file:///tmp/my%20repo/")
    }
}
