import Foundation

public struct ReportOptions: Sendable {
    public var color = false
    public var quiet = false
    public var toolVersion = DollrLint.version
    /// The rules that ran (with the meta rule): SARIF rule metadata, explanations in the HTML and markdown reports.
    public var rules: [RuleDescription] = []
    /// The absolute directory that findings' paths are relative to (SARIF `originalUriBaseIds`).
    /// nil: the report's root, resolved against the current directory.
    public var pathBase: String?
    public init() {}
}

/// One type per output format; each reads the findings, the summary and the rule descriptions, nothing else.
public protocol Reporter: Sendable {
    static var format: String { get }
    init()
    func render(_ report: ScanReport, options: ReportOptions) -> String
}

public enum DollrLint {
    public static let version = "0.1.0"

    /// Every output format, in the order `--help` lists them: the one list `--format` reads.
    public static let reporters: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self, JUnitReporter.self,
        HTMLReporter.self, MarkdownReporter.self,
    ]

    public static var formatNames: [String] { reporters.map { $0.format } }

    public static func reporter(named name: String) -> (any Reporter)? {
        reporters.first { $0.format == name }.map { $0.init() }
    }
}
