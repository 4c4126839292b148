import Foundation

/// The Filters stage: which findings of a file survive and how they are graded. Severity overrides, one finding per
/// rule and place, and suppression comments are applied per file as files are scanned; the baseline, which needs
/// every finding of the scan to list stale entries, is applied once to the report.
public struct FindingFilter: Sendable {
    public let severityOverrides: [String: Severity]
    public let baseline: Baseline?

    public init(severityOverrides: [String: Severity] = [:], baseline: Baseline? = nil) {
        self.severityOverrides = severityOverrides
        self.baseline = baseline
    }

    /// One file's findings after overrides, de-duplication and its suppression comments (counted in `suppressed`).
    public func fileFindings(
        _ findings: [Finding], source: SourceFile, suppressions: [Suppression]?,
        suppressed: inout Int
    ) -> [Finding] {
        var result = findings
        if !severityOverrides.isEmpty {
            for i in result.indices {
                if let severity = severityOverrides[result[i].rule.rawValue] { result[i].severity = severity }
            }
        }
        // Two patterns matching the same spot are one problem.
        var seen = Set<String>()
        result = result.filter { seen.insert("\($0.rule):\($0.line):\($0.column)").inserted }
        if let suppressions {
            result = SuppressionFilter.apply(result, suppressions: suppressions, source: source, suppressedCount: &suppressed)
        }
        return result
    }

    /// The report without the findings the baseline covers; the entries that matched nothing come back as stale.
    /// `previousPaths` maps a renamed file's path to the one it had, so its entries follow it.
    public func applyBaseline(
        to report: inout ScanReport, baselineName: String,
        previousPaths: [String: String] = [:]
    ) -> [Baseline.Entry] {
        guard let baseline else { return [] }
        let outcome = baseline.apply(to: report.findings, previousPaths: previousPaths)
        report.findings = outcome.remaining
        report.summary.baselined = outcome.baselinedCount
        for e in outcome.stale {
            report.warnings.append("\(baselineName): stale baseline entry for \(e.rule) in \(e.path) matches no finding")
        }
        return outcome.stale
    }
}
