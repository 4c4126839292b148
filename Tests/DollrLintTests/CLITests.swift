import XCTest
#if canImport(FoundationXML)
    import FoundationXML
#endif
@testable import DollrLintCore

/// The public interface of CONTRACT.md, through the built binary.
final class CLITests: XCTestCase {
    static let leak = "const DOLLR_CLIENT_SECRET = \"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\";\nconsole.log(\"dollr token\", accessToken);\n"

    func project(_ files: [String: String] = ["src/dollr.js": CLITests.leak]) -> URL {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(files, to: dir)
        return dir
    }

    func testHelpVersionAndUsageErrors() throws {
        let help = try TestSupport.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE:") && help.stdout.contains("--fail-on"))
        let version = try TestSupport.run(["--version"])
        XCTAssertEqual(version.stdout, "dollr-lint \(DollrLint.version)\n")
        for bad in [
            ["--frobnicate"], ["--format", "xml"], ["--fail-on", "sometimes"], ["--jobs", "0"], ["--only", "no-such-rule"], ["explain"],
            ["explain", "token-loging"], ["validate", "x.json"],
        ] {
            let run = try TestSupport.run(bad)
            XCTAssertEqual(run.status, 2, "\(bad)")
            XCTAssertTrue(run.stderr.hasPrefix("dollr-lint: "), "\(bad): \(run.stderr)")
        }
        XCTAssertTrue(try TestSupport.run(["explain", "token-loging"]).stderr.contains("did you mean token-logging"))
    }

    /// Rules, spec and data are compiled in: the binary copied alone elsewhere has all of them.
    func testBinaryCopiedAloneHasEveryRule() throws {
        let dir = TestSupport.temporaryDirectory()
        let copy = dir.appendingPathComponent("dollr-lint")
        try FileManager.default.copyItem(at: TestSupport.binary, to: copy)
        let p = Process()
        p.executableURL = copy
        p.arguments = ["rules", "--format", "json"]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let rules = try JSONSerialization.jsonObject(with: data) as! [[String: String]]
        XCTAssertEqual(rules.count, try RuleCatalog.builtIn().count + 1)
        let project = self.project([
            "a.ts":
                "await fetch(`${BASE}/v1/sessions/checkout`, { method: 'POST', body: JSON.stringify({ source_id: 1, source_kind: "
                + "'INVOICE' }) });\n"
        ])
        let v = Process()
        v.executableURL = copy
        v.arguments = [project.path, "--format", "json"]
        let vout = Pipe()
        v.standardOutput = vout
        try v.run()
        let vdata = vout.fileHandleForReading.readDataToEndOfFile()
        v.waitUntilExit()
        XCTAssertTrue(String(decoding: vdata, as: UTF8.self).contains("source-kind-mismatch"), "the bundled spec is inside the binary")
    }

