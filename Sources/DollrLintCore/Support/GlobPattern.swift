import Foundation

/// A gitignore-style glob over `/`-separated relative paths: `*`, `**`, `?`, `[...]`, leading `/` anchors.
public struct GlobPattern: Sendable {
    public let pattern: String
    let regex: NSRegularExpression?
    let anchored: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var p = pattern
        var anchored = false
        if p.hasPrefix("/") {
            p.removeFirst()
            anchored = true
        }
        if p.hasSuffix("/") { p.removeLast() }
        // A pattern without a slash matches a name at any depth.
        if p.has("/") { anchored = true }
        self.anchored = anchored
        let body = GlobPattern.translate(p)
        let full = anchored ? "^" + body + "(/.*)?$" : "^(.*/)?" + body + "(/.*)?$"
        regex = try? NSRegularExpression(pattern: full)
    }

    /// Whether `path` (or one of its parent directories) matches.
    public func matches(_ path: String) -> Bool {
        guard let regex = regex else { return false }
        return regex.firstMatch(in: path, range: NSRange(location: 0, length: (path as NSString).length)) != nil
    }

    static func translate(_ p: String) -> String {
        var out = ""
        let chars = Array(p)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "*":
                if i + 1 < chars.count && chars[i + 1] == "*" {
                    let atStart = i == 0 || chars[i - 1] == "/"
                    let slashAfter = i + 2 < chars.count && chars[i + 2] == "/"
                    if atStart && slashAfter {
                        out += "(.*/)?"
                        i += 3
                        continue
                    }
                    out += ".*"
                    i += 2
                    continue
                }
                out += "[^/]*"
            case "?": out += "[^/]"
            case "[":
                if let close = chars[(i + 1)...].firstIndex(of: "]") {
                    var cls = String(chars[(i + 1)..<close])
                    if cls.hasPrefix("!") { cls = "^" + cls.dropFirst() }
                    out += "[" + cls.replacingOccurrences(of: "\\", with: "\\\\") + "]"
                    i = close + 1
                    continue
                }
                out += "\\["
            case "\\":
                if i + 1 < chars.count {
                    out += NSRegularExpression.escapedPattern(for: String(chars[i + 1]))
                    i += 2
                    continue
                }
            default: out += NSRegularExpression.escapedPattern(for: String(c))
            }
            i += 1
        }
        return out
    }
}
