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

/// The walk's byte automaton must accept exactly what the glob's regex accepts, for ignore entries (the path
/// itself) and for --include/--exclude (the path or a parent).
final class PathGlobTests: XCTestCase {
    static let patterns = [
        "build", "/build", "build/", "*.log", "*.py[cod]", ".*", "!keep", "docs/**/draft?.md", "[Tt]emp", "\\#hash",
        "**/*.test.ts", "tests/**", "/src/*.js", "a/**/b", "**/node_modules", "*\\.egg*", "env.bak", "a**b", "x?y",
        "[!a-c]x", "[a-", "src/*/index.ts", "**", "*", "?", "dist/app.min.js", "[.]env", "a/b/", "é*", "[^x]y",
    ]
    static let paths = [
        "build", "src/build", "build/x", "a.log", "dir/a.log", "a.pyc", "m/a.pyo", "a.py", ".env", "x/.env.local",
        "keep", "docs/draft1.md", "docs/a/b/draft2.md", "docs/a/draft12.md", "Temp", "x/temp", "#hash", "src/a/b.test.ts",
        "tests/x/y.py", "tests", "src/a.js", "lib/src/a.js", "a/b", "a/x/y/b", "a/b/c", "node_modules", "p/node_modules",
        "foo.egg-info", "env.bak", "ab", "a/x/b", "xzy", "x/y", "dx", "ax", "src/pkg/index.ts", "src/index.ts", "",
        "dist/app.min.js", "dist/app-min.js", ".env", "éa", "é/a", "zy", "sp ace/a.log", "tab\tname.log",
    ]

    func testAgreesWithTheRegexOnEveryPatternAndPath() {
        for pattern in Self.patterns {
            let glob = GlobPattern(pattern)
            let exact = PathGlob(glob, ending: .exact)
            let orParents = PathGlob(glob, ending: .orParents)
            for path in Self.paths {
                XCTAssertEqual(exact.matches(path), glob.matchesExactly(path), "exact: \(pattern) on \(path)")
                XCTAssertEqual(orParents.matches(path), glob.matches(path), "or parents: \(pattern) on \(path)")
            }
        }
    }
}

final class StreamedWalkTests: XCTestCase {
    /// A scan that takes files while the walk goes on reports what a scan after the whole walk reports, finding for
    /// finding and count for count, on one worker and on several.
    func testAScanDuringTheWalkMatchesAScanAfterIt() throws {
        let engine = TestSupport.scanner()
        for jobs in [1, 3] {
            var request = ScanRequest(root: TestSupport.packageRoot.appendingPathComponent("samples").path)
            request.jobs = jobs
            let after = try engine.scan(request, walked: try ScanEngine.WalkedTree.walk(request))
            let during = try engine.scan(request, walked: try ScanEngine.WalkedTree.startWalking(request))
            XCTAssertFalse(after.findings.isEmpty)
            XCTAssertEqual(during.findings.map(\.fingerprint), after.findings.map(\.fingerprint))
            XCTAssertEqual(during.summary.filesScanned, after.summary.filesScanned)
            XCTAssertEqual(during.summary.skipped, after.summary.skipped)
            XCTAssertEqual(during.warnings, after.warnings)
        }
    }
}
