import Foundation

public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case note, warning, error
    var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

public enum RuleCategory: String, Codable, Sendable {
    case secrets, idempotency, integration, payload, meta
}

/// One problem at one place. Snippets are masked when the finding is made, so no reporter can print a secret.
public struct Finding: Codable, Sendable, Equatable {
    public var rule: RuleID
    public var category: RuleCategory
    public var severity: Severity
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var message: String
    public var snippet: String
    public var fingerprint: String
    public var help: String
    /// Characters of leading whitespace trimmed from the snippet (places the caret of the text report).
    public var snippetTrim: Int = 0
    /// Masked source lines around the finding, from `contextStartLine` on, for reports a person reads (HTML).
    /// Not part of the JSON contract.
    public var context: [String] = []
    public var contextStartLine: Int = 0
    /// SHA-256 of the secret values the finding masks, held only in memory (never encoded): a baseline keys its
    /// entries on it, so a different secret on the same line is a new finding.
    public var secretDigest: [UInt8] = []
    /// Why a rule about Dollr's data took this code for Dollr's (`DollrScope`); shown on stderr under
    /// `DOLLR_LINT_DEBUG`, never encoded.
    public var dollrScope: String = ""

    enum CodingKeys: String, CodingKey {
        case rule, category, severity, path, line, column, message, snippet, fingerprint, help
        case endLine = "end_line", endColumn = "end_column"
    }

    /// Contract order: path, line, column, rule.
    public static func sortedOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.rule < b.rule
    }
}

public struct ScanSummary: Sendable {
    public var filesScanned = 0
    public var skipped = SkipCounts()
    public var durationMS = 0
    public var suppressed = 0
    public var baselined = 0
}

public struct ScanReport: Sendable {
    public var root: String
    public var findings: [Finding]
    public var summary: ScanSummary
    /// Non-fatal problems (an unsupported schema keyword, an unreadable file) shown on stderr.
    public var warnings: [String]
    /// Files that could not be read: the scan fails closed on them unless told to skip them.
    public var unreadable: [String] = []
}
