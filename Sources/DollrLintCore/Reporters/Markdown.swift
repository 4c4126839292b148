import Foundation

/// Escaping for GitHub-flavoured markdown, so text from the scanned repository (paths, snippets, messages) renders
/// as text: it cannot close a table cell, open a link, inject HTML or end a code block.
enum Markdown {
    /// Inline text in a paragraph or a table cell: HTML-escaped, markdown punctuation backslash-escaped, one line.
    static func inline(_ s: String) -> String {
        var out = ""
        for u in VisibleText.escapingControls(oneLine(s)).unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            // Emphasis, code, links, table cells, strike-through: what can change text in the middle of a line.
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                out += "\\" + String(u)
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A code span long enough not to be closed by the text's own backticks. In a table cell `|` is escaped as GFM
    /// requires (the cell is split before the span is read).
    static func codeSpan(_ s: String, inTable: Bool = false) -> String {
        var text = VisibleText.escapingControls(oneLine(s))
        if inTable { text = text.replacingOccurrences(of: "|", with: "\\|") }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: text) + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// A fenced code block whose fence is longer than any backtick run in the code.
    static func fenced(_ code: String, language: String = "") -> String {
        let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: code) + 1))
        let lines = code.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { VisibleText.escapingControls(String($0)) }
        let body = lines.joined(separator: "\n")
        return fence + language + "\n" + body + (body.hasSuffix("\n") ? "" : "\n") + fence + "\n"
    }

    /// Text inside an HTML element of the markdown (`<summary>`): entities only, one line.
    static func html(_ s: String) -> String {
        HTMLText.escape(VisibleText.escapingControls(oneLine(s)))
    }

    /// The info string of a fenced block, for the extensions GitHub's highlighter knows by that name.
    static func language(ofPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasPrefix(".env") { return "dotenv" }
        guard let dot = name.lastIndex(of: ".") else { return name == "Dockerfile" ? "dockerfile" : "" }
        let ext = name[name.index(after: dot)...].lowercased()
        return highlighted.contains(ext) ? ext : ""
    }

    private static let highlighted: Set<String> = [
        "js", "jsx", "mjs", "cjs", "ts", "tsx", "py", "rb", "go", "php", "java", "kt", "kts", "swift", "cs", "dart", "rs",
        "json", "yaml", "yml", "toml", "sh", "bash", "html", "vue", "svelte", "md", "mdx", "xml", "gradle",
    ]

    private static func oneLine(_ s: String) -> String {
        s.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    private static func longestRun(of c: Character, in s: String) -> Int {
        var run = 0, longest = 0
        for ch in s {
            run = ch == c ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
