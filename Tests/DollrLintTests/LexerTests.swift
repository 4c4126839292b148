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
        XCTAssertEqual(
            lex("a.cs", #"var s = $"Bearer {token}"; var v = @"C:\x";"#).strings.map { $0.text(holes: "#") }, ["Bearer #", "C:\\x"])
        XCTAssertEqual(lex("a.swift", #"let s = "t \(token)""#).strings.first?.hasHoles, true)
        XCTAssertEqual(lex("a.kt", #"val s = "t $token ${a.b}""#).strings.first?.holeRanges.count, 2)
        XCTAssertEqual(lex("a.dart", "final s = 'x ${y}';").strings.first?.hasHoles, true)
        XCTAssertEqual(lex(".env", "A=b c\nB=\"q\" # c\n").strings.map { $0.text() }, ["b", "q"])
        XCTAssertEqual(lex("c.yml", "key: value # c\nlist:\n  - A=b\n").strings.map { $0.text() }, ["value", "b"])
        XCTAssertEqual(
            lex("a.sh", "curl https://api.heydollr.app/v1/x?a=b -d '{}'").strings.map { $0.text() },
            ["https://api.heydollr.app/v1/x?a=b", "{}"])
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
            _ = lex("a.py", code)
            _ = lex("a.rs", code)
            _ = lex("a.rb", code)
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
