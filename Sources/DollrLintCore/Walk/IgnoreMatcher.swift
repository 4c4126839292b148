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
        let basePrefix: [UInt8]
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
                    base: base, basePrefix: Array((base + "/").utf8)))
        }
    }

    /// Whether `path` (relative to the root) is ignored; the last matching pattern decides.
    /// Read from the last pattern back, so the first match decides; the path's bytes are checked once.
    public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            let plainASCII = PathGlob.isPlainASCII(bytes)
            for e in entries.reversed() {
                if e.directoryOnly && !isDirectory { continue }
                var rel = bytes
                if !e.base.isEmpty {
                    guard bytes.count > e.basePrefix.count, e.basePrefix.elementsEqual(bytes[0..<e.basePrefix.count]) else { continue }
                    rel = UnsafeBufferPointer(rebasing: bytes[e.basePrefix.count...])
                }
                let matched =
                    e.glob.automatonMatch(rel, plainASCII: plainASCII) ?? e.glob.fallbackMatch(String(decoding: rel, as: UTF8.self))
                if matched { return !e.negated }
            }
            return false
        }
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
