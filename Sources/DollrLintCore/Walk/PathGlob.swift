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
        /// `(.*/)?`: consumes nothing; leads into the two steps after it (`.anyRun`, then `.groupSlash`) or past them.
        case optionalDirectories
        /// The `/` that closes `(.*/)?`: a `/` that may be absent, so never part of a required suffix.
        case groupSlash
        case byteSet(ByteSet, negated: Bool)
    }

    private let steps: [Step]?
    /// For a pattern that can only match a path's last name: the steps without the leading optional directories.
    private let nameSteps: [Step]?
    private let ending: Ending
    /// The bytes every exactly matching path ends with (`.log` of `*.log`): most paths fail on them at once.
    private let literalSuffix: [UInt8]
    /// The regex that decides paths outside the modelled subset, compiled once.
    private let fallback: NSRegularExpression?

    init(_ glob: GlobPattern, ending: Ending) {
        self.fallback = ending == .exact ? glob.exactRegex : glob.regex
        self.ending = ending
        var p = Array(glob.pattern.utf8)
        if p.first == UInt8(ascii: "/") { p.removeFirst() }
        if p.last == UInt8(ascii: "/") { p.removeLast() }
        if var body = PathGlob.compile(p) {
            // `*.log`, `node_modules`: unanchored, no `/` and no `**` to cross one, so only the last name can match.
            let crossesNames = body.contains {
                if case .byte(let b) = $0 { return b == UInt8(ascii: "/") }
                if case .anyRun = $0 { return true }
                return false
            }
            nameSteps = !glob.anchored && ending == .exact && !crossesNames && body.count < 64 ? body : nil
            if !glob.anchored { body = [.optionalDirectories, .anyRun, .groupSlash] + body }
            steps = body.count < 64 ? body : nil
        } else {
            steps = nil
            nameSteps = nil
        }
        var suffix: [UInt8] = []
        if ending == .exact, let steps {
            for step in steps.reversed() {
                guard case .byte(let b) = step else { break }
                suffix.insert(b, at: 0)
            }
        }
        literalSuffix = suffix
    }

    func matches(_ path: String) -> Bool {
        var copy = path
        let automaton: Bool? = copy.withUTF8 { automatonMatch($0, plainASCII: PathGlob.isPlainASCII($0)) }
        return automaton ?? fallbackMatch(path)
    }

    /// The automaton's answer for a path's bytes, or nil when it does not model the pattern or the path (not plain
    /// ASCII: the caller tells, so a walk checks each path once, not once per pattern) and the regex must decide.
    func automatonMatch(_ bytes: UnsafeBufferPointer<UInt8>, plainASCII: Bool) -> Bool? {
        guard let steps, plainASCII else { return nil }
        guard bytes.count >= literalSuffix.count,
            literalSuffix.withUnsafeBufferPointer({ $0.elementsEqual(bytes[(bytes.count - $0.count)...]) })
        else { return false }
        guard let nameSteps else { return run(steps, on: bytes) }
        // A slash-free pattern's optional directories take everything up to the last `/`: only the name is left.
        let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        return run(nameSteps, on: UnsafeBufferPointer(rebasing: bytes[nameStart...]))
    }

    func fallbackMatch(_ path: String) -> Bool {
        fallback?.firstMatch(in: path, range: NSRange(location: 0, length: (path as NSString).length)) != nil
    }

    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b < 0x20 || b >= 0x7F { return false }
        return true
    }

    /// Simulates the automaton: the set of live steps (one bit each) advances one byte at a time, so the cost is
    /// path length times pattern length whatever the stars.
    private func run(_ steps: [Step], on path: UnsafeBufferPointer<UInt8>) -> Bool {
        let accept = UInt64(1) << UInt64(steps.count)
        var live = closure(1, steps)
        for b in path {
            if ending == .orParents && b == UInt8(ascii: "/") && live & accept != 0 { return true }
            var next: UInt64 = 0
            var pending = live & (accept - 1)
            while pending != 0 {
                let i = pending.trailingZeroBitCount
                pending &= pending - 1
                let here = UInt64(1) << UInt64(i)
                switch steps[i] {
                case .byte(let c): if c == b { next |= here << 1 }
                case .oneInName: if b != UInt8(ascii: "/") { next |= here << 1 }
                case .groupSlash: if b == UInt8(ascii: "/") { next |= here << 1 }
                case .runInName: if b != UInt8(ascii: "/") { next |= here }
                case .anyRun: next |= here
                case .optionalDirectories: break
                case .byteSet(let set, let negated): if set.contains(b) != negated { next |= here << 1 }
                }
            }
            if next == 0 { return false }
            live = closure(next, steps)
        }
        return live & accept != 0
    }

    /// Adds the steps reachable without consuming a byte: past a star, or past a whole optional group. Those
    /// moves only go forward, so one ascending sweep over the bits finds them all.
    private func closure(_ live: UInt64, _ steps: [Step]) -> UInt64 {
        var live = live
        var pending = live
        while pending != 0 {
            let i = pending.trailingZeroBitCount
            pending &= pending - 1
            guard i < steps.count else { break }
            var added: UInt64 = 0
            switch steps[i] {
            case .runInName, .anyRun: added = UInt64(1) << UInt64(i + 1)
            case .optionalDirectories: added = UInt64(1) << UInt64(i + 1) | UInt64(1) << UInt64(i + 3)
            default: break
            }
            added &= ~live
            live |= added
            pending |= added
        }
        return live
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
                        steps += [.optionalDirectories, .anyRun, .groupSlash]
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
