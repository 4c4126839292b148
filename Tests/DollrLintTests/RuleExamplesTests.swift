import Foundation
import Testing
@testable import DollrLintCore

/// Every rule's own triggering and non-triggering examples (Swift and data rules alike), one test case per rule and
/// check, so a failure names its rule. Examples are also mutated: commented out, a code rule must be silent; behind a
/// suppression, silent too. `DOLLR_LINT_RULE=<id> swift test --filter RuleExamples` runs the examples of one rule.
@Suite struct RuleExamples {
    /// The rules under test: all of them, or the one named by `DOLLR_LINT_RULE`.
    static let rules: [RuleUnderTest] = TestSupport.allRules
        .filter { rule in ProcessInfo.processInfo.environment["DOLLR_LINT_RULE"].map { $0 == rule.id.rawValue } ?? true }
        .map { RuleUnderTest(id: $0.id.rawValue) }

    @Test(arguments: rules)
    func hasExamplesInSeveralLanguages(_ subject: RuleUnderTest) {
        let d = subject.rule.description
        #expect(!d.triggeringExamples.isEmpty, "\(d.id) has no triggering example")
        #expect(!d.nonTriggeringExamples.isEmpty, "\(d.id) has no non-triggering example")
        let languages = Set(d.triggeringExamples.map { Language.detect(path: $0.path) })
        #expect(languages.count >= 3, "\(d.id): triggering examples cover fewer than 3 languages")
        let quiet = Set(d.nonTriggeringExamples.map { Language.detect(path: $0.path) })
        #expect(quiet.count >= (d.category == .secrets ? 3 : 2), "\(d.id): non-triggering examples cover too few languages")
    }

    @Test(arguments: rules)
    func triggeringExamplesFireWhereMarked(_ subject: RuleUnderTest) {
        for example in subject.rule.description.triggeringExamples {
            let marked = MarkedCode(example.code)
            let got = subject.findings(example, code: marked.code).map { MarkedCode.Position(line: $0.line, column: $0.column) }
            #expect(!got.isEmpty, "\(subject.id) did not fire on \(example.origin):\n\(marked.code)")
            if !marked.positions.isEmpty {
                #expect(
                    got.sorted() == marked.positions.sorted(),
                    "\(subject.id) fired elsewhere than the ↓ markers in \(example.origin) (line:column):\n\(example.code)")
            }
        }
    }

    @Test(arguments: rules)
    func nonTriggeringExamplesStaySilent(_ subject: RuleUnderTest) {
        for example in subject.rule.description.nonTriggeringExamples {
            let got = subject.findings(example, code: example.code)
            #expect(got.isEmpty, "\(subject.id) fired on non-triggering \(example.origin) at lines \(got.map(\.line)):\n\(example.code)")
        }
    }

    @Test(arguments: rules)
    func commentedOutExamplesStaySilent(_ subject: RuleUnderTest) {
        // Secrets in comments are still secrets: hardcoded-secret reads comments on purpose.
        guard subject.id != "hardcoded-secret" else { return }
        for example in subject.rule.description.triggeringExamples {
            let language = Language.detect(path: example.path)
            guard let prefix = language.lineCommentPrefix, language.hasStatementComments else { continue }
            let code = MarkedCode(example.code).code.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("<?php") ? String($0) : prefix + " " + $0 }
                .joined(separator: "\n")
            let got = subject.findings(example, code: code)
            #expect(got.isEmpty, "\(subject.id) fired inside a comment for \(example.origin):\n\(code)")
        }
    }

    @Test(arguments: rules)
    func suppressedExamplesStaySilent(_ subject: RuleUnderTest) {
        for example in subject.rule.description.triggeringExamples {
            let language = Language.detect(path: example.path)
            guard let prefix = language.lineCommentPrefix,
                language.hasStatementComments || language == .dotenv || language == .yaml
            else { continue }
            let marked = MarkedCode(example.code)
            var lines = marked.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for line in Set(marked.positions.map(\.line)).sorted(by: >) {
                let indent = String(lines[line - 1].prefix(while: { $0 == " " }))
                lines.insert("\(indent)\(prefix) dollr-lint:ignore-next-line \(subject.id) -- example for the test suite", at: line - 1)
            }
            let got = subject.findings(example, code: lines.joined(separator: "\n"))
            #expect(got.isEmpty, "\(subject.id) was not suppressed in \(example.origin): \(got.map { "\($0.line)" })")
        }
    }
}

/// A rule as a test argument: the test case is named by the rule id.
struct RuleUnderTest: CustomTestStringConvertible, Sendable {
    let id: String
    var rule: Rule { TestSupport.allRules.first { $0.id.rawValue == id }! }
    var testDescription: String { id }

    /// The rule's findings on the example's file, with the example's other files as its project.
    func findings(_ example: RuleExample, code: String) -> [Finding] {
        var files = example.context
        files[example.path] = code
        return TestSupport.scanner(only: [rule.id.rawValue])
            .scan(files: files.map { InMemoryFile(path: $0.key, contents: $0.value) }, wholeProject: true)
            .findings.filter { $0.rule == rule.id && $0.path == example.path }
    }
}

/// Example code with its `↓` markers taken out, and the 1-based line and column each marker stood at.
struct MarkedCode {
    struct Position: Comparable, CustomStringConvertible {
        let line: Int
        let column: Int
        static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
        var description: String { "\(line):\(column)" }
    }

    let code: String
    let positions: [Position]

    init(_ marked: String) {
        var positions: [Position] = []
        var line = 1
        var column = 1
        var code = ""
        for character in marked {
            if character == RuleExample.marker {
                positions.append(Position(line: line, column: column))
                continue
            }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
            code.append(character)
        }
        self.code = code
        self.positions = positions
    }
}

extension Language {
    /// Languages whose line comments can wrap any line of an example (code rules must be silent inside them).
    var hasStatementComments: Bool { family == .cLike || self == .python || self == .ruby || self == .shell }
}
