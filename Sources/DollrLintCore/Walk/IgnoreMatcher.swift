import Foundation

/// `.gitignore` / `.dollrlintignore` semantics: patterns relative to the file's directory, last match wins,
/// `!` re-includes, trailing `/` matches directories only.
public struct IgnoreRules: Sendable {
    struct Entry: Sendable {
        let glob: PathGlob
        let negated: Bool
        let directoryOnly: Bool
        /// Directory of the ignore file, relative to the root ("" for the root).
        let base: String
        /// `base` and a slash: what the paths it applies to start with.
        let basePrefix: String
    }
    private(set) var entries: [Entry] = []

    public init() {}

    /// Adds the patterns of one ignore file found in `base`.
    public mutating func add(contents: String, base: String) {
        for raw in contents.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = String(raw)
            // Trailing spaces are ignored unless escaped.
            while line.hasSuffix(" ") && !line.hasSuffix("\\ ") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") {
                negated = true
                line.removeFirst()
            } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
                line.removeFirst()
            }
            var dirOnly = false
            if line.hasSuffix("/") {
                dirOnly = true
                line.removeLast()
            }
            if line.isEmpty { continue }
            entries.append(
                Entry(
                    glob: PathGlob(GlobPattern(line), ending: .exact), negated: negated, directoryOnly: dirOnly,
                    base: base, basePrefix: base + "/"))
        }
    }

    /// Whether `path` (relative to the root) is ignored; the last matching pattern decides.
    public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        var ignored = false
        for e in entries {
            if e.directoryOnly && !isDirectory { continue }
            let rel: String
            if e.base.isEmpty {
                rel = path
            } else if path.hasPrefix(e.basePrefix) {
                rel = String(path.utf8.dropFirst(e.basePrefix.utf8.count))!
            } else {
                continue
            }
            if e.glob.matches(rel) { ignored = !e.negated }
        }
        return ignored
    }
}

extension GlobPattern {
    /// Matches the path itself (parents are handled by the walk not descending into ignored directories).
    func matchesExactly(_ path: String) -> Bool {
        guard let regex = exactRegex else { return false }
        return regex.firstMatch(in: path, range: NSRange(location: 0, length: (path as NSString).length)) != nil
    }

    var exactRegex: NSRegularExpression? {
        var p = pattern
        if p.hasPrefix("/") { p.removeFirst() }
        if p.hasSuffix("/") { p.removeLast() }
        let body = GlobPattern.translate(p)
        return try? NSRegularExpression(pattern: anchored ? "^" + body + "$" : "^(.*/)?" + body + "$")
    }
}
