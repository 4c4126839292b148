import Foundation

/// Markdown for `$GITHUB_STEP_SUMMARY` and merge-request comments: a summary table, findings grouped by file, snippets
/// and rule explanations collapsed. Kept under GitHub's 65,536-character comment limit: files that do not fit are
/// counted, and the HTML report has everything.
public struct MarkdownReporter: Reporter {
    public static let format = "markdown"
    public init() {}

    /// Room left under the comment limit for the closing note.
    static let budget = 60_000

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let totals = ReportTotals(report)
        var out = "## dollr-lint: \(totals.headline)\n\n"
        if totals.findings > 0 { out += summaryTable(totals) + "\n" }
        var notes: [String] = []
        if !totals.skipped.isEmpty { notes.append("Skipped: \(totals.skipped.joined(separator: ", ")).") }
        if report.summary.suppressed > 0 { notes.append("\(report.summary.suppressed) suppressed in the code.") }
        if report.summary.baselined > 0 { notes.append("\(report.summary.baselined) in the baseline.") }
        if !notes.isEmpty { out += notes.joined(separator: " ") + "\n\n" }
        if totals.findings == 0 { return out + "No findings.\n" }

        let byPath = Dictionary(grouping: report.findings, by: { $0.path })
        let paths = byPath.keys.sorted()
        var shownRules = Set<RuleID>()
        var omitted = 0
        for (i, path) in paths.enumerated() {
            let section = fileSection(path: path, findings: byPath[path]!)
            guard out.utf8.count + section.utf8.count <= Self.budget else {
                omitted = paths[i...].reduce(0) { $0 + byPath[$1]!.count }
                break
            }
            out += section
            shownRules.formUnion(byPath[path]!.map { $0.rule })
        }
        if omitted > 0 {
            out += "_\(ReportTotals.plural(omitted, "more finding")) not shown here, to stay within the size of a comment: "
            out += "run `dollr-lint --format html --output report.html` for all of them._\n\n"
        }
        let descriptions = options.rules.filter { shownRules.contains($0.id) }
        if !descriptions.isEmpty {
            out += "### Rules\n\n"
            for d in descriptions {
                let summary = "\(Markdown.html(d.id.rawValue)): \(Markdown.html(d.title))"
                let entry = "<details><summary>\(summary)</summary>\n\n\(RuleHelp.markdown(d))\n</details>\n\n"
                if out.utf8.count + entry.utf8.count > Self.budget { break }
                out += entry
            }
        }
        return out
    }

    private func summaryTable(_ totals: ReportTotals) -> String {
        var out = "| category | " + ReportTotals.severities.map { $0.rawValue }.joined(separator: " | ") + " | total |\n"
        out += "|---|" + String(repeating: "--:|", count: ReportTotals.severities.count + 1) + "\n"
        for c in totals.presentCategories {
            let counts = ReportTotals.severities.map { String(totals.byCategory[c, default: [:]][$0, default: 0]) }
            out += "| \(c.rawValue) | " + counts.joined(separator: " | ") + " | \(totals.count(c)) |\n"
        }
        out += "| **total** | " + ReportTotals.severities.map { "**\(totals.count($0))**" }.joined(separator: " | ")
        return out + " | **\(totals.findings)** |\n"
    }

    private func fileSection(path: String, findings: [Finding]) -> String {
        var out = "### \(Markdown.codeSpan(path)) (\(findings.count))\n\n| line | severity | rule | message |\n|--:|---|---|---|\n"
        for f in findings {
            let rule = Markdown.codeSpan(f.rule.rawValue, inTable: true)
            out += "| \(f.line):\(f.column) | \(f.severity.rawValue) | \(rule) | \(Markdown.inline(f.message)) |\n"
        }
        out += "\n<details><summary>Snippets in \(Markdown.html(path))</summary>\n\n"
        let language = Markdown.language(ofPath: path)
        for f in findings {
            out += "**\(f.line):\(f.column)** \(Markdown.codeSpan(f.rule.rawValue)): \(Markdown.inline(f.message))\n\n"
            out += Markdown.fenced(f.snippet, language: language) + "\n"
        }
        return out + "</details>\n\n"
    }
}