    func testRulesAndExplainCoverTheContract() throws {
        let contract = [
            "public-env-secret", "client-bundle-secret", "hardcoded-secret", "token-exposed-to-client", "token-logging",
            "sensitive-data-logging",
            "insecure-transport", "invalid-phone", "invalid-currency", "invalid-reference-id", "invalid-method-provider",
            "schema-violation",
            "source-kind-mismatch", "unknown-endpoint",
        ]
        let list = try TestSupport.run(["rules", "--format", "json"])
        XCTAssertEqual(list.status, 0)
        let rules = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: String]]
        let ids = rules.map { $0["id"]! }
        XCTAssertEqual(Set(ids).count, ids.count, "rule ids are unique")
        for id in contract { XCTAssertTrue(ids.contains(id), "missing contract rule \(id)") }
        for r in rules {
            XCTAssertNotNil(RuleCategory(rawValue: r["category"]!))
            XCTAssertNotNil(Severity(rawValue: r["severity"]!))
            XCTAssertTrue(r["help"]!.hasPrefix("https://docs.heydollr.app"), r["id"]!)
            let explain = try TestSupport.run(["explain", r["id"]!])
            XCTAssertEqual(explain.status, 0)
            XCTAssertTrue(
                explain.stdout.contains("Why it matters") && explain.stdout.contains("How to fix")
                    && explain.stdout.contains("Docs: https://docs.heydollr.app"), r["id"]!)
        }
        XCTAssertTrue(try TestSupport.run(["explain", "hardcoded-secret"]).stdout.contains("rotate"))
        let text = try TestSupport.run(["rules"])
        XCTAssertEqual(text.stdout.split(separator: "\n").count, rules.count)
    }

    func testJSONReportMatchesTheContract() throws {
        let dir = project()
        let run = try TestSupport.run([dir.path, "--format", "json"])
        XCTAssertEqual(run.status, 1)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(Set(report.keys), ["tool", "root", "findings", "summary"])
        XCTAssertEqual(report["tool"] as! [String: String], ["name": "dollr-lint", "version": DollrLint.version])
        XCTAssertEqual(report["root"] as? String, dir.path)
        let findings = report["findings"] as! [[String: Any]]
        XCTAssertFalse(findings.isEmpty)
        for f in findings {
            XCTAssertEqual(
                Set(f.keys), ["rule", "category", "severity", "path", "line", "column", "message", "snippet", "fingerprint", "help"])
            XCTAssertEqual(f["path"] as? String, "src/dollr.js")
            XCTAssertGreaterThanOrEqual(f["line"] as! Int, 1)
            XCTAssertGreaterThanOrEqual(f["column"] as! Int, 1)
            XCTAssertFalse((f["snippet"] as! String).contains("q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F"))
        }
        let keys = findings.map {
            "\($0["path"]!)|\(String(format: "%06d", $0["line"] as! Int))|\(String(format: "%06d", $0["column"] as! Int))|\($0["rule"]!)"
        }
        XCTAssertEqual(keys, keys.sorted(), "findings are sorted by path, line, column, rule")
        let s = report["summary"] as! [String: Any]
        for k in ["files_scanned", "findings", "errors", "warnings", "notes", "duration_ms"] { XCTAssertNotNil(s[k] as? Int, k) }
        XCTAssertEqual(s["findings"] as? Int, findings.count)
    }

    func testTextSARIFGitHubAndJUnitReporters() throws {
        let dir = project()
        let text = try TestSupport.run([dir.path, "--no-color"])
        XCTAssertTrue(text.stdout.contains("src/dollr.js:1:29: error [hardcoded-secret]"), text.stdout)
        XCTAssertTrue(text.stdout.contains("^"))
        XCTAssertFalse(text.stdout.contains("\u{1B}["), "no colour when not on a terminal")
        let sarif =
            try JSONSerialization.jsonObject(with: Data(try TestSupport.run([dir.path, "--format", "sarif"]).stdout.utf8)) as! [String: Any]
        XCTAssertEqual(sarif["version"] as? String, "2.1.0")
        let runs = sarif["runs"] as! [[String: Any]]
        let results = runs[0]["results"] as! [[String: Any]]
        XCTAssertFalse(results.isEmpty)
        let driver = (runs[0]["tool"] as! [String: Any])["driver"] as! [String: Any]
        let ruleIDs = (driver["rules"] as! [[String: Any]]).map { $0["id"] as! String }
        for r in results { XCTAssertEqual(ruleIDs[r["ruleIndex"] as! Int], r["ruleId"] as? String) }
        let github = try TestSupport.run([dir.path, "--format", "github"])
        XCTAssertTrue(github.stdout.hasPrefix("::error file=src/dollr.js,line=1,col=29"), github.stdout)
        let junit = try TestSupport.run([dir.path, "--format", "junit"])
        XCTAssertTrue(junit.stdout.contains("<testsuites") && junit.stdout.contains("<failure"))
        XCTAssertTrue(XMLParser(data: Data(junit.stdout.utf8)).parse(), "well-formed XML")
    }

    func testOutputFileFailOnOnlyAndDisable() throws {
        let dir = project(["src/a.ts": "await fetch(`${BASE}/v1/execution/collection`, { method: 'POST' }); // dollr\n"])
        // unknown-endpoint is a warning: the default fail-on (error) passes, --fail-on warning fails.
        XCTAssertEqual(try TestSupport.run([dir.path]).status, 0)
        XCTAssertEqual(try TestSupport.run([dir.path, "--fail-on", "warning"]).status, 1)
        XCTAssertEqual(try TestSupport.run([dir.path, "--fail-on", "never", "--only", "unknown-endpoint"]).status, 0)
        XCTAssertEqual(try TestSupport.run([dir.path, "--fail-on", "warning", "--disable", "unknown-endpoint"]).status, 0)
        let out = dir.appendingPathComponent("report.json").path
        let run = try TestSupport.run([dir.path, "--format", "json", "--output", out, "--fail-on", "warning"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains("\"unknown-endpoint\""))
    }

    func testConfigTurnsRulesOffOverridesSeverityAndExcludes() throws {
        let dir = project([
            "src/dollr.js": CLITests.leak, "vendor2/x.js": CLITests.leak,
            ".dollrlint.json":
                "{\"version\": 1, \"rules\": {\"token-logging\": \"off\", \"hardcoded-secret\": {\"severity\": \"warning\"}}, "
                + "\"exclude\": [\"vendor2/**\"]}",
        ])
        let run = try TestSupport.run([dir.path, "--format", "json"])
        XCTAssertEqual(run.status, 0, "hardcoded-secret lowered to warning, token-logging off: \(run.stdout)")
        XCTAssertTrue(run.stdout.contains("\"severity\": \"warning\""))
        XCTAssertFalse(run.stdout.contains("token-logging"))
        XCTAssertFalse(run.stdout.contains("vendor2"))
        let unknown = project(["a.js": "x\n", ".dollrlint.json": "{\"version\": 1, \"rules\": {\"no-such-rule\": \"off\"}}"])
        let warned = try TestSupport.run([unknown.path])
        XCTAssertEqual(warned.status, 0)
        XCTAssertTrue(warned.stderr.contains("no-such-rule: unknown rule id"))
    }

    func testBaselineRoundTrip() throws {
        let dir = project()
        let baseline = dir.appendingPathComponent("baseline.json").path
        XCTAssertEqual(try TestSupport.run([dir.path, "--write-baseline", baseline, "--quiet"]).status, 0)
        let again = try TestSupport.run([dir.path, "--baseline", baseline, "--format", "json"])
        XCTAssertEqual(again.status, 0, again.stdout)
        XCTAssertTrue(again.stdout.contains("\"findings\": []"))
        // Moving the code down keeps the fingerprints; a new leak is still reported.
        TestSupport.write(
            ["src/dollr.js": "\n\n" + CLITests.leak + "const ANOTHER_DOLLR_CLIENT_SECRET = \"Zq1Wx2Ec3Rv4Tb5Yn6Um7Ik8Ol9Pa0Sd\";\n"],
            to: dir)
        let moved = try TestSupport.run([dir.path, "--baseline", baseline, "--format", "json"])
        let findings = (try JSONSerialization.jsonObject(with: Data(moved.stdout.utf8)) as! [String: Any])["findings"] as! [[String: Any]]
        XCTAssertEqual(findings.map { $0["line"] as! Int }, [5], moved.stdout)
    }

    func testSuppressionsNeedAReasonAndMustSuppressSomething() throws {
        let dir = project([
            "src/dollr.js": """
            // dollr-lint:ignore-next-line hardcoded-secret -- rotated fixture value, see SEC-12
            const DOLLR_CLIENT_SECRET = "q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F";
            const DOLLR_SECRET_TWO = "Zq1Wx2Ec3Rv4Tb5Yn6Um7Ik8Ol9Pa0Sd"; // dollr-lint:ignore hardcoded-secret
            // dollr-lint:ignore-next-line token-logging -- nothing to silence here
            const x = 1;
            """
        ])
        let run = try TestSupport.run([dir.path, "--format", "json"])
        let findings = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any])["findings"] as! [[String: Any]]
        let got = findings.map { "\($0["line"]!) \($0["rule"]!)" }
        XCTAssertEqual(got, ["3 hardcoded-secret", "3 unused-suppression", "4 unused-suppression"], run.stdout)
        XCTAssertTrue(run.stdout.contains("has no reason"))
    }

    func testStagedAndDiffScanOnlyChangedFiles() throws {
        let dir = project(["old.js": CLITests.leak])
        func git(_ args: String...) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", dir.path, "-c", "user.email=t@example.com", "-c", "user.name=t"] + args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        }
        try git("init", "-q")
        try git("add", "old.js")
        try git("commit", "-qm", "old")
        TestSupport.write(["new.js": CLITests.leak, "clean.js": "const a = 1;\n"], to: dir)
        try git("add", "new.js", "clean.js")
        let staged = try TestSupport.run([dir.path, "--staged", "--format", "json"])
        XCTAssertEqual(staged.status, 1)
        XCTAssertTrue(staged.stdout.contains("\"path\": \"new.js\""))
        XCTAssertFalse(staged.stdout.contains("old.js"))
        XCTAssertTrue(staged.stdout.contains("\"files_scanned\": 2"), staged.stdout)
        try git("commit", "-qm", "new")
        let diff = try TestSupport.run([dir.path, "--diff", "HEAD~1", "--format", "json"])
        XCTAssertTrue(diff.stdout.contains("new.js") && !diff.stdout.contains("old.js"), diff.stdout)
        let badRef = try TestSupport.run([dir.path, "--diff", "no-such-ref"])
        XCTAssertEqual(badRef.status, 2)
    }

    func testGitignoredEnvLocalStillCountsForPublicVariables() throws {
        let dir = project([
            ".gitignore": ".env*.local\nbuild/\n",
            ".env.local":
                "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\nDOLLR_CLIENT_SECRET=q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\n",
            "build/app.js": CLITests.leak, ".dollrlintignore": "docs/\n", "docs/leak.js": CLITests.leak,
        ])
        let run = try TestSupport.run([dir.path, "--format", "json"])
        let findings = (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any])["findings"] as! [[String: Any]]
        XCTAssertEqual(findings.map { "\($0["path"]!):\($0["line"]!) \($0["rule"]!)" }, [".env.local:1 public-env-secret"], run.stdout)
        let audit = try TestSupport.run([dir.path, "--format", "json", "--no-ignore"])
        XCTAssertTrue(audit.stdout.contains("build/app.js") && audit.stdout.contains("docs/leak.js"))
    }
}
