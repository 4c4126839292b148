import XCTest
@testable import DollrLintCore

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
