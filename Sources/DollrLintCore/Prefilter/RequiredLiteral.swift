/// The longest run of literal text that every match of a regular expression must contain, found from the
/// pattern's top level only (no alternation there; groups, classes and optional parts are passed over). A file
/// that lacks it, compared ASCII case-insensitively, cannot match, so the regex need not run over the file.
enum RequiredLiteral {
    /// Lower-cased bytes, or nil when the pattern has no usable literal of at least `minimumLength` bytes.
    static func of(pattern: String, minimumLength: Int = 3) -> [UInt8]? {
        let p = Array(pattern.utf8)
        // Free-spacing mode gives spaces and `#` other meanings; such patterns are not analysed.
        if pattern.has("(?x") { return nil }
        var best: [UInt8] = []
        var run: [UInt8] = []
        func endRun() {
            if run.count > best.count { best = run }
            run = []
        }
        var i = 0
        while i < p.count {
            let c = p[i]
            switch c {
            case UInt8(ascii: "|"): return nil
            case UInt8(ascii: "("):
                endRun()
                guard let close = groupEnd(p, from: i) else { return nil }
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
                guard let close = p[i...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
                i = close
            case UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: ")"):
                endRun()
            case UInt8(ascii: "\\"):
                guard i + 1 < p.count else { return nil }
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
                if c >= 0x80 { endRun() } else { run.append((c >= 65 && c <= 90) ? c + 32 : c) }
            }
            i += 1
        }
        endRun()
        return best.count >= minimumLength ? best : nil
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// Index of the `)` closing the group opened at `start`.
    private static func groupEnd(_ p: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < p.count {
            switch p[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["):
                guard let close = classEnd(p, from: i) else { return nil }
                i = close
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
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
