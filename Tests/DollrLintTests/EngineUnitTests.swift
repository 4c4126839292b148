import XCTest
@testable import DollrLintCore

final class LexerTests: XCTestCase {
    func lex(_ path: String, _ code: String) -> LexedFile { LexedFile(SourceFile(path: path, bytes: Array(code.utf8))) }

    func kinds(_ f: LexedFile) -> [String] { f.tokens.filter { $0.kind != .newline }.map { "\($0.kind)" } }

    func testTemplateStringHolesAreCode() {
        let f = lex("a.ts", "const s = `Bearer ${token}`; // note")
        let s = f.tokens.firstIndex { $0.kind == .string }!
        XCTAssertEqual(f.literal(s)?.text(holes: "#"), "Bearer #")
        let tokenIdx = f.tokens.indices.first { f.tokens[$0].kind == .identifier && f.text($0) == "token" }
        XCTAssertNotNil(tokenIdx)
        XCTAssertEqual(f.scope(at: f.tokens[tokenIdx!].start), .code)
        XCTAssertEqual(f.scope(at: f.tokens[s].start + 2), .string)
        XCTAssertEqual(f.scope(at: f.source.bytes.count - 2), .comment)
    }

    func testStringFormsPerLanguage() {
        XCTAssertEqual(lex("a.py", ##"x = f"{a}-{b!r}" + r'\d' + """doc""""##).strings.map { $0.text(holes: "#") }, ["#-#", "\\d", "doc"])
        XCTAssertEqual(lex("a.rb", #"puts "hi #{name}""#).strings.first?.text(holes: "#"), "hi #")
        XCTAssertEqual(lex("a.php", #"echo "t=$token {$x->y}";"#).strings.first?.holeRanges.count, 2)
        XCTAssertEqual(lex("a.go", "s := `raw \\n`").strings.first?.text(), "raw \\n")
        XCTAssertEqual(lex("a.rs", ##"let s = r#"a "b""#; println!("{token}");"##).strings.map { $0.hasHoles }, [false, true])
        XCTAssertEqual(lex("a.cs", #"var s = $"Bearer {token}"; var v = @"C:\x";"#).strings.map { $0.text(holes: "#") }, ["Bearer #", "C:\\x"])
        XCTAssertEqual(lex("a.swift", #"let s = "t \(token)""#).strings.first?.hasHoles, true)
        XCTAssertEqual(lex("a.kt", #"val s = "t $token ${a.b}""#).strings.first?.holeRanges.count, 2)
        XCTAssertEqual(lex("a.dart", "final s = 'x ${y}';").strings.first?.hasHoles, true)
        XCTAssertEqual(lex(".env", "A=b c\nB=\"q\" # c\n").strings.map { $0.text() }, ["b", "q"])
        XCTAssertEqual(lex("c.yml", "key: value # c\nlist:\n  - A=b\n").strings.map { $0.text() }, ["value", "b"])
        XCTAssertEqual(lex("a.sh", "curl https://api.heydollr.app/v1/x?a=b -d '{}'").strings.map { $0.text() }, ["https://api.heydollr.app/v1/x?a=b", "{}"])
    }

    func testCommentsAndRegexesDoNotOpenStrings() {
        let f = lex("a.js", "const r = /\"/g; // it's\nconst s = \"ok\";")
        XCTAssertEqual(f.strings.map { $0.text() }, ["ok"])
        let py = lex("a.py", "# it's a comment\nx = 'y'")
        XCTAssertEqual(py.strings.map { $0.text() }, ["y"])
        let sh = lex("a.sh", "echo a#b # real comment")
        XCTAssertEqual(sh.tokens.filter { $0.kind == .comment }.count, 1)
    }

    func testUnterminatedInputNeverFails() {
        for code in ["\"abc", "/* open", "`${a", "f\"{", "'''", "{{{{[[[(", "r#\"x"] {
            let f = lex("a.js", code)
            XCTAssertLessThanOrEqual(f.tokens.last?.end ?? 0, code.utf8.count)
            _ = lex("a.py", code); _ = lex("a.rs", code); _ = lex("a.rb", code)
        }
    }

    func testMarkupRegions() {
        let md = lex("doc.md", "Text with `NEXT_PUBLIC_X`\n\n```ts\nconst a = 'x';\n```\n")
        XCTAssertEqual(md.regionTokens.map { $0.language }, [.typescript])
        XCTAssertEqual(md.scope(at: 3), .text)
        let vue = lex("C.vue", "<template><p>{{ a }}</p></template>\n<script setup lang=\"ts\">\nconst a = 'b'\n</script>\n")
        XCTAssertEqual(vue.regionTokens.map { $0.language }, [.typescript])
        XCTAssertEqual(vue.strings.map { $0.text() }, ["b"])
    }

    func testLineTableAndColumns() {
        let s = SourceFile(path: "a.js", bytes: Array("ab\né😀x\n".utf8))
        XCTAssertEqual(s.location(of: 0).line, 1)
        let x = Array("ab\né😀x\n".utf8).firstIndex(of: UInt8(ascii: "x"))!
        XCTAssertEqual(s.location(of: x).line, 2)
        XCTAssertEqual(s.location(of: x).column, 3)
    }
}

final class IgnoreAndGlobTests: XCTestCase {
    func testGitignoreSemantics() {
        var rules = IgnoreRules()
        rules.add(contents: "# c\n*.log\n/build\ndist/\n!keep.log\ndocs/**/draft?.md\n[Tt]emp\n\\#hash\n", base: "")
        rules.add(contents: "secret.txt\n", base: "pkg")
        XCTAssertTrue(rules.isIgnored("a/b.log", isDirectory: false))
        XCTAssertFalse(rules.isIgnored("keep.log", isDirectory: false))
        XCTAssertTrue(rules.isIgnored("build", isDirectory: true))
        XCTAssertFalse(rules.isIgnored("src/build", isDirectory: true), "leading / anchors")
        XCTAssertTrue(rules.isIgnored("src/dist", isDirectory: true))
        XCTAssertFalse(rules.isIgnored("src/dist", isDirectory: false), "trailing / matches directories only")
        XCTAssertTrue(rules.isIgnored("docs/a/b/draft1.md", isDirectory: false))
        XCTAssertTrue(rules.isIgnored("docs/draft2.md", isDirectory: false))
        XCTAssertTrue(rules.isIgnored("x/Temp", isDirectory: true))
        XCTAssertTrue(rules.isIgnored("#hash", isDirectory: false))
        XCTAssertTrue(rules.isIgnored("pkg/secret.txt", isDirectory: false))
        XCTAssertTrue(rules.isIgnored("pkg/sub/secret.txt", isDirectory: false))
        XCTAssertFalse(rules.isIgnored("secret.txt", isDirectory: false), "nested .gitignore applies below its directory")
    }

    func testGlobs() {
        XCTAssertTrue(GlobPattern("**/*.test.ts").matches("src/a/b.test.ts"))
        XCTAssertTrue(GlobPattern("tests/**").matches("tests/x/y.py"))
        XCTAssertFalse(GlobPattern("/src/*.js").matches("lib/src/a.js"))
        XCTAssertTrue(GlobPattern("vendor").matches("a/vendor/b.go"))
    }
}

final class RegistryTests: XCTestCase {
    /// The EmbedResources build plugin embeds every file of rules/, verbatim.
    func testBundledResourcesMatchRulesDirectory() throws {
        let root = TestSupport.packageRoot
        var onDisk: [String: String] = [:]
        for dir in ["rules", "rules/openapi", "rules/data"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path) where name.hasSuffix(".json") {
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
            XCTAssertFalse(d.title.isEmpty || d.rationale.isEmpty || d.fix.isEmpty, d.id)
            XCTAssertTrue(d.helpURL.hasPrefix("https://docs.heydollr.app"), d.id)
            XCTAssertFalse(RuleExplanation.text(d).isEmpty)
        }
        for (name, text) in BundledResources.files where name.split(separator: "/").count == 2 {
            XCTAssertNoThrow(try PatternRule(json: Data(text.utf8), file: name), name)
        }
    }

    func testBrokenUserRuleFileIsRejectedWithItsName() throws {
        let dir = TestSupport.temporaryDirectory()
        try "{\"id\": \"x\", \"category\": \"secrets\"}".write(to: dir.appendingPathComponent("wrong-name.json"), atomically: true, encoding: .utf8)
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
        XCTAssertEqual(engine.scan(files: [InMemoryFile(path: "a.js", contents: "const u = 'https://staging.heydollr.app'; // staging.heydollr.app\n")]).findings.count, 1)
    }

    func testSpecCanBeSwapped() throws {
        // A spec with one extra endpoint: the payload rules follow it.
        var spec = try JSONSerialization.jsonObject(with: Data(BundledResources.files["rules/openapi/dollr-v1.json"]!.utf8)) as! [String: Any]
        var paths = spec["paths"] as! [String: Any]
        paths["/v1/refunds/preview"] = ["post": ["operationId": "preview", "requestBody": ["content": ["application/json": ["schema": ["type": "object", "properties": ["amount": ["type": "number", "minimum": 1, "x-unsupported-thing": true]], "required": ["amount"], "additionalProperties": false, "not": ["type": "null"]]]]]]]
        spec["paths"] = paths
        let data = try JSONSerialization.data(withJSONObject: spec)
        let k = try DollrKnowledge.load(specOverride: ("custom.json", Array(data)))
        XCTAssertNotNil(k.endpoint(method: "POST", path: "/v1/refunds/preview"))
        XCTAssertTrue(k.warnings.joined().contains("not"), "\(k.warnings)")
        let result = try PayloadValidation.run(payload: Array("{\"amount\": 0}".utf8), payloadName: "p", endpoint: "POST /v1/refunds/preview", query: [:], knowledge: k)
        XCTAssertEqual(result.problems.map { $0.rule }, ["schema-violation"])
    }
}

final class DocumentationTests: XCTestCase {
    /// The README's rule table cannot drift from the catalogue.
    func testReadmeListsEveryRule() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for d in RuleCatalog.descriptions(try RuleCatalog.builtIn()) {
            XCTAssertTrue(readme.contains("| `\(d.id)` | \(d.category.rawValue) | \(d.severity.rawValue) |"), "README rule table lacks \(d.id)")
        }
        XCTAssertTrue(readme.contains("swift run dollr-lint samples/") && readme.contains("swift test"))
    }
}

final class BlockTreeTests: XCTestCase {
    func model(_ path: String, _ code: String) -> CodeModel { CodeModel(LexedFile(SourceFile(path: path, bytes: Array(code.utf8)))) }

    func testBraceBlocksKnowTheirHeaders() {
        let m = model("a.ts", "async function pay() {\n  for (let i = 0; i < 3; i++) {\n    try {\n      await execute(id);\n    } catch (e) {\n      retry();\n    }\n  }\n}\n")
        let execute = m.calls.first { $0.name == "execute" }!
        XCTAssertEqual(m.blocks.enclosing(execute.nameToken).map { $0.keyword }, ["try", "for", "function"])
        let retry = m.calls.first { $0.name == "retry" }!
        XCTAssertEqual(m.blocks.enclosing(retry.nameToken).first?.keyword, "catch")
    }

    func testIndentationBlocksInPython() {
        let m = model("a.py", "def pay():\n    for attempt in range(3):\n        try:\n            execute(ref)\n        except Timeout:\n            poll(ref)\n    done()\n")
        let execute = m.calls.first { $0.name == "execute" }!
        XCTAssertEqual(m.blocks.enclosing(execute.nameToken).map { $0.keyword }, ["try", "for", "def"])
        XCTAssertEqual(m.blocks.enclosing(m.calls.first { $0.name == "poll" }!.nameToken).first?.keyword, "except")
        XCTAssertEqual(m.blocks.enclosing(m.calls.first { $0.name == "done" }!.nameToken).map { $0.keyword }, ["def"])
    }
}
