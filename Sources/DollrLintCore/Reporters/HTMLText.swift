/// Escaping for the HTML report (and HTML inside the markdown report).
enum HTMLText {
    /// Text content and attribute values: the five significant characters as entities, control and bidi characters
    /// as visible escapes, so a snippet can neither open an element nor reorder what the reader sees.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in VisibleText.escapingControls(s).unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// An http(s) URL usable as a link target, or nil: a data rule's `help` could say `javascript:`.
    static func safeLink(_ url: String) -> String? {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        let unsafe = "<>()\"'`\\".unicodeScalars
        let usable = url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !unsafe.contains($0) }
        return usable ? url : nil
    }
}
