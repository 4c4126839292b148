import Foundation
import XCTest
@testable import DollrLintCore

/// What each reporter does with text that comes from the scanned repository, and the markdown and HTML reports.
final class ReporterTests: XCTestCase {
    static func finding(
        path: String = "src/pay.js", line: Int = 3, rule: String = "token-logging", category: RuleCategory = .secrets,
        severity: Severity = .error, message: String = "Access token is written to the log",
        snippet: String = "console.log(token)", help: String = "https://docs.heydollr.app/authentication"
    ) -> Finding {
        var f = Finding(
            rule: RuleID(rule), category: category, severity: severity, path: path, line: line, column: 1, endLine: line, endColumn: 12,
            message: message, snippet: snippet, fingerprint: "0123456789abcdef", help: help)
        f.context = ["// before", snippet, "// after"]
        f.contextStartLine = line - 1
        return f
    }

    static func report(_ findings: [Finding]) -> ScanReport {
        var summary = ScanSummary()
        summary.filesScanned = Set(findings.map { $0.path }).count
        return ScanReport(root: "app", findings: findings.sorted(by: Finding.sortedOrder), summary: summary, warnings: [])
    }

    static var options: ReportOptions {
        var o = ReportOptions()
        o.rules = RuleCatalog.descriptions(TestSupport.allRules)
        return o
    }

    func testOneListOfReportersServesFormat() {
        XCTAssertEqual(DollrLint.formatNames, ["text", "json", "sarif", "github", "junit", "html", "markdown"])
        for name in DollrLint.formatNames { XCTAssertEqual(DollrLint.reporter(named: name).map { type(of: $0).format }, name) }
        XCTAssertNil(DollrLint.reporter(named: "xml"))
        XCTAssertNil(DollrLint.reporter(named: "HTML"))
    }

    func testTerminalEscapesAreShownNotActedOnInTextAndGitHubOutput() {
        let f = Self.finding(
            path: "src/\u{1B}[2Jevil\u{7}.js", message: "token \u{1B}]0;owned\u{7} logged\rfake line",
            snippet: "log(\"\u{202E}nekot\u{202C}\", \u{9B}31m token)")
        let report = Self.report([f])
        for format in ["text", "github"] {
            let out = DollrLint.reporter(named: format)!.render(report, options: Self.options)
            for bad: Unicode.Scalar in ["\u{1B}", "\u{7}", "\r", "\u{202E}", "\u{202C}", "\u{9B}"] {
                XCTAssertFalse(out.unicodeScalars.contains(bad), "\(format) printed U+\(String(bad.value, radix: 16)): \(out)")
            }
            XCTAssertTrue(out.contains("\\u{1B}[2Jevil\\u{7}.js"), "\(format) shows the escape: \(out)")
            XCTAssertTrue(out.contains("\\u{202E}nekot\\u{202C}") || format == "github", out)
        }
        // Plain text, tabs and non-ASCII letters pass through unchanged.
        XCTAssertEqual(VisibleText.escapingControls("café\tß → ok"), "café\tß → ok")
    }

