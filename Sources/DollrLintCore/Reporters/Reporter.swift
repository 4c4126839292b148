import Foundation

public struct ReportOptions: Sendable {
    public var color = false
    public var quiet = false
    public var toolVersion = DollrLint.version
    public var rules: [RuleDescription] = []
    public init() {}
}

/// One type per output format; each reads the findings and the summary, nothing else.
public protocol Reporter {
    static var format: String { get }
    func render(_ report: ScanReport, options: ReportOptions) -> String
}

public enum DollrLint {
    public static let version = "0.1.0"
    public static let reporters: [Reporter.Type] = [TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self, JUnitReporter.self]

    public static func reporter(named name: String) -> Reporter? {
        switch name {
        case "text": return TextReporter()
        case "json": return JSONReporter()
        case "sarif": return SARIFReporter()
        case "github": return GitHubReporter()
        case "junit": return JUnitReporter()
        default: return nil
        }
    }
}

extension ScanReport {
    func count(_ s: Severity) -> Int { findings.filter { $0.severity == s }.count }
}

/// Minimal JSON text writer with stable key order.
public enum JSONWriter {
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

public struct TextReporter: Reporter {
    public static let format = "text"
    public init() {}

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let c = options.color
        func paint(_ s: String, _ code: String) -> String { c ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = ""
        if !options.quiet {
            for f in report.findings {
                let sev = paint(f.severity.rawValue, f.severity == .error ? "31;1" : (f.severity == .warning ? "33;1" : "36"))
                out += "\(paint("\(f.path):\(f.line):\(f.column)", "1")): \(sev) [\(f.rule)] \(f.message)\n"
                if !f.snippet.isEmpty {
                    out += "    \(f.snippet)\n"
                    // The caret sits under the column within the trimmed snippet.
                    if let indent = caretIndent(f) { out += "    " + String(repeating: " ", count: indent) + paint("^", "32;1") + "\n" }
                }
            }
        }
        let s = report.summary
        var line = "\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") (\(report.count(.error)) error\(report.count(.error) == 1 ? "" : "s"), \(report.count(.warning)) warning\(report.count(.warning) == 1 ? "" : "s"), \(report.count(.note)) note\(report.count(.note) == 1 ? "" : "s")) in \(s.filesScanned) file\(s.filesScanned == 1 ? "" : "s")"
        var skipped: [String] = []
        let k = s.skipped
        if k.binary > 0 { skipped.append("\(k.binary) binary") }
        if k.tooLarge > 0 { skipped.append("\(k.tooLarge) too large") }
        if k.unreadable > 0 { skipped.append("\(k.unreadable) unreadable") }
        if k.ignored > 0 { skipped.append("\(k.ignored) ignored") }
        if k.symlink > 0 { skipped.append("\(k.symlink) symlink") }
        if k.tooComplex > 0 { skipped.append("\(k.tooComplex) too complex") }
        if !skipped.isEmpty { line += "; skipped \(skipped.joined(separator: ", "))" }
        if k.invalidUTF8 > 0 { line += "; \(k.invalidUTF8) with invalid UTF-8 read lossily" }
        if s.suppressed > 0 { line += "; \(s.suppressed) suppressed" }
        if s.baselined > 0 { line += "; \(s.baselined) in baseline" }
        line += " (\(s.durationMS) ms)"
        return out + line + "\n"
    }

    private func caretIndent(_ f: Finding) -> Int? {
        // Snippets are trimmed of leading whitespace; the column counts from the untrimmed line.
        guard f.column >= 1 else { return nil }
        return max(0, min(f.snippet.count, f.column - 1 - f.snippetTrim))
    }
}

public struct JSONReporter: Reporter {
    public static let format = "json"
    public init() {}

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        var out = "{\n  \"tool\": {\"name\": \"dollr-lint\", \"version\": \(JSONWriter.quote(options.toolVersion))},\n"
        out += "  \"root\": \(JSONWriter.quote(report.root)),\n  \"findings\": ["
        out += report.findings.map { f in
            "\n    {\"rule\": \(JSONWriter.quote(f.rule)), \"category\": \(JSONWriter.quote(f.category.rawValue)), \"severity\": \(JSONWriter.quote(f.severity.rawValue)), " +
            "\"path\": \(JSONWriter.quote(f.path)), \"line\": \(f.line), \"column\": \(f.column), \"message\": \(JSONWriter.quote(f.message)), " +
            "\"snippet\": \(JSONWriter.quote(f.snippet)), \"fingerprint\": \(JSONWriter.quote(f.fingerprint)), \"help\": \(JSONWriter.quote(f.help))}"
        }.joined(separator: ",")
        out += report.findings.isEmpty ? "],\n" : "\n  ],\n"
        let s = report.summary, k = s.skipped
        out += "  \"summary\": {\"files_scanned\": \(s.filesScanned), \"findings\": \(report.findings.count), \"errors\": \(report.count(.error)), \"warnings\": \(report.count(.warning)), \"notes\": \(report.count(.note)), \"duration_ms\": \(s.durationMS), "
        out += "\"suppressed\": \(s.suppressed), \"baselined\": \(s.baselined), "
        out += "\"skipped\": {\"binary\": \(k.binary), \"too_large\": \(k.tooLarge), \"unreadable\": \(k.unreadable), \"ignored\": \(k.ignored), \"symlink\": \(k.symlink), \"invalid_utf8\": \(k.invalidUTF8), \"too_complex\": \(k.tooComplex)}}\n}\n"
        return out
    }
}

