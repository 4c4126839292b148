/// The text of `dollr-lint explain RULE_ID`: what it finds, why it matters, the fix, an example, the doc link.
public enum RuleExplanation {
    public static func text(_ d: RuleDescription) -> String {
        var out =
            "\(d.id) (\(d.category.rawValue), \(d.severity.rawValue))\n\n\(d.title)\n\nWhy it matters:\n  \(d.rationale)\n\nHow to "
            + "fix:\n  \(d.fix)\n"
        if let bad = d.triggeringExamples.first {
            out += "\nFlagged (\(bad.path)):\n" + indent(bad.code.replacingOccurrences(of: "↓", with: "")) + "\n"
        }
        if let good = d.nonTriggeringExamples.first {
            out += "\nNot flagged (\(good.path)):\n" + indent(good.code) + "\n"
        }
        out += "\nSuppress one occurrence:  // dollr-lint:ignore \(d.id) -- reason\nDocs: \(d.helpURL)"
        return out
    }

    static func indent(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
