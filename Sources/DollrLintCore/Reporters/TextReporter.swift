import Foundation

/// For people at a terminal: one line per finding, the masked snippet with a caret, a summary line.
public struct TextReporter: Reporter {
    public static let format = "text"
    public init() {}

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        func paint(_ s: String, _ code: String) -> String { options.color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let shown = VisibleText.escapingControls
        var out = ""
        if !options.quiet {
            for f in report.findings {
                let severity = paint(f.severity.rawValue, f.severity == .error ? "31;1" : (f.severity == .warning ? "33;1" : "36"))
                out +=
                    "\(paint("\(shown(f.path)):\(f.line):\(f.column)", "1")): \(severity) [\(shown(f.rule.rawValue))] \(shown(f.message))\n"
                if !f.snippet.isEmpty {
                    out += "    \(shown(f.snippet))\n"
                    if let indent = caretIndent(f) { out += "    " + String(repeating: " ", count: indent) + paint("^", "32;1") + "\n" }
                }
            }
        }
        let totals = ReportTotals(report)
        let s = report.summary
        var line = totals.headline
        if !totals.skipped.isEmpty { line += "; skipped \(totals.skipped.joined(separator: ", "))" }
        if s.skipped.invalidUTF8 > 0 { line += "; \(s.skipped.invalidUTF8) with invalid UTF-8 read lossily" }
        if s.suppressed > 0 { line += "; \(s.suppressed) suppressed" }
        if s.baselined > 0 { line += "; \(s.baselined) in baseline" }
        line += " (\(s.durationMS) ms)"
        return out + line + "\n"
    }

    /// Where the caret goes under the shown snippet: the snippet is trimmed of leading whitespace (the column counts
    /// from the untrimmed line) and control characters before the column are shown as longer escapes.
    private func caretIndent(_ f: Finding) -> Int? {
        guard f.column >= 1 else { return nil }
        let raw = max(0, min(f.snippet.count, f.column - 1 - f.snippetTrim))
        return VisibleText.escapingControls(String(f.snippet.prefix(raw))).count
    }
}
