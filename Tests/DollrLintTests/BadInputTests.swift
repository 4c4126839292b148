import XCTest
@testable import DollrLintCore

/// Bad input gives a clear one-line error and exit 2, or a counted skip; never a crash or a hang.
final class BadInputTests: XCTestCase {
    func summary(_ run: TestSupport.Run) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        return json["summary"] as! [String: Any]
    }

    func testBinaryFileIsCountedAndSkipped() throws {
        let dir = TestSupport.temporaryDirectory()
        var bytes = Array("const DOLLR_CLIENT_SECRET = \"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\";".utf8)
        bytes.insert(0, at: 10)
        try Data(bytes).write(to: dir.appendingPathComponent("blob.js"))
        let run = try TestSupport.run([dir.path, "--format", "json"])
        XCTAssertEqual(run.status, 0)
        let s = try summary(run)
        XCTAssertEqual((s["skipped"] as! [String: Int])["binary"], 1)
        XCTAssertEqual(s["files_scanned"] as? Int, 0)
    }

    func testInvalidUTF8IsReadLossily() throws {
        let dir = TestSupport.temporaryDirectory()
        var bytes = Array("// caf".utf8) + [0xE9, 0xFF, 0x0A]
        bytes += Array("const DOLLR_CLIENT_SECRET = \"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\";\n".utf8)
        try Data(bytes).write(to: dir.appendingPathComponent("latin1.js"))
        let run = try TestSupport.run([dir.path, "--format", "json"])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"line\": 2"))
        XCTAssertEqual((try summary(run)["skipped"] as! [String: Int])["invalid_utf8"], 1)
    }

    func testFiftyMegabyteMinifiedLineIsSkippedAsTooLarge() throws {
        let dir = TestSupport.temporaryDirectory()
        let line = String(repeating: "a=b+c;", count: 50_000_000 / 6)
        try line.write(to: dir.appendingPathComponent("bundle.min.js"), atomically: false, encoding: .utf8)
        let started = Date()
        let run = try TestSupport.run([dir.path, "--format", "json"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual((try summary(run)["skipped"] as! [String: Int])["too_large"], 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        // With the limit raised, the file is scanned in bounded time (no keyword: the prefilter ends it).
        let raised = try TestSupport.run([dir.path, "--format", "json", "--max-file-size", "60000000"])
        XCTAssertEqual(raised.status, 0)
        XCTAssertEqual(try summary(raised)["files_scanned"] as? Int, 1)
    }

    func testSymlinkLoopsEndAndAreCounted() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["src/app.js": "console.log('hello');\n"], to: dir)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("src/loop").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("self").path, withDestinationPath: "self")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("outside").path, withDestinationPath: "/etc")
        let run = try TestSupport.run([dir.path, "--format", "json"])
        XCTAssertEqual(run.status, 0)
        XCTAssertEqual((try summary(run)["skipped"] as! [String: Int])["symlink"], 3)
        // Named explicitly, a loop or a link out of the root is refused with a warning, not followed.
        let named = try TestSupport.run(["self", "outside", "src/app.js"], cwd: dir)
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertTrue(named.stderr.contains("self: symlink"), named.stderr)
    }

    func testUnreadableFileIsCountedWithAWarning() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["a.js": "const x = 1;\n"], to: dir)
        // Root reads mode-000 files, so use a FIFO named explicitly; as a user, also a mode-000 file.
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("pipe.js").path, 0o644), 0)
        let run = try TestSupport.run(["pipe.js", "a.js", "--format", "json"], cwd: dir)
        XCTAssertEqual(run.status, 0)
        // A FIFO is never opened (it would block): counted by its kind, and named.
        XCTAssertEqual((try summary(run)["skipped"] as! [String: Int])["fifo"], 1)
        XCTAssertTrue(run.stderr.contains("pipe.js: is a FIFO"), run.stderr)
        if geteuid() != 0 {
            TestSupport.write(["secret.js": "x\n"], to: dir)
            chmod(dir.appendingPathComponent("secret.js").path, 0)
            let r2 = try TestSupport.run([dir.path, "--format", "json"])
            XCTAssertEqual((try summary(r2)["skipped"] as! [String: Int])["unreadable"], 1)
        }
    }

    func testBrokenConfigIsExitTwoNamingFileAndKey() throws {
        let cases: [(String, String)] = [
            ("{ \"version\": 1, ", "invalid JSON"),
            ("{\"version\": 1, \"rules\": {\"token-logging\": \"loud\"}}", "rules.token-logging"),
            ("{\"version\": 1, \"fail_on\": 3}", "fail_on"),
            ("{\"version\": 2}", "version"),
            ("{\"version\": 1, \"exclude\": \"tests\"}", "exclude"),
            ("{\"version\": 1, \"colour\": true}", "colour: unknown key"),
        ]
        for (text, expected) in cases {
            let dir = TestSupport.temporaryDirectory()
            TestSupport.write([".dollrlint.json": text, "a.js": "x\n"], to: dir)
            let run = try TestSupport.run([dir.path])
            XCTAssertEqual(run.status, 2, text)
            XCTAssertTrue(run.stderr.contains(".dollrlint.json") && run.stderr.contains(expected), "\(text) -> \(run.stderr)")
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, "one line: \(run.stderr)")
        }
    }

    func testBrokenSpecAndPayloadAreExitTwo() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["spec.json": "{\"openapi\": \"3.1.0\"}", "bad.json": "{\"a\": ", "ok.json": "{}", "a.js": "x\n"], to: dir)
        let spec = try TestSupport.run([dir.path, "--spec", dir.appendingPathComponent("spec.json").path])
        XCTAssertEqual(spec.status, 2)
        XCTAssertTrue(spec.stderr.contains("spec.json") && spec.stderr.contains("paths"), spec.stderr)
        let missing = try TestSupport.run([dir.path, "--spec", "/nonexistent/spec.json"])
        XCTAssertEqual(missing.status, 2)
        let payload = try TestSupport.run([
            "validate", dir.appendingPathComponent("bad.json").path, "--endpoint", "POST /v1/executions/collection",
        ])
        XCTAssertEqual(payload.status, 2)
        XCTAssertTrue(payload.stderr.contains("bad.json: invalid JSON"), payload.stderr)
        let endpoint = try TestSupport.run([
            "validate", dir.appendingPathComponent("ok.json").path, "--endpoint", "POST /v1/executions/colection",
        ])
        XCTAssertEqual(endpoint.status, 2)
        XCTAssertTrue(endpoint.stderr.contains("closest: POST /v1/executions/collection"), endpoint.stderr)
        let stdin = try TestSupport.run(
            ["validate", "-", "--endpoint", "POST /v1/sessions/checkout", "--format", "json"],
            stdin: Data("{\"source_id\": 101, \"source_kind\": \"INVOICE\"}".utf8))
        XCTAssertEqual(stdin.status, 1)
        XCTAssertTrue(stdin.stdout.contains("\"rule\": \"source-kind-mismatch\""), stdin.stdout)
    }
}
