import Foundation

/// A glob compiled to a small automaton over path bytes, so the walk tests a path against every ignore pattern
/// without a regex: an NSRegularExpression per pattern and path was most of a scan's time. It accepts exactly
/// what `GlobPattern`'s regex accepts; patterns or paths outside the plain-ASCII subset it models (non-ASCII,
/// control characters, unusual bracket classes) go to that regex instead, so the two never disagree.
struct PathGlob: Sendable {
    enum Ending: Sendable {
        /// The path itself (`.gitignore` entries: the walk does not descend into an ignored directory).
        case exact
        /// The path or one of its parent directories (`--include`, `--exclude`).
        case orParents
    }

    private enum Step: Sendable {
        case byte(UInt8)
        /// `?`: one byte but `/`.
        case oneInName
        /// `*`: any run of bytes without `/`.
        case runInName
        /// `**` inside a name: any run of bytes.
        case anyRun
        /// `(.*/)?`: consumes nothing; leads into the two steps after it (`.anyRun`, then `/`) or past them.
        case optionalDirectories
        case byteSet(ByteSet, negated: Bool)
    }

    /// 128 bits: one per ASCII byte.
    struct ByteSet: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        mutating func insert(_ b: UInt8) {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        func contains(_ b: UInt8) -> Bool {
            b < 64 ? low & (1 << UInt64(b)) != 0 : (b < 128 && high & (1 << UInt64(b - 64)) != 0)
        }
    }

    private let steps: [Step]?
    private let ending: Ending
    /// The regex that decides paths outside the modelled subset, compiled once.
    private let fallback: NSRegularExpression?

    init(_ glob: GlobPattern, ending: Ending) {
        self.fallback = ending == .exact ? glob.exactRegex : glob.regex
        self.ending = ending
        var p = Array(glob.pattern.utf8)
        if p.first == UInt8(ascii: "/") { p.removeFirst() }
        if p.last == UInt8(ascii: "/") { p.removeLast() }
        if var body = PathGlob.compile(p) {
            if !glob.anchored { body = [.optionalDirectories, .anyRun, .byte(UInt8(ascii: "/"))] + body }
            steps = body
        } else {
            steps = nil
        }
    }

    func matches(_ path: String) -> Bool {
        guard let steps, PathGlob.isPlainASCII(path) else {
            return fallback?.firstMatch(in: path, range: NSRange(location: 0, length: (path as NSString).length)) != nil
        }
        var path = path
        return path.withUTF8 { run(steps, on: $0) }
    }

    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Simulates the automaton: the set of live steps advances one byte at a time, so the cost is path length
    /// times pattern length whatever the stars.
    private func run(_ steps: [Step], on path: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = steps.count
        var live = [Bool](repeating: false, count: count + 1)
        var next = live
        live[0] = true
        close(&live, steps)
        for b in path {
            if ending == .orParents && b == UInt8(ascii: "/") && live[count] { return true }
            for i in 0...count { next[i] = false }
            var any = false
            for i in 0..<count where live[i] {
                switch steps[i] {
                case .byte(let c): if c == b { next[i + 1] = true; any = true }
                case .oneInName: if b != UInt8(ascii: "/") { next[i + 1] = true; any = true }
                case .runInName: if b != UInt8(ascii: "/") { next[i] = true; any = true }
                case .anyRun: next[i] = true; any = true
                case .optionalDirectories: break
                case .byteSet(let set, let negated): if set.contains(b) != negated { next[i + 1] = true; any = true }
                }
            }
            if !any { return false }
            swap(&live, &next)
            close(&live, steps)
        }
        return live[count]
    }

    /// Adds the steps reachable without consuming a byte: past a star, or past a whole optional group.
    private func close(_ live: inout [Bool], _ steps: [Step]) {
        for i in 0..<steps.count where live[i] {
            switch steps[i] {
            case .runInName, .anyRun: live[i + 1] = true
            case .optionalDirectories:
                live[i + 1] = true
                live[i + 3] = true
            default: break
            }
        }
    }

    /// The steps of GlobPattern.translate's regex, or nil when the pattern leaves the modelled subset.
    private static func compile(_ p: [UInt8]) -> [Step]? {
        guard p.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        var steps: [Step] = []
        var i = 0
        while i < p.count {
            let c = p[i]
            switch c {
            case UInt8(ascii: "*"):
                if i + 1 < p.count && p[i + 1] == UInt8(ascii: "*") {
                    let atStart = i == 0 || p[i - 1] == UInt8(ascii: "/")
                    let slashAfter = i + 2 < p.count && p[i + 2] == UInt8(ascii: "/")
                    if atStart && slashAfter {
                        steps += [.optionalDirectories, .anyRun, .byte(UInt8(ascii: "/"))]
                        i += 3
                    } else {
                        steps.append(.anyRun)
                        i += 2
                    }
                    continue
                }
                steps.append(.runInName)
            case UInt8(ascii: "?"): steps.append(.oneInName)
            case UInt8(ascii: "["):
                if let close = p[(i + 1)...].firstIndex(of: UInt8(ascii: "]")) {
                    guard let step = byteSet(p[(i + 1)..<close]) else { return nil }
                    steps.append(step)
                    i = close + 1
                    continue
                }
                steps.append(.byte(c))
            case UInt8(ascii: "\\"):
                if i + 1 < p.count {
                    steps.append(.byte(p[i + 1]))
                    i += 2
                    continue
                }
            default: steps.append(.byte(c))
            }
            i += 1
        }
        return steps
    }

    /// A bracket class of letters, digits, `.`, `_` and ranges, optionally negated by a leading `!`; anything else
    /// (ICU class syntax, escapes) is left to the regex.
    private static func byteSet(_ body: ArraySlice<UInt8>) -> Step? {
        var chars = Array(body)
        var negated = false
        if chars.first == UInt8(ascii: "!") {
            negated = true
            chars.removeFirst()
        }
        func plain(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x5F
        }
        guard !chars.isEmpty else { return nil }
        var set = ByteSet()
        var i = 0
        while i < chars.count {
            guard plain(chars[i]) else { return nil }
            if i + 2 < chars.count && chars[i + 1] == UInt8(ascii: "-") {
                guard plain(chars[i + 2]), chars[i] <= chars[i + 2] else { return nil }
                for b in chars[i]...chars[i + 2] { set.insert(b) }
                i += 3
            } else {
                set.insert(chars[i])
                i += 1
            }
        }
        return .byteSet(set, negated: negated)
    }
}
