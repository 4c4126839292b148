import XCTest
@testable import DollrLintCore

/// The Filters stage: rule selection, per-file filtering, the exit-code verdict.
final class FiltersTests: XCTestCase {
    func testSelectionKeepsTurnedOffSecretRulesForTheMaskerOnly() throws {
        var config = Configuration()
        config.rules["token-logging"] = Configuration.RuleSetting(enabled: true, severity: .warning)
        let selection = try RuleSelection(all: TestSupport.allRules, configuration: config, only: nil, disabled: ["hardcoded-secret"])
        XCTAssertFalse(selection.enabled.contains { $0.id == "hardcoded-secret" })
        XCTAssertEqual(selection.maskingOnly.map(\.id), ["hardcoded-secret"])
        XCTAssertEqual(selection.severityOverrides, ["token-logging": .warning])
    }

    func testOnlyTurnsOffEveryOtherRuleAndUnknownIdsAreErrors() throws {
        let selection = try RuleSelection(
            all: TestSupport.allRules, configuration: Configuration(), only: ["unknown-endpoint"], disabled: [])
        XCTAssertEqual(selection.enabled.map(\.id), ["unknown-endpoint"])
        XCTAssertTrue(selection.maskingOnly.allSatisfy { $0.description.category == .secrets })
        XCTAssertThrowsError(try RuleSelection(all: TestSupport.allRules, configuration: Configuration(), only: nil, disabled: ["nope"])) {
            XCTAssertEqual(($0 as? ConfigError)?.description, "--disable: unknown rule id 'nope' (see 'dollr-lint rules')")
        }
    }

    func testFileFindingsApplyOverridesAndKeepOneFindingPerRuleAndPlace() {
        let source = SourceFile(path: "a.js", bytes: Array("x\n".utf8), isGitIgnored: false)
        let finding = Finding(
            rule: "token-logging", category: .secrets, severity: .error, path: "a.js", line: 1, column: 1, endLine: 1,
            endColumn: 2, message: "m", snippet: "x", fingerprint: "", help: "")
        var other = finding
        other.rule = "hardcoded-secret"
        var suppressed = 0
        let kept = FindingFilter(severityOverrides: ["token-logging": .note])
            .fileFindings([finding, finding, other], source: source, suppressions: nil, suppressed: &suppressed)
        XCTAssertEqual(kept.map(\.rule), ["token-logging", "hardcoded-secret"])
        XCTAssertEqual(kept.map(\.severity), [.note, .error])
        XCTAssertEqual(suppressed, 0)
    }

    func testVerdictDecidesTheExitCodeInOnePlace() {
        let warning = Finding(
            rule: "r", category: .integration, severity: .warning, path: "a", line: 1, column: 1, endLine: 1,
            endColumn: 1, message: "", snippet: "", fingerprint: "", help: "")
        XCTAssertEqual(
            GateVerdict(failOn: .error, failOnStaleBaseline: false, wroteBaseline: false)
                .exitCode(findings: [warning], staleBaselineEntries: 0), 0)
        XCTAssertEqual(
            GateVerdict(failOn: .warning, failOnStaleBaseline: false, wroteBaseline: false)
                .exitCode(findings: [warning], staleBaselineEntries: 0), 1)
        XCTAssertEqual(
            GateVerdict(failOn: .never, failOnStaleBaseline: true, wroteBaseline: false)
                .exitCode(findings: [], staleBaselineEntries: 1), 1)
        XCTAssertEqual(
            GateVerdict(failOn: .note, failOnStaleBaseline: true, wroteBaseline: true)
                .exitCode(findings: [warning], staleBaselineEntries: 1), 0)
    }
}
