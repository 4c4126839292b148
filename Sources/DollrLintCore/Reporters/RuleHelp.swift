/// A rule's explanation as markdown (SARIF `help.markdown`, the markdown report): the same parts as `explain`.
enum RuleHelp {
    static func markdown(_ d: RuleDescription) -> String {
        var out = "**\(Markdown.inline(d.title))**\n\n\(Markdown.inline(d.rationale))\n\n**How to fix:** \(Markdown.inline(d.fix))\n"
        // Example code is masked like a finding's snippet: the help is uploaded and displayed too.
        if let bad = d.triggeringExamples.first {
            let code = SecretMasker.maskShapes(bad.code.replacingOccurrences(of: String(RuleExample.marker), with: ""))
            out += "\nFlagged (\(Markdown.codeSpan(bad.path))):\n\n" + Markdown.fenced(code) + "\n"
        }
        if let good = d.nonTriggeringExamples.first {
            out += "\nNot flagged (\(Markdown.codeSpan(good.path))):\n\n" + Markdown.fenced(SecretMasker.maskShapes(good.code)) + "\n"
        }
        out += "\nSuppress one occurrence: `// dollr-lint:ignore \(d.id) -- reason`\n"
        if let url = HTMLText.safeLink(d.helpURL) { out += "\n[Dollr documentation](\(url))\n" }
        return out
    }
}
