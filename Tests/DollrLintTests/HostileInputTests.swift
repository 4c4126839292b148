import XCTest
import Glibc
@testable import DollrLintCore

/// Hostile files and specs (issue 7): FIFOs, sockets and devices never block a scan; option files that are not
/// regular files are a one-line exit 2; recursive and deep specs end in linear work; names and keys are exact.
final class HostileInputTests: XCTestCase {
    /// Runs the binary under `timeout`, so a hang fails the test (status 124) instead of stalling the suite.
    /// Output goes to files, which a large report cannot deadlock.
    func runBounded(_ args: [String], cwd: URL, stdinPath: String? = nil) throws -> TestSupport.Run {
        let outURL = TestSupport.temporaryDirectory().appendingPathComponent("stdout")
        let errURL = outURL.deletingLastPathComponent().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        p.arguments = ["60", TestSupport.binary.path] + args
        p.currentDirectoryURL = cwd
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        p.standardInput = stdinPath.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return TestSupport.Run(
            status: p.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    func summary(_ run: TestSupport.Run) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        return json["summary"] as! [String: Any]
    }

    func makeFIFO(_ url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(url.path, 0o644), 0, url.path)
    }

    /// A listening-less Unix socket bound at `url`.
    func makeSocket(_ url: URL) {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(fd, 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in url.path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        close(fd)
    }

    // MARK: regular files only

    func testFIFOsAndSocketsInTheTreeAreCountedByKindAndNeverBlock() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["a.js": "const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2Bn\";\n", "sub/b.js": "x\n"], to: dir)
        for name in [".gitignore", "package.json", "sub/.dollrlintignore", "pipe.js"] { makeFIFO(dir.appendingPathComponent(name)) }
        makeSocket(dir.appendingPathComponent("s.sock"))
        let run = try runBounded([".", "--format", "json"], cwd: dir)
        XCTAssertEqual(run.status, 1, run.stderr)
        let skipped = try summary(run)["skipped"] as! [String: Int]
        XCTAssertEqual(skipped["fifo"], 4)
        XCTAssertEqual(skipped["socket"], 1)
        XCTAssertEqual(skipped["unreadable"], 0)
        XCTAssertEqual(try summary(run)["files_scanned"] as? Int, 2)
        // The ignore files that could not be read are named; nothing says "cannot read" about regular files.
        XCTAssertTrue(run.stderr.contains(".gitignore: is a FIFO, not a regular file"), run.stderr)
        XCTAssertTrue(run.stderr.contains("sub/.dollrlintignore: is a FIFO"), run.stderr)
        let text = try runBounded([".", "--no-color"], cwd: dir)
        XCTAssertTrue(text.stdout.contains("5 FIFO, socket or device"), text.stdout)
    }

    func testOptionFilesThatAreFIFOsAreOneLineExitTwo() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["a.js": "x\n", "rules/.keep": ""], to: dir)
        makeFIFO(dir.appendingPathComponent("config.json"))
        makeFIFO(dir.appendingPathComponent("spec.json"))
        makeFIFO(dir.appendingPathComponent("baseline.json"))
        makeFIFO(dir.appendingPathComponent("rules/my-rule.json"))
        makeFIFO(dir.appendingPathComponent("payload.json"))
        let cases: [([String], String)] = [
            ([".", "--config", "config.json"], "config.json: cannot read the configuration file: is a FIFO"),
            ([".", "--spec", "spec.json"], "spec.json: cannot read the spec file: is a FIFO"),
            ([".", "--baseline", "baseline.json"], "baseline.json: cannot read the baseline file: is a FIFO"),
            ([".", "--rules", "rules"], "rules/my-rule.json: cannot read the rule file: is a FIFO"),
            (
                ["validate", "payload.json", "--endpoint", "POST /v1/executions/collection"],
                "payload.json: cannot read the payload: is a FIFO"
            ),
        ]
        for (args, expected) in cases {
            let run = try runBounded(args, cwd: dir)
            XCTAssertEqual(run.status, 2, "\(args): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(expected), "\(args): \(run.stderr)")
            XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        }
        // The default .dollrlint.json at the root, as a FIFO.
        makeFIFO(dir.appendingPathComponent(".dollrlint.json"))
        let config = try runBounded(["."], cwd: dir)
        XCTAssertEqual(config.status, 2, config.stderr)
        XCTAssertTrue(config.stderr.contains(".dollrlint.json: cannot read the configuration file: is a FIFO"), config.stderr)
    }

    func testADeviceAsTheScanRootIsExitTwo() throws {
        let run = try runBounded(["/dev/zero"], cwd: TestSupport.temporaryDirectory())
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("/dev/zero: is a device, not a regular file or directory"), run.stderr)
    }

    func testValidateStopsReadingStandardInputAtTheLimit() throws {
        let run = try runBounded(
            ["validate", "-", "--endpoint", "POST /v1/executions/collection"], cwd: TestSupport.temporaryDirectory(),
            stdinPath: "/dev/zero")
        XCTAssertEqual(run.status, 2, run.stderr)
        XCTAssertTrue(run.stderr.contains("<stdin>: cannot read the payload: is larger than the limit of 50 MB"), run.stderr)
    }

    func testReadAllKeepsAtMostTheLimit() throws {
        let fd = open("/dev/zero", O_RDONLY)
        defer { close(fd) }
        XCTAssertEqual(try? FileReader.readAll(fd: fd, sizeHint: 0, limit: 1_000_000).get(), nil)
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["small.txt": "hello"], to: dir)
        XCTAssertEqual(try FileReader.readRegularFile(dir.appendingPathComponent("small.txt").path, limit: 5).get(), Array("hello".utf8))
        XCTAssertEqual(
            FileReader.readRegularFile(dir.appendingPathComponent("small.txt").path, limit: 4).failureValue,
            .tooLarge(size: 5, limit: 4))
        XCTAssertEqual(FileReader.readRegularFile("/dev/zero", limit: 5).failureValue, .notRegular(.device))
    }

    /// The walker's files skip the stat before open: a FIFO put where a listed file was is still refused, without
    /// blocking, and the limit still holds.
    func testAFileListedAsRegularIsStillCheckedAfterOpening() throws {
        let dir = TestSupport.temporaryDirectory()
        let fifo = dir.appendingPathComponent("swapped").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(
            FileReader.readRegularFile(pathBytes: Array(fifo.utf8), limit: 5, listedRegular: true).failureValue, .notRegular(.fifo))
        TestSupport.write(["small.txt": "hello"], to: dir)
        let small = Array(dir.appendingPathComponent("small.txt").path.utf8)
        XCTAssertEqual(try FileReader.readRegularFile(pathBytes: small, limit: 5, listedRegular: true).get(), Array("hello".utf8))
        XCTAssertEqual(
            FileReader.readRegularFile(pathBytes: small, limit: 4, listedRegular: true).failureValue, .tooLarge(size: 5, limit: 4))
    }

    // MARK: specs

    static func spec(_ schemas: [String: Any], body: String, extraPaths: [String: Any] = [:]) throws -> DollrKnowledge {
        let bodySchema: [String: Any] = ["$ref": "#/components/schemas/\(body)"]
        var paths: [String: Any] = ["/v1/things": ["post": ["requestBody": ["content": ["application/json": ["schema": bodySchema]]]]]]
        for (k, v) in extraPaths { paths[k] = v }
        let doc: [String: Any] = ["openapi": "3.1.0", "paths": paths, "components": ["schemas": schemas]]
        let bytes = Array(try JSONSerialization.data(withJSONObject: doc))
        return try DollrKnowledge.load(specOverride: ("spec.json", bytes))
    }

    /// Validates and counts the schema visits: the work, measured without a clock.
    static func validate(_ payload: String, _ knowledge: DollrKnowledge) throws -> (problems: [ValidationProblem], visits: Int) {
        let endpoint = try XCTUnwrap(knowledge.endpoint(method: "POST", path: "/v1/things"))
        var walk = SchemaWalk()
        let problems = PayloadValidator(knowledge: knowledge).validate(
            endpoint: endpoint, body: try JSONParser.parse(payload), query: [:],
            path: nil, walk: &walk)
        return (problems, walk.visits)
    }

    func testAllOfThatRefersToItselfEnds() throws {
        let k = try HostileInputTests.spec(
            [
                "Self": [
                    "allOf": [["$ref": "#/components/schemas/Self"]], "type": "object",
                    "properties": ["a": ["type": "string"]], "additionalProperties": false,
                ]
            ], body: "Self")
        let (problems, visits) = try HostileInputTests.validate("{\"a\": 1, \"b\": 2}", k)
        XCTAssertEqual(Set(problems.map { $0.loc.last!.description }), ["a", "b"])
        XCTAssertLessThan(visits, 20)
    }

    func testDeepAndDoublingAllOfChainsAreLinear() throws {
        // D(n) = allOf [D(n-1), D(n-1)]: 2^30 paths, 31 distinct schemas.
        var schemas: [String: Any] = ["D0": ["type": "object", "properties": ["f0": ["type": "string"]]]]
        for i in 1...30 {
            let previous = ["$ref": "#/components/schemas/D\(i - 1)"]
            schemas["D\(i)"] = ["allOf": [previous, previous]]
        }
        // L(n) = allOf [L(n-1), {f(n)}]: a 20-level chain, each level adding a field.
        schemas["L0"] = ["type": "object", "properties": ["g0": ["type": "integer"]]]
        for i in 1...20 {
            let level: [String: Any] = ["type": "object", "properties": ["g\(i)": ["type": "integer"]]]
            schemas["L\(i)"] = ["allOf": [["$ref": "#/components/schemas/L\(i - 1)"], level]]
        }
        let diamond = try HostileInputTests.spec(schemas, body: "D30")
        let (dp, dv) = try HostileInputTests.validate("{\"f0\": 5}", diamond)
        XCTAssertEqual(dp.map { $0.type }, ["string_type"])
        XCTAssertLessThan(dv, 200)
        let chain = try HostileInputTests.spec(schemas, body: "L20")
        let (cp, cv) = try HostileInputTests.validate("{\"g0\": 1, \"g10\": \"x\", \"g20\": \"y\"}", chain)
        XCTAssertEqual(cp.map { $0.loc.last!.description }.sorted(), ["g10", "g20"])
        XCTAssertLessThan(cv, 200)
    }

    func testAnyOfLoopDoesNotOverflowTheStack() throws {
        let loop: [String: Any] = ["anyOf": [["$ref": "#/components/schemas/Loop"]]]
        let query: [String: Any] = ["get": ["parameters": [["name": "q", "in": "query", "schema": loop]]]]
        let k = try HostileInputTests.spec(
            ["Loop": loop, "Body": ["type": "object", "properties": ["x": loop]]], body: "Body",
            extraPaths: ["/v1/loop": query])
        XCTAssertEqual(try HostileInputTests.validate("{\"x\": {\"y\": [1, 2]}}", k).problems, [])
        let result = try PayloadValidation.run(payload: [], payloadName: "-", endpoint: "GET /v1/loop?q=1", query: [:], knowledge: k)
        XCTAssertTrue(result.valid)
    }

    /// A FastAPI comment model that refers to itself through `items` and `anyOf [..., null]`.
    static var commentSpec: [String: Any] {
        [
            "CommentIn": [
                "title": "CommentIn", "type": "object", "required": ["text"], "additionalProperties": false,
                "properties": [
                    "text": ["title": "Text", "type": "string", "minLength": 1],
                    "replies": ["title": "Replies", "type": "array", "items": ["$ref": "#/components/schemas/CommentIn"], "default": []],
                    "parent": ["anyOf": [["$ref": "#/components/schemas/CommentIn"], ["type": "null"]]],
                ],
            ]
        ]
    }

    func testRecursiveFastAPIModelValidatesNestedData() throws {
        let k = try HostileInputTests.spec(HostileInputTests.commentSpec, body: "CommentIn")
        let ok =
            "{\"text\": \"a\", \"replies\": [{\"text\": \"b\", \"replies\": [{\"text\": \"c\"}]}], "
            + "\"parent\": {\"text\": \"p\", \"parent\": null}}"
        XCTAssertEqual(try HostileInputTests.validate(ok, k).problems, [])
        let bad = "{\"text\": \"a\", \"replies\": [{\"text\": \"b\", \"replies\": [{\"txt\": \"c\"}]}], \"parent\": {\"text\": 5}}"
        let problems = try HostileInputTests.validate(bad, k).problems
        XCTAssertEqual(
            problems.map { $0.loc.map { $0.description }.joined(separator: ".") }.sorted(),
            ["body.parent.text", "body.replies.0.replies.0.text", "body.replies.0.replies.0.txt"])
    }

    func testRecursiveSpecWithValidateAndAScan() throws {
        let dir = TestSupport.temporaryDirectory()
        let body: [String: Any] = ["content": ["application/json": ["schema": ["$ref": "#/components/schemas/CommentIn"]]]]
        let doc: [String: Any] = [
            "openapi": "3.1.0", "components": ["schemas": HostileInputTests.commentSpec],
            "paths": ["/v1/comments": ["post": ["requestBody": body]]],
        ]
        let specData = try JSONSerialization.data(withJSONObject: doc)
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("spec.json").path, contents: specData)
        TestSupport.write(
            [
                "payload.json": "{\"text\": \"a\", \"replies\": [{\"text\": \"b\", \"replies\": [{\"txt\": \"c\"}]}]}",
                "good.json": "{\"text\": \"a\", \"replies\": [{\"text\": \"b\"}]}",
                "src/app.js": "await fetch(\"https://api.heydollr.app/v1/comments\", {\n  method: \"POST\",\n"
                    + "  body: JSON.stringify({ text: \"hi\", replies: [{ text: \"a\", replies: [{ txt: \"b\" }] }], parent: null }),"
                    + "\n});\n",
            ], to: dir)
        let bad = try runBounded(["validate", "payload.json", "--endpoint", "POST /v1/comments", "--spec", "spec.json"], cwd: dir)
        XCTAssertEqual(bad.status, 1, bad.stderr)
        XCTAssertTrue(bad.stdout.contains("body.replies.0.replies.0.txt"), bad.stdout)
        let good = try runBounded(["validate", "good.json", "--endpoint", "POST /v1/comments", "--spec", "spec.json"], cwd: dir)
        XCTAssertEqual(good.status, 0, good.stdout)
        let scan = try runBounded(["src", "--spec", "spec.json", "--format", "json"], cwd: dir)
        XCTAssertEqual(scan.status, 1, scan.stderr)
        XCTAssertTrue(scan.stdout.contains("txt is not a field"), scan.stdout)
    }

    // MARK: exact names, keys and sizes

    func testFileNamedWithInvalidUTF8IsScannedAndReportedEscaped() throws {
        let dir = TestSupport.temporaryDirectory()
        let name = Array(dir.path.utf8) + Array("/caf".utf8) + [0xFF] + Array(".js".utf8)
        let fd = open(name.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        let code = Array("const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2Bn\";\n".utf8)
        XCTAssertEqual(code.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }, code.count)
        close(fd)
        let run = try runBounded([".", "--format", "json"], cwd: dir)
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("\"path\": \"caf\\\\xff.js\""), run.stdout)
        XCTAssertEqual((try summary(run)["skipped"] as! [String: Int])["unreadable"], 0)
        XCTAssertEqual(WalkedFile.displayName(Array("ok-é.js".utf8)), "ok-é.js")
    }

    func testDuplicateKeysAreAnErrorNamingTheKeyAndFile() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(
            [
                "a.js": "x\n",
                "config.json": "{\"version\": 1, \"fail_on\": \"note\", \"fail_on\": \"never\"}",
                "spec.json": "{\"openapi\": \"3.1.0\", \"paths\": {}, \"paths\": {}}",
                "rules/my-rule.json": "{\"id\": \"my-rule\", \"id\": \"other\"}",
            ], to: dir)
        let cases: [([String], String)] = [
            ([".", "--config", "config.json"], "config.json: invalid JSON: duplicate key \"fail_on\""),
            ([".", "--spec", "spec.json"], "spec.json: not a valid OpenAPI JSON document: duplicate key \"paths\""),
            ([".", "--rules", "rules"], "my-rule.json: invalid JSON: duplicate key \"id\""),
        ]
        for (args, expected) in cases {
            let run = try runBounded(args, cwd: dir)
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertTrue(run.stderr.contains(expected), "\(args): \(run.stderr)")
        }
        // The same key in two different objects is fine.
        XCTAssertNoThrow(try JSONParser.parse("{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}}"))
    }

    func testOversizedConfigSaysItsSize() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["a.js": "x\n", "big.json": "{\"version\": 1" + String(repeating: " ", count: 5_000_001) + "}"], to: dir)
        let run = try runBounded([".", "--config", "big.json"], cwd: dir)
        XCTAssertEqual(run.status, 2)
        let expected = "big.json: cannot read the configuration file: is 5 MB (5000015 bytes); the limit is 5 MB (5000000 bytes)"
        XCTAssertTrue(run.stderr.contains(expected), run.stderr)
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
