import Foundation

/// What every summary shows, computed once from the report: counts by severity and category, skips by reason.
struct ReportTotals {
    static let categories: [RuleCategory] = [.secrets, .idempotency, .integration, .payload, .meta]
    /// Most severe first, the order people read a report in.
    static let severities: [Severity] = [.error, .warning, .note]

    let findings: Int
    let bySeverity: [Severity: Int]
    /// Keyed by category, then severity.
    let byCategory: [RuleCategory: [Severity: Int]]
    let filesScanned: Int
    /// "3 binary", "1 unreadable", ... in a fixed order; empty when nothing was skipped.
    let skipped: [String]

    init(_ report: ScanReport) {
        findings = report.findings.count
        var bySeverity: [Severity: Int] = [:]
        var byCategory: [RuleCategory: [Severity: Int]] = [:]
        for f in report.findings {
            bySeverity[f.severity, default: 0] += 1
            byCategory[f.category, default: [:]][f.severity, default: 0] += 1
        }
        self.bySeverity = bySeverity
        self.byCategory = byCategory
        filesScanned = report.summary.filesScanned
        let k = report.summary.skipped
        let reasons = [
            (k.binary, "binary"), (k.tooLarge, "too large"), (k.unreadable, "unreadable"), (k.ignored, "ignored"),
            (k.symlink, "symlink"), (k.special, "FIFO, socket or device"),
            (k.tooComplex, "too complex"),
        ]
        skipped = reasons.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    }

    func count(_ severity: Severity) -> Int { bySeverity[severity, default: 0] }

    func count(_ category: RuleCategory) -> Int { byCategory[category, default: [:]].values.reduce(0, +) }

    /// Categories that have findings, in the fixed order.
    var presentCategories: [RuleCategory] { Self.categories.filter { count($0) > 0 } }

    /// "5 findings (3 errors, 2 warnings, 0 notes) in 10 files".
    var headline: String {
        let parts = Self.severities.map { Self.plural(count($0), $0.rawValue) }
        return "\(Self.plural(findings, "finding")) (\(parts.joined(separator: ", "))) in \(Self.plural(filesScanned, "file"))"
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

extension Severity {
    /// SARIF's and the GitHub annotations' word for the level.
    var sarifLevel: String { self == .note ? "note" : rawValue }
}

/// Text shown on a terminal or in a CI log: file names, messages and snippets come from the scanned repository,
/// so control characters (terminal escape sequences, carriage returns that overwrite a line) and bidirectional
/// overrides (that reorder what is read) are shown as visible escapes instead of acting.
public enum VisibleText {
    public static func escapingControls(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if needsEscape(u) { out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidi embeddings, overrides and isolates, and the line and paragraph separators.
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
