import Foundation

/// SARIF 2.1.0 with what GitHub code scanning reads: rule help in markdown, tags, precision, security-severity,
/// a line hash to follow alerts across commits, percent-encoded URIs under an absolute `%SRCROOT%`.
public struct SARIFReporter: Reporter {
    public static let format = "sarif"
    public init() {}

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let q = JSONWriter.quote
        let known = Dictionary(options.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ruleIDs = Set(report.findings.map { $0.rule }).union(known.keys).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        var out = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
        out += "    \"tool\": {\"driver\": {\"name\": \"dollr-lint\", \"version\": \(q(options.toolVersion)), "
        out += "\"semanticVersion\": \(q(options.toolVersion)), \"informationUri\": \"https://docs.heydollr.app\", \"rules\": ["
        out += ruleIDs.map { "\n      " + ruleObject(id: $0, description: known[$0], findings: report.findings) }.joined(separator: ",")
        out += "\n    ]}},\n    \"results\": ["
        let lineHashes = Self.primaryLocationLineHashes(report.findings)
        out += zip(report.findings, lineHashes).map { f, lineHash in
            let region =
                "\"region\": {\"startLine\": \(f.line), \"startColumn\": \(f.column), "
                + "\"endLine\": \(max(f.line, f.endLine)), \"endColumn\": \(max(f.endLine > f.line ? 1 : f.column, f.endColumn)), "
                + "\"snippet\": {\"text\": \(q(f.snippet))}}"
            let location =
                "{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(q(Self.percentEncodedPath(f.path))), "
                + "\"uriBaseId\": \"%SRCROOT%\"}, \(region)}}"
            return
                "\n      {\"ruleId\": \(q(f.rule.rawValue)), \"ruleIndex\": \(ruleIndex[f.rule] ?? 0), "
                + "\"level\": \(q(f.severity.sarifLevel)), "
                + "\"message\": {\"text\": \(q(f.message))}, \"locations\": [\(location)], "
                + "\"partialFingerprints\": {\"primaryLocationLineHash\": \(q(lineHash)), \"dollrLint/v1\": \(q(f.fingerprint))}}"
        }.joined(separator: ",")
        out += report.findings.isEmpty ? "],\n" : "\n    ],\n"
        // Files that could not be scanned show on GitHub's tool status page instead of vanishing.
        let notifications = report.warnings.map { "\n        {\"level\": \"warning\", \"message\": {\"text\": \(q($0))}}" }
            .joined(separator: ",")
        out += "    \"invocations\": [{\"executionSuccessful\": true, \"toolExecutionNotifications\": [\(notifications)"
        out += report.warnings.isEmpty ? "]}],\n" : "\n      ]}],\n"
        let base = options.pathBase ?? URL(fileURLWithPath: report.root).standardizedFileURL.path
        out += "    \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \(q(Self.fileURI(directory: base)))}},\n"
        out += "    \"columnKind\": \"unicodeCodePoints\"\n  }]\n}\n"
        return out
    }

    private func ruleObject(id: RuleID, description: RuleDescription?, findings: [Finding]) -> String {
        let q = JSONWriter.quote
        // A rule only seen in findings (never the case from the CLI) still gets a complete entry from its findings.
        let d =
            description ?? findings.first { $0.rule == id }.map { f in
                RuleDescription(
                    id: id, category: f.category, severity: f.severity, title: id.rawValue, rationale: f.message, fix: "", helpURL: f.help,
                    keywords: [], triggering: [], nonTriggering: [])
            }!
        let traits = SARIFRuleTraits.of(d)
        // The help is uploaded and displayed: its example code is masked like a finding's snippet.
        let tags = traits.tags(category: d.category).map(q).joined(separator: ", ")
        return "{\"id\": \(q(id.rawValue)), \"name\": \(q(id.rawValue)), \"shortDescription\": {\"text\": \(q(d.title))}, "
            + "\"fullDescription\": {\"text\": \(q(d.rationale))}, \"helpUri\": \(q(d.helpURL)), "
            + "\"help\": {\"text\": \(q(SecretMasker.maskShapes(RuleExplanation.text(d)))), \"markdown\": \(q(RuleHelp.markdown(d)))}, "
            + "\"defaultConfiguration\": {\"level\": \(q(d.severity.sarifLevel))}, "
            + "\"properties\": {\"tags\": [\(tags)], \"precision\": \(q(traits.precision)), "
            + "\"security-severity\": \(q(traits.securitySeverity)), \"category\": \(q(d.category.rawValue))}}"
    }

    /// GitHub follows an alert across commits by this hash of the line's text (masked, whitespace-normalised) and
    /// the occurrence of that same text in the file (`hash:n`), so moving the line does not reopen the alert.
    static func primaryLocationLineHashes(_ findings: [Finding]) -> [String] {
        // Findings come sorted by path then line, so a new line with the same text is the next occurrence.
        var last: [String: (line: Int, occurrence: Int)] = [:]
        return findings.map { f in
            let hash = String(Fingerprint.fnv1a(Fingerprint.normalize(f.snippet)), radix: 16)
            let key = f.path + "\u{0}" + hash
            let previous = last[key]
            let occurrence = previous.map { $0.line == f.line ? $0.occurrence : $0.occurrence + 1 } ?? 1
            last[key] = (f.line, occurrence)
            return hash + ":" + String(occurrence)
        }
    }

    /// Percent-encodes every byte outside RFC 3986's unreserved characters, except the `/` between segments.
    static func percentEncodedPath(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            let unreserved =
                (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2F
            out += unreserved ? String(UnicodeScalar(b)) : String(format: "%%%02X", b)
        }
        return out
    }

    /// `file:///abs/dir/`: absolute, encoded, with the trailing slash that makes it a base for relative URIs.
    static func fileURI(directory: String) -> String {
        let encoded = percentEncodedPath(directory)
        return "file://" + (encoded.hasPrefix("/") ? "" : "/") + encoded + (encoded.hasSuffix("/") ? "" : "/")
    }
}
