/// The literal text every match of a regular expression must contain, read from the pattern (as ripgrep does): a
/// conjunction of requirements, each met when one of its alternatives occurs, compared ASCII case-insensitively.
/// `(https?)://api\.example` needs `://api.example`; `\b(?:ssl_verify|verify_ssl)\s*=` needs one of the two names;
/// `http://[a-z.]*heydollr\.app` needs both `http://` and `heydollr.app`. A file that misses one requirement cannot
/// match, so the regex need not run over it. Optional parts, classes and lookarounds are passed over.
enum RequiredLiteral {
    /// One requirement: lower-cased alternatives, one of which must occur.
    typealias Alternatives = [[UInt8]]
    /// Group and class levels read; escaped brackets count too, which only errs towards not reading.
    static let maximumNesting = 64

    /// The requirements of `pattern`; empty when nothing of at least `minimumLength` bytes is required.
    static func requirements(of pattern: String, minimumLength: Int = 3) -> [Alternatives] {
        // Free-spacing mode gives spaces and `#` other meanings; such patterns are not analysed.
        if pattern.has("(?x") { return [] }
        let p = Array(pattern.utf8)
        // The reading recurses once per group or class level: a user's pattern nested deeper is left unanalysed, not
        // a crash.
        var depth = 0
        var deepest = 0
        for b in p {
            if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") {
                depth += 1
            } else if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                depth -= 1
            }
            deepest = max(deepest, depth)
        }
        if deepest > maximumNesting { return [] }
        return alternation(p, 0..<p.count, minimumLength: minimumLength) ?? []
    }

    /// A top-level alternation inside `range`: with one branch, that branch's requirements; with several, one
    /// requirement made of each branch's best one (nil when a branch requires nothing).
    private static func alternation(_ p: [UInt8], _ range: Range<Int>, minimumLength: Int) -> [Alternatives]? {
        var branches: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if p[i] == UInt8(ascii: "|") {
                branches.append(start..<i)
                start = i + 1
            }
            guard let last = atomEnd(p, from: i) else { return nil }
            i = last + 1
        }
        branches.append(start..<range.upperBound)
        var all: [Alternatives] = []
        for branch in branches {
            guard let required = sequence(p, branch, minimumLength: minimumLength) else { return nil }
            if branches.count == 1 { return required }
            guard let best = required.max(by: { score($0) < score($1) }) else { return nil }
            all.append(best)
        }
        return [Array(Set(all.joined())).sorted { $0.lexicographicallyPrecedes($1) }]
    }

    /// The shortest alternative's length decides how selective a requirement is.
    private static func score(_ a: Alternatives) -> Int { a.map(\.count).min() ?? 0 }

    /// A concatenation: its literal runs and the alternations of its groups that must occur. Nil on a pattern it
    /// cannot read (an unclosed group or class).
    private static func sequence(_ p: [UInt8], _ range: Range<Int>, minimumLength: Int) -> [Alternatives]? {
        var required: [Alternatives] = []
        var run: [UInt8] = []
        func endRun() {
            if run.count >= minimumLength { required.append([run]) }
            run = []
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let c = p[i]
            switch c {
            case UInt8(ascii: "("):
                endRun()
                guard let close = groupEnd(p, from: i), close < range.upperBound else { return nil }
                if !isOptional(p, after: close, in: range), let inner = groupContent(p, open: i, close: close) {
                    required += alternation(p, inner, minimumLength: minimumLength) ?? []
                }
                i = close
            case UInt8(ascii: "["):
                endRun()
                guard let close = classEnd(p, from: i) else { return nil }
                i = close
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                // The atom before may be absent: it leaves the run.
                if !run.isEmpty { run.removeLast() }
                endRun()
            case UInt8(ascii: "{"):
                if !run.isEmpty { run.removeLast() }
                endRun()
                guard let close = p[i..<range.upperBound].firstIndex(of: UInt8(ascii: "}")) else { return nil }
                i = close
            case UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: ")"):
                endRun()
            case UInt8(ascii: "\\"):
                guard i + 1 < range.upperBound else { return nil }
                let escaped = p[i + 1]
                if isWordByte(escaped) || escaped >= 0x80 {
                    // `\b`, `\s`, `\d`, `\p{..}`, `\Q`: not a literal byte.
                    if escaped == UInt8(ascii: "Q") { return nil }
                    endRun()
                } else {
                    run.append(escaped)
                }
                i += 1
            default:
                if c >= 0x80 { endRun() } else { run.append(ByteSearch.lowercased(c)) }
            }
            i += 1
        }
        endRun()
        return required
    }

    /// Whether the group closed at `close` may match nothing: followed by `?`, `*` or a `{0...}` quantifier.
    private static func isOptional(_ p: [UInt8], after close: Int, in range: Range<Int>) -> Bool {
        let next = close + 1
        guard next < range.upperBound else { return false }
        if p[next] == UInt8(ascii: "?") || p[next] == UInt8(ascii: "*") { return true }
        return p[next] == UInt8(ascii: "{") && next + 1 < range.upperBound && p[next + 1] == UInt8(ascii: "0")
    }

    /// The range a group's alternatives are read from; nil for a lookaround or a flag setting, which match no text.
    private static func groupContent(_ p: [UInt8], open: Int, close: Int) -> Range<Int>? {
        guard open + 1 < close, p[open + 1] == UInt8(ascii: "?") else { return (open + 1)..<close }
        var k = open + 2
        guard k < close else { return nil }
        switch p[k] {
        case UInt8(ascii: ":"), UInt8(ascii: ">"): return (k + 1)..<close
        case UInt8(ascii: "="), UInt8(ascii: "!"): return nil
        case UInt8(ascii: "<"):
            // `(?<=` and `(?<!` look behind; `(?<name>` captures.
            guard k + 1 < close, p[k + 1] != UInt8(ascii: "="), p[k + 1] != UInt8(ascii: "!"),
                let end = p[k..<close].firstIndex(of: UInt8(ascii: ">"))
            else { return nil }
            return (end + 1)..<close
        default:
            // Flags: `(?i:...)` is a group, `(?i)` only sets them.
            while k < close && (isWordByte(p[k]) || p[k] == UInt8(ascii: "-")) { k += 1 }
            return k < close && p[k] == UInt8(ascii: ":") ? (k + 1)..<close : nil
        }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// Index of the last byte of the atom at `start`: an escape's second byte, a group's `)`, a class's `]`, else
    /// `start` itself. Nil when a group or class is not closed.
    private static func atomEnd(_ p: [UInt8], from start: Int) -> Int? {
        switch p[start] {
        case UInt8(ascii: "\\"): return start + 1 < p.count ? start + 1 : nil
        case UInt8(ascii: "("): return groupEnd(p, from: start)
        case UInt8(ascii: "["): return classEnd(p, from: start)
        default: return start
        }
    }

    /// Index of the `)` closing the group opened at `start`.
    private static func groupEnd(_ p: [UInt8], from start: Int) -> Int? {
        var i = start + 1
        while i < p.count {
            if p[i] == UInt8(ascii: ")") { return i }
            guard let last = atomEnd(p, from: i) else { return nil }
            i = last + 1
        }
        return nil
    }

    /// Index of the `]` closing the class opened at `start` (a `]` first in the class is a member).
    private static func classEnd(_ p: [UInt8], from start: Int) -> Int? {
        var i = start + 1
        if i < p.count && p[i] == UInt8(ascii: "^") { i += 1 }
        if i < p.count && p[i] == UInt8(ascii: "]") { i += 1 }
        while i < p.count {
            switch p[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["):
                // ICU allows nested classes ([a-z&&[^x]]).
                guard let close = classEnd(p, from: i) else { return nil }
                i = close
            case UInt8(ascii: "]"): return i
            default: break
            }
            i += 1
        }
        return nil
    }
}
