import Foundation

/// `dollr-lint:ignore RULE[,RULE] -- reason` (same line) and `dollr-lint:ignore-next-line RULE -- reason`
/// in any comment syntax. A suppression needs a reason; one without, or one that silences nothing, is reported.
public struct Suppression {
    public let line: Int
    public let targetLine: Int
    public let rules: [String]
    public let reason: String?
    public let offset: Int
}

public enum SuppressionFilter {
    public static let ruleID = UnusedSuppression.description.id
    public static var description: RuleDescription { UnusedSuppression.description }

    static let pattern = try! NSRegularExpression(
        pattern: #"dollr-lint:(ignore-next-line|ignore)\b[ \t]*([A-Za-z0-9_,\- \t]*?)[ \t]*(?:--[ \t]*(.*?))?[ \t]*(?:\*/|-->)?[ \t]*$"#)

    public static func parse(_ lexed: LexedFile) -> [Suppression] {
        var result: [Suppression] = []
        for t in lexed.tokens where t.kind == .comment {
            let text = lexed.source.text(t.start..<t.end)
            guard text.has("dollr-lint:") else { continue }
            // A block comment may hold several lines; look at each.
            var lineOffset = t.start
            for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
                defer { lineOffset += rawLine.utf8.count + 1 }
                let line = String(rawLine)
                let ns = line as NSString
                guard let m = pattern.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { continue }
                let kind = ns.substring(with: m.range(at: 1))
                let ids = m.range(at: 2).location != NSNotFound ? ns.substring(with: m.range(at: 2)) : ""
                let reason =
                    m.range(at: 3).location != NSNotFound ? ns.substring(with: m.range(at: 3)).trimmingCharacters(in: .whitespaces) : nil
                let rules = ids.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
                let lineNo = lexed.source.lines.line(of: lineOffset)
                result.append(
                    Suppression(
                        line: lineNo, targetLine: kind == "ignore-next-line" ? lineNo + 1 : lineNo, rules: rules,
                        reason: (reason?.isEmpty ?? true) ? nil : reason,
                        offset: lineOffset + (line.utf8.count - line.drop(while: { $0 == " " || $0 == "\t" }).utf8.count)))
            }
        }
        return result
    }

    /// Drops suppressed findings and adds a note for each suppression without reason or without effect.
    public static func apply(_ findings: [Finding], suppressions: [Suppression], source: SourceFile, suppressedCount: inout Int)
        -> [Finding]
    {
        var used = [Bool](repeating: false, count: suppressions.count)
        var kept: [Finding] = []
        for f in findings {
            var suppressed = false
            for (k, s) in suppressions.enumerated()
            where s.targetLine == f.line && s.reason != nil && (s.rules.contains(f.rule.rawValue) || s.rules.contains("all")) {
                used[k] = true
                suppressed = true
            }
            if suppressed { suppressedCount += 1 } else { kept.append(f) }
        }
        for (k, s) in suppressions.enumerated() where !used[k] {
            let message: String
            if s.rules.isEmpty {
                message = "Suppression names no rule: write `dollr-lint:ignore RULE_ID -- reason`"
            } else if s.reason == nil {
                message = "Suppression of \(s.rules.joined(separator: ", ")) has no reason: add `-- why this is acceptable`"
            } else {
                message = "Suppression of \(s.rules.joined(separator: ", ")) suppresses nothing on line \(s.targetLine)"
            }
            let (line, column) = source.location(of: s.offset)
            kept.append(
                Finding(
                    rule: ruleID, category: .meta, severity: .note, path: source.path, line: line, column: column, endLine: line,
                    endColumn: column,
                    message: message, snippet: SecretMasker.maskLine(source.lineText(line).trimmingCharacters(in: .whitespaces)),
                    fingerprint: "", help: description.helpURL))
        }
        return kept
    }
}
