import Foundation

/// GitHub Actions workflow commands: one annotation per finding on the changed file's line.
public struct GitHubReporter: Reporter {
    public static let format = "github"
    public init() {}

    /// Workflow-command data: `%`, CR and LF are encoded so a message cannot start a second command; other control
    /// characters (terminal escapes in the log) are shown as visible escapes.
    static func escapeData(_ s: String) -> String {
        VisibleText.escapingControls(
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A"))
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        var out = ""
        for f in report.findings {
            let level = f.severity == .note ? "notice" : f.severity.rawValue
            let location =
                "file=\(Self.escapeProperty(f.path)),line=\(f.line),col=\(f.column)"
                + ",endLine=\(f.endLine),endColumn=\(f.endColumn)"
            let title = Self.escapeProperty("dollr-lint " + f.rule.rawValue)
            out += "::\(level) \(location),title=\(title)::\(Self.escapeData(f.message + " (" + f.help + ")"))\n"
        }
        return out
    }
}
