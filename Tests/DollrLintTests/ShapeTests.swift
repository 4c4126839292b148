import XCTest
@testable import DollrLintCore

/// Work grows linearly with the input on every pathological shape: at 4x the size, at most 5x the steps, tokens and
/// call arguments (deterministic counts, never the clock), and within the default per-file budget.
final class ShapeTests: XCTestCase {
    let engine = TestSupport.scanner()

    func testEveryShapeGrowsLinearly() {
        for shape in PathologicalShapes.all {
            let small = engine.work(on: InMemoryFile(path: shape.path, contents: shape.make(1)))
            let large = engine.work(on: InMemoryFile(path: shape.path, contents: shape.make(4)))
            func ratio(_ a: Int, _ b: Int) -> Double { Double(b) / Double(max(a, 1)) }
            XCTAssertLessThanOrEqual(ratio(small.steps, large.steps), 5, "\(shape.name): steps \(small.steps) -> \(large.steps)")
            XCTAssertLessThanOrEqual(ratio(small.tokens, large.tokens), 5, "\(shape.name): tokens \(small.tokens) -> \(large.tokens)")
            XCTAssertLessThanOrEqual(
                ratio(small.callArguments, large.callArguments), 5,
                "\(shape.name): call arguments \(small.callArguments) -> \(large.callArguments)")
            // Memory stays proportional: no more model entries than a small multiple of the bytes.
            let bytes = shape.make(4).utf8.count
            XCTAssertLessThanOrEqual(large.tokens + large.callArguments, 4 * bytes, shape.name)
            XCTAssertFalse(large.exceedsDefaultBudget, "\(shape.name) would be skipped as too complex")
        }
    }

    /// The shapes still find what ordinary code in them holds: the budget does not hide findings.
    func testShapesKeepTheirFindings() {
        let files = ["y.js": "const token = getDollrToken();\n" + PathologicalShapes.all.first { $0.path == "y.js" }!.make(1)]
        let report = engine.scan(files: files.map { InMemoryFile(path: $0.key, contents: $0.value) })
        XCTAssertEqual(report.summary.skipped.tooComplex, 0)
        XCTAssertTrue(report.findings.contains { $0.rule == "token-logging" }, "\(report.findings.map { $0.rule })")
    }

    /// The rewritten curl pattern still fires where the old one did, once per line, and not on look-alikes.
    func testCurlInsecurePattern() {
        let lines = [
            "curl -k https://api.heydollr.app/v1/x": true, "curl https://api.heydollr.app/v1/x --insecure": true,
            "curl https://api.heydollr.app/v1/x": false, "curl -k https://example.com": false,
            "curl https://example.com/heydollr-docs": false,
        ]
        for (line, fires) in lines {
            let found = TestSupport.findings(["pay.sh": line + "\n"], rules: ["insecure-transport"])
            XCTAssertEqual(!found.isEmpty, fires, line)
        }
    }

    /// Scanning the shapes from disk leaves the tree byte for byte as it was.
    func testScanLeavesTheTreeUnchanged() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String: String] = [:]
        for shape in PathologicalShapes.all { files[shape.path] = shape.make(1) }
        TestSupport.write(files, to: dir)
        func snapshot() -> [String: Data] {
            var s: [String: Data] = [:]
            for path in (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String]) ?? [] {
                s[path] = FileManager.default.contents(atPath: dir.path + "/" + path) ?? Data()
            }
            return s
        }
        let before = snapshot()
        let report = try engine.scan(ScanRequest(root: dir.path))
        XCTAssertEqual(report.summary.filesScanned, PathologicalShapes.all.count)
        XCTAssertEqual(snapshot(), before)
    }

    /// A runaway user pattern (catastrophic backtracking) is stopped by the budget: the file is counted too complex,
    /// named in a warning, and the scan returns.
    func testCatastrophicUserPatternIsTimeBoxed() throws {
        let rule = try PatternRule(json: Array(userRule(id: "runaway", regex: "(a+)+$").utf8), file: "runaway.json")
        let engine = ScanEngine(rules: [rule], knowledge: TestSupport.knowledge)
        let report = engine.scan(files: [InMemoryFile(path: "a.txt", contents: String(repeating: "a", count: 30_000) + "!")])
        XCTAssertEqual(report.summary.skipped.tooComplex, 1)
        XCTAssertTrue(report.warnings.contains { $0.hasPrefix("a.txt: too complex") }, "\(report.warnings)")
        XCTAssertTrue(report.findings.isEmpty)
    }

    /// A user pattern that can match the empty string is refused when loaded, naming the file.
    func testEmptyMatchingUserPatternIsRejected() {
        for regex in ["x*", "(?=a)", "\\\\b", "$", "a?"] {
            XCTAssertThrowsError(try PatternRule(json: Array(userRule(id: "empty", regex: regex).utf8), file: "rules/empty.json"), regex) {
                error in
                XCTAssertTrue("\(error)".hasPrefix("rules/empty.json: patterns[0].regex: matches the empty string"), "\(error)")
            }
        }
        XCTAssertNoThrow(try PatternRule(json: Array(userRule(id: "fine", regex: "x+").utf8), file: "fine.json"))
    }

    /// A pattern matching everywhere is capped per file, not a million findings.
    func testFindingsPerRuleAreCapped() throws {
        let rule = try PatternRule(json: Array(userRule(id: "every-x", regex: "x").utf8), file: "every-x.json")
        let engine = ScanEngine(rules: [rule], knowledge: TestSupport.knowledge)
        let report = engine.scan(files: [InMemoryFile(path: "x.txt", contents: String(repeating: "x\n", count: 5_000))])
        XCTAssertEqual(report.findings.count, PatternRule.maxFindingsPerFile)
    }

    func userRule(id: String, regex: String) -> String {
        """
        {"id": "\(id)", "category": "integration", "severity": "warning", "title": "t", "rationale": "r", "fix": "f",
         "help": "https://example.com", "message": "m", "keywords": [],
         "patterns": [{"regex": "\(regex)", "scope": ["code", "string", "comment", "text"]}],
         "examples": {"triggering": [], "non_triggering": []}}
        """
    }
}