    func testColourUsesOnlyItsOwnEscapes() {
        var options = Self.options
        options.color = true
        let f = Self.finding(path: "a\u{1B}[31m.js", snippet: "x\u{1B}[0my")
        let out = TextReporter().render(Self.report([f]), options: options)
        let sequences = out.components(separatedBy: "\u{1B}").dropFirst()
        XCTAssertFalse(sequences.isEmpty)
        for s in sequences {
            XCTAssertNotNil(s.range(of: #"^\[[0-9;]+m"#, options: .regularExpression), "a foreign escape: \(s.prefix(10))")
        }
        XCTAssertTrue(out.contains("a\\u{1B}[31m.js"))
    }

    func testCaretStaysUnderTheColumnAfterAnEscape() {
        var f = Self.finding(snippet: "\u{1B}x = token")
        f.column = 6
        let lines = TextReporter().render(Self.report([f]), options: Self.options).split(separator: "\n")
        let snippet = lines[1], caret = lines[2]
        let caretColumn = caret.firstIndex(of: "^")!.utf16Offset(in: caret)
        XCTAssertEqual(Array(snippet.utf8)[caretColumn], UInt8(ascii: "t"), "\(snippet)\n\(caret)")
    }

    func testMarkdownEscapesWhatCouldBreakTheTableOrThePage() {
        let nasty = "a | b `c` </details><script>alert(1)</script> [x](javascript:alert(1)) ```"
        let f = Self.finding(path: "src/a|b.ts", message: nasty, snippet: "const s = `x` + \"```\" | y </details>")
        let out = MarkdownReporter().render(Self.report([f, Self.finding(line: 9, rule: "hardcoded-secret")]), options: Self.options)
        XCTAssertFalse(out.contains("<script>"), out)
        XCTAssertNil(out.range(of: #"[^\\]\]\(javascript:"#, options: .regularExpression), "an unescaped link: \(out)")
        // The snippet's own ``` cannot end its code block: the fence is longer.
        let fenced = "````ts\nconst s = `x` + \"```\" | y </details>\n````"
        XCTAssertTrue(out.contains(fenced), out)
        let outsideCode = out.replacingOccurrences(of: fenced, with: "")
        XCTAssertEqual(
            outsideCode.components(separatedBy: "</details>").count, outsideCode.components(separatedBy: "<details>").count,
            "outside code blocks, every </details> closes one of ours")
        // Each table row of findings has exactly four cells: no unescaped `|` inside a cell.
        let rows = out.split(separator: "\n").filter { $0.hasPrefix("| 3:1 ") || $0.hasPrefix("| 9:1 ") }
        XCTAssertEqual(rows.count, 2, out)
        for row in rows {
            let cells = row.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false)
            XCTAssertEqual(cells.count, 6, String(row))
        }
        XCTAssertTrue(out.contains("| secrets | 2 | 0 | 0 | 2 |"), out)
        XCTAssertTrue(out.contains("### Rules") && out.contains("<details><summary>token-logging: "), out)
    }

    func testMarkdownStaysWithinACommentAndSaysWhatItLeftOut() {
        let findings = (0..<3000).map {
            Self.finding(path: "src/f\($0 / 10).js", line: 2 + $0 % 10, snippet: String(repeating: "x", count: 60))
        }
        let out = MarkdownReporter().render(Self.report(findings), options: Self.options)
        XCTAssertLessThanOrEqual(out.utf8.count, 65_536)
        XCTAssertNotNil(out.range(of: #"_[0-9]+ more findings not shown"#, options: .regularExpression), String(out.suffix(500)))
        XCTAssertTrue(out.hasPrefix("## dollr-lint: 3000 findings (3000 errors, 0 warnings, 0 notes) in 300 files\n"))
    }

    func testMarkdownWithoutFindings() {
        let out = MarkdownReporter().render(Self.report([]), options: Self.options)
        XCTAssertTrue(out.contains("No findings."))
        XCTAssertFalse(out.contains("| category |"))
    }

    func testHTMLEscapesEverythingAndLoadsNothing() {
        let f = Self.finding(
            path: "src/<img src=x onerror=alert(1)>.js", message: "\"><script>alert(1)</script>",
            snippet: "x = '<b>&amp;</b>'", help: "javascript:alert(1)")
        let warning = Self.finding(line: 20, category: .payload, severity: .warning)
        let html = HTMLReporter().render(Self.report([f, warning]), options: Self.options)
        XCTAssertFalse(html.contains("<img"), "no element from the scanned file")
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1, "only the report's own script")
        XCTAssertFalse(html.contains("href=\"javascript:"))
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;.js"))
        XCTAssertTrue(html.contains("x = &#39;&lt;b&gt;&amp;amp;&lt;/b&gt;&#39;"))
        XCTAssertTrue(html.contains("<a href=\"https://docs.heydollr.app/authentication\""), "a real doc link is linked")
        let loading = html.range(of: #"<[^>]*\b(src|srcset|background|data)="#, options: .regularExpression)
        XCTAssertNil(loading, "an element that loads something")
        for external in ["<link", "url(", "@import", "http-equiv=\"refresh\""] { XCTAssertFalse(html.contains(external), external) }
        func nonce(_ page: String) -> String? {
            page.range(of: #"script-src 'nonce-[A-Za-z0-9+/=]+'"#, options: .regularExpression)
                .map { String(page[$0].dropFirst("script-src 'nonce-".count).dropLast()) }
        }
        let value = nonce(html)!
        XCTAssertTrue(html.contains("<script nonce=\"\(value)\">") && html.contains("<style nonce=\"\(value)\">"))
        XCTAssertTrue(html.contains("default-src 'none'"))
        // Context lines carry their numbers; the finding's line is marked.
        XCTAssertTrue(html.contains("<mark><span class=\"ln\">3</span>x = &#39;"), html)
        XCTAssertTrue(html.contains("<span class=\"ln\">2</span>// before"))
        XCTAssertTrue(html.contains("data-category=\"payload\" data-severity=\"warning\""))
        XCTAssertNotEqual(value, nonce(HTMLReporter().render(Self.report([f]), options: Self.options)), "a fresh nonce per report")
    }

    func testHTMLExplainsEachFindingsRule() {
        let html = HTMLReporter().render(Self.report([Self.finding()]), options: Self.options)
        let rule = TestSupport.allRules.first { $0.id == "token-logging" }!.description
        XCTAssertTrue(html.contains(HTMLText.escape(rule.rationale)))
        XCTAssertTrue(html.contains(HTMLText.escape(rule.fix)))
        XCTAssertTrue(html.contains("<tr><th>secrets</th><td>1</td><td>0</td><td>0</td><td>1</td></tr>"), html)
    }

    /// Through the binary: a file whose name carries a terminal escape, in every format people read on a terminal or
    /// in a CI log; the markdown and HTML reports come out of `--format`.
    func testEscapesInFileNamesNeverReachTheTerminal() throws {
        let dir = TestSupport.temporaryDirectory()
        let leak = "const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2BnT8yH4d\";\n"
        TestSupport.write(["src/x\u{1B}]0;owned\u{7}\u{1B}[2J.js": leak], to: dir)
        for format in ["text", "github", "markdown", "html"] {
            let run = try TestSupport.run([dir.path, "--format", format])
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertTrue(run.stdout.contains("hardcoded-secret"), "\(format): \(run.stdout)")
            XCTAssertTrue(run.stdout.contains("x\\u{1B}]0;owned\\u{7}\\u{1B}[2J.js"), "\(format) shows the name escaped: \(run.stdout)")
            for output in [run.stdout, run.stderr] { XCTAssertFalse(output.contains("\u{1B}") || output.contains("\u{7}"), format) }
        }
        // A warning on stderr names the file too: a symlink out of the scan root, named on the command line.
        let link = "x\u{1B}[2J.js"
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(link).path, withDestinationPath: "/etc/hostname")
        let warned = try TestSupport.run([link, "src"], cwd: dir)
        XCTAssertTrue(warned.stderr.contains("x\\u{1B}[2J.js"), warned.stderr)
        XCTAssertFalse(warned.stderr.contains("\u{1B}"), warned.stderr)
        let usage = try TestSupport.run([dir.path, "--format", "xml"])
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.stderr.contains("expected text, json, sarif, github, junit, html, markdown, got 'xml'"), usage.stderr)
    }
}