public struct GitHubReporter: Reporter {
    public static let format = "github"
    public init() {}

    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }
    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        var out = ""
        for f in report.findings {
            let level = f.severity == .error ? "error" : (f.severity == .warning ? "warning" : "notice")
            out += "::\(level) file=\(GitHubReporter.escapeProperty(f.path)),line=\(f.line),col=\(f.column),endLine=\(f.endLine),endColumn=\(f.endColumn),title=\(GitHubReporter.escapeProperty("dollr-lint " + f.rule))::\(GitHubReporter.escapeData(f.message + " (" + f.help + ")"))\n"
        }
        return out
    }
}

public struct JUnitReporter: Reporter {
    public static let format = "junit"
    public init() {}

    static func xml(_ s: String) -> String {
        var o = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&apos;"
            default:
                // XML 1.0 forbids most control characters.
                if u.value < 0x20 && u != "\n" && u != "\t" && u != "\r" { continue }
                o.unicodeScalars.append(u)
            }
        }
        return o
    }

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let failures = report.findings
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"dollr-lint\" tests=\"\(max(1, failures.count))\" failures=\"\(failures.count)\" time=\"\(Double(report.summary.durationMS) / 1000)\">\n"
        out += "  <testsuite name=\"dollr-lint\" tests=\"\(max(1, failures.count))\" failures=\"\(failures.count)\" errors=\"0\">\n"
        if failures.isEmpty { out += "    <testcase classname=\"dollr-lint\" name=\"scan\"/>\n" }
        for f in failures {
            out += "    <testcase classname=\"\(JUnitReporter.xml(f.path))\" name=\"\(JUnitReporter.xml("\(f.rule) \(f.path):\(f.line):\(f.column)"))\">\n"
            out += "      <failure type=\"\(JUnitReporter.xml(f.severity.rawValue))\" message=\"\(JUnitReporter.xml(f.message))\">\(JUnitReporter.xml("\(f.path):\(f.line):\(f.column) \(f.snippet)\n\(f.help)"))</failure>\n"
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}

public struct SARIFReporter: Reporter {
    public static let format = "sarif"
    public init() {}

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let q = JSONWriter.quote
        let ruleIDs = Array(Set(report.findings.map { $0.rule }).union(options.rules.map { $0.id })).sorted()
        let byID = Dictionary(options.rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
        out += "    \"tool\": {\"driver\": {\"name\": \"dollr-lint\", \"version\": \(q(options.toolVersion)), \"informationUri\": \"https://docs.heydollr.app\", \"rules\": ["
        out += ruleIDs.map { id -> String in
            let d = byID[id]
            let level = d.map { $0.severity == .error ? "error" : ($0.severity == .warning ? "warning" : "note") } ?? "warning"
            return "\n      {\"id\": \(q(id)), \"name\": \(q(id)), \"shortDescription\": {\"text\": \(q(d?.title ?? id))}, \"fullDescription\": {\"text\": \(q(d?.rationale ?? id))}, \"helpUri\": \(q(d?.helpURL ?? "https://docs.heydollr.app")), \"help\": {\"text\": \(q(d?.fix ?? ""))}, \"defaultConfiguration\": {\"level\": \(q(level))}, \"properties\": {\"category\": \(q(d?.category.rawValue ?? "meta"))}}"
        }.joined(separator: ",")
        out += "\n    ]}},\n    \"results\": ["
        out += report.findings.map { f -> String in
            let level = f.severity == .error ? "error" : (f.severity == .warning ? "warning" : "note")
            return "\n      {\"ruleId\": \(q(f.rule)), \"ruleIndex\": \(ruleIDs.firstIndex(of: f.rule) ?? 0), \"level\": \(q(level)), \"message\": {\"text\": \(q(f.message))}, " +
                "\"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(q(f.path)), \"uriBaseId\": \"%SRCROOT%\"}, \"region\": {\"startLine\": \(f.line), \"startColumn\": \(f.column), \"endLine\": \(max(f.line, f.endLine)), \"endColumn\": \(max(f.endLine > f.line ? 1 : f.column, f.endColumn)), \"snippet\": {\"text\": \(q(f.snippet))}}}}], " +
                "\"partialFingerprints\": {\"dollrLint/v1\": \(q(f.fingerprint))}}"
        }.joined(separator: ",")
        out += report.findings.isEmpty ? "],\n" : "\n    ],\n"
        out += "    \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \(q(report.root.hasSuffix("/") ? report.root : report.root + "/"))}},\n"
        out += "    \"columnKind\": \"unicodeCodePoints\"\n  }]\n}\n"
        return out
    }
}
