import Foundation

/// The contract's JSON report, keys in a stable order.
public struct JSONReporter: Reporter {
    public static let format = "json"
    public init() {}

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let q = JSONWriter.quote
        let totals = ReportTotals(report)
        var out = "{\n  \"tool\": {\"name\": \"dollr-lint\", \"version\": \(q(options.toolVersion))},\n"
        out += "  \"root\": \(q(report.root)),\n  \"findings\": ["
        out += report.findings.map { f in
            "\n    {\"rule\": \(q(f.rule.rawValue)), \"category\": \(q(f.category.rawValue)), \"severity\": \(q(f.severity.rawValue)), "
                + "\"path\": \(q(f.path)), \"line\": \(f.line), \"column\": \(f.column), \"message\": \(q(f.message)), "
                + "\"snippet\": \(q(f.snippet)), \"fingerprint\": \(q(f.fingerprint)), \"help\": \(q(f.help))}"
        }.joined(separator: ",")
        out += report.findings.isEmpty ? "],\n" : "\n  ],\n"
        let s = report.summary, k = s.skipped
        out += "  \"summary\": {\"files_scanned\": \(s.filesScanned), \"findings\": \(totals.findings), "
        out += "\"errors\": \(totals.count(.error)), \"warnings\": \(totals.count(.warning)), \"notes\": \(totals.count(.note)), "
        out += "\"duration_ms\": \(s.durationMS), "
        out += "\"suppressed\": \(s.suppressed), \"baselined\": \(s.baselined), "
        out += "\"skipped\": {\"binary\": \(k.binary), \"too_large\": \(k.tooLarge), \"unreadable\": \(k.unreadable), "
        out += "\"ignored\": \(k.ignored), \"symlink\": \(k.symlink), \"invalid_utf8\": \(k.invalidUTF8), "
        out += "\"fifo\": \(k.fifo), \"socket\": \(k.socket), \"device\": \(k.device), \"too_complex\": \(k.tooComplex)}}\n}\n"
        return out
    }
}
