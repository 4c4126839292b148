import XCTest
@testable import DollrLintCore

/// Runs every rule's own triggering and non-triggering examples (Swift and data rules alike),
/// and mutates them: commented out, a code rule must be silent; behind a suppression, silent too.
final class RuleExamplesTests: XCTestCase {
    struct Marked { let code: String; let lines: [Int] }

    /// Strips `↓` markers and returns the 1-based lines they were on.
    static func strip(_ code: String) -> Marked {
        var lines: [Int] = []
        var line = 1
        var out = ""
        for ch in code {
            if ch == RuleExample.marker { lines.append(line); continue }
            if ch == "\n" { line += 1 }
            out.append(ch)
        }
        return Marked(code: out, lines: lines)
    }

    func findings(_ rule: Rule, _ example: RuleExample, code: String) -> [Finding] {
        var files = example.context
        files[example.path] = code
        return TestSupport.scanner(only: [rule.id]).scan(files: files.map { InMemoryFile(path: $0.key, contents: $0.value) }).findings.filter { $0.rule == rule.id && $0.path == example.path }
    }

    func testEveryRuleHasExamplesInThreeLanguages() {
        for rule in TestSupport.allRules {
            let d = rule.description
            XCTAssertFalse(d.triggeringExamples.isEmpty, "\(d.id) has no triggering example")
            XCTAssertFalse(d.nonTriggeringExamples.isEmpty, "\(d.id) has no non-triggering example")
            let languages = Set(d.triggeringExamples.map { Language.detect(path: $0.path) })
            XCTAssertGreaterThanOrEqual(languages.count, 3, "\(d.id): triggering examples cover fewer than 3 languages")
            let quiet = Set(d.nonTriggeringExamples.map { Language.detect(path: $0.path) })
            XCTAssertGreaterThanOrEqual(quiet.count, d.category == .secrets ? 3 : 2, "\(d.id): non-triggering examples cover too few languages")
        }
    }

    func testTriggeringExamplesFireWhereMarked() {
        for rule in TestSupport.allRules {
            for ex in rule.description.triggeringExamples {
                let m = RuleExamplesTests.strip(ex.code)
                let got = findings(rule, ex, code: m.code).map { $0.line }
                XCTAssertFalse(got.isEmpty, "\(rule.id) did not fire on \(ex.origin):\n\(m.code)")
                if !m.lines.isEmpty {
                    XCTAssertEqual(got.sorted(), m.lines.sorted(), "\(rule.id) fired on other lines than the ↓ markers in \(ex.origin):\n\(ex.code)")
                }
            }
        }
    }

    func testNonTriggeringExamplesStaySilent() {
        for rule in TestSupport.allRules {
            for ex in rule.description.nonTriggeringExamples {
                let got = findings(rule, ex, code: ex.code)
                XCTAssertTrue(got.isEmpty, "\(rule.id) fired on non-triggering \(ex.origin) at lines \(got.map { $0.line }):\n\(ex.code)")
            }
        }
    }

    func testCommentedOutExamplesStaySilent() {
        for rule in TestSupport.allRules {
            for ex in rule.description.triggeringExamples {
                let lang = Language.detect(path: ex.path)
                guard let prefix = lang.lineCommentPrefix, lang.family == .cLike || lang == .python || lang == .ruby || lang == .shell else { continue }
                // Secrets in comments are still secrets: hardcoded-secret reads comments on purpose.
                if rule.id == "hardcoded-secret" { continue }
                let code = RuleExamplesTests.strip(ex.code).code.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("<?php") ? String($0) : prefix + " " + $0 }.joined(separator: "\n")
                let got = findings(rule, ex, code: code)
                XCTAssertTrue(got.isEmpty, "\(rule.id) fired inside a comment for \(ex.origin):\n\(code)")
            }
        }
    }

    func testSuppressedExamplesStaySilent() {
        for rule in TestSupport.allRules {
            for ex in rule.description.triggeringExamples {
                let lang = Language.detect(path: ex.path)
                guard let prefix = lang.lineCommentPrefix, lang.family == .cLike || lang == .python || lang == .ruby || lang == .shell || lang == .dotenv || lang == .yaml else { continue }
                let m = RuleExamplesTests.strip(ex.code)
                var lines = m.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for line in m.lines.sorted(by: >) {
                    let indent = String(lines[line - 1].prefix(while: { $0 == " " }))
                    lines.insert("\(indent)\(prefix) dollr-lint:ignore-next-line \(rule.id) -- example for the test suite", at: line - 1)
                }
                let got = findings(rule, ex, code: lines.joined(separator: "\n"))
                XCTAssertTrue(got.isEmpty, "\(rule.id) was not suppressed in \(ex.origin): \(got.map { "\($0.line)" })")
            }
        }
    }
}
