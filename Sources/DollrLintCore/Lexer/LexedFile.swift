import Foundation

/// The token stream of one file, with bracket matching and a scope map. Built once per file and shared by all rules.
public final class LexedFile {
    public let source: SourceFile
    public let tokens: [Token]
    public let strings: [StringLiteral]
    /// Token index ranges of each code region, with the region's language.
    public let regionTokens: [(language: Language, tokens: Range<Int>, region: SourceFile.Region)]
    /// Sorted, non-overlapping byte segments that are not code.
    private let segments: [(range: Range<Int>, scope: Scope)]

    public init(_ source: SourceFile) {
        self.source = source
        var tokens: [Token] = []
        // About a token per four bytes of code: growing the array from empty copied a bundle's tokens many times over.
        tokens.reserveCapacity(source.bytes.count / 4)
        var strings: [StringLiteral] = []
        var regionTokens: [(Language, Range<Int>, SourceFile.Region)] = []
        source.bytes.withUnsafeBufferPointer { buf in
            for region in source.regions {
                let first = tokens.count
                var lexer = Lexer(bytes: buf, range: region.range, language: region.language, tokens: tokens, strings: strings)
                // The lexer must hold the only reference to the arrays, or its first append copies all earlier
                // regions' tokens (quadratic in a Markdown file of many fences).
                tokens = []
                strings = []
                lexer.run()
                tokens = lexer.tokens
                strings = lexer.strings
                regionTokens.append((region.language, first..<tokens.count, region))
            }
        }
        LexedFile.matchBrackets(&tokens, bytes: source.bytes)
        self.tokens = tokens
        self.strings = strings
        self.regionTokens = regionTokens
        self.segments = LexedFile.buildSegments(tokens: tokens, strings: strings, source: source)
    }

    private static func matchBrackets(_ tokens: inout [Token], bytes: [UInt8]) {
        var stack: [Int] = []
        // Open brackets of each kind on the stack: a closer with no partner is dropped without searching the stack,
        // and a search always ends in a pop of everything it passed, so matching stays linear.
        var openCount = [Int](repeating: 0, count: 128)
        for i in tokens.indices where tokens[i].kind == .punctuation && tokens[i].end - tokens[i].start == 1 {
            let c = bytes[tokens[i].start]
            switch c {
            case 0x28, 0x5B, 0x7B:
                stack.append(i)
                openCount[Int(c)] += 1
            case 0x29, 0x5D, 0x7D:
                let want: UInt8 = c == 0x29 ? 0x28 : (c == 0x5D ? 0x5B : 0x7B)
                guard openCount[Int(want)] > 0 else { continue }
                // Well-formed code: the partner is on top.
                if let top = stack.last, bytes[tokens[top].start] == want {
                    stack.removeLast()
                    openCount[Int(want)] -= 1
                    tokens[top].match = Int32(i)
                    tokens[i].match = Int32(top)
                    continue
                }
                // Pop unclosed openers of another kind (broken code) until the partner.
                if let k = stack.lastIndex(where: { bytes[tokens[$0].start] == want }) {
                    let open = stack[k]
                    for popped in stack[k...] { openCount[Int(bytes[tokens[popped].start])] -= 1 }
                    stack.removeSubrange(k...)
                    tokens[open].match = Int32(i)
                    tokens[i].match = Int32(open)
                }
            default: break
            }
        }
    }

    private static func buildSegments(tokens: [Token], strings: [StringLiteral], source: SourceFile) -> [(Range<Int>, Scope)] {
        var segs: [(Range<Int>, Scope)] = []
        // Prose outside the regions of a markup file.
        var cursor = 0
        var proseCuts: [(Range<Int>, Scope)] = []
        for r in source.regions {
            if r.range.lowerBound > cursor { proseCuts.append((cursor..<r.range.lowerBound, .text)) }
            cursor = max(cursor, r.range.upperBound)
        }
        if cursor < source.bytes.count { proseCuts.append((cursor..<source.bytes.count, .text)) }
        for t in tokens {
            switch t.kind {
            case .comment: segs.append((t.start..<t.end, .comment))
            case .string:
                // A string minus its holes.
                var start = t.start
                for hole in strings[Int(t.literal)].holeRanges where !hole.isEmpty {
                    let holeStart = tokens[hole.lowerBound].start, holeEnd = tokens[hole.upperBound - 1].end
                    if holeStart > start { segs.append((start..<holeStart, .string)) }
                    start = max(start, holeEnd)
                }
                if t.end > start { segs.append((start..<t.end, .string)) }
            default: break
            }
        }
        segs.append(contentsOf: proseCuts)
        segs.sort { $0.0.lowerBound < $1.0.lowerBound }
        // Hole segments split strings; nested holes can leave overlaps, keep the first.
        var result: [(Range<Int>, Scope)] = []
        for s in segs {
            if let last = result.last, s.0.lowerBound < last.0.upperBound { continue }
            result.append(s)
        }
        return result
    }

    /// The scope of a byte offset.
    public func scope(at offset: Int) -> Scope {
        var lo = 0, hi = segments.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = segments[mid].range
            if offset < r.lowerBound { hi = mid - 1 } else if offset >= r.upperBound { lo = mid + 1 } else { return segments[mid].scope }
        }
        return .code
    }

    // MARK: token helpers

    public func text(_ i: Int) -> String { source.text(tokens[i].start..<tokens[i].end) }

    public func literal(_ i: Int) -> StringLiteral? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .string else { return nil }
        return strings[Int(tokens[i].literal)]
    }

    /// The string value of a literal token without holes, or nil.
    public func plainString(_ i: Int) -> String? {
        guard let lit = literal(i), !lit.hasHoles else { return nil }
        return lit.text()
    }

    /// Whether the source bytes of token `i` contain `needle` (no String is made).
    public func tokenBytesContain(_ i: Int, _ needle: [UInt8]) -> Bool {
        let t = tokens[i]
        return source.bytes.withUnsafeBufferPointer { b in
            needle.withUnsafeBufferPointer { ByteSearch.firstIndex(b, $0, in: t.start..<t.end) != nil }
        }
    }

    public func line(_ i: Int) -> Int { source.lines.line(of: tokens[i].start) }

    public func isPunct(_ i: Int, _ s: String) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .punctuation else { return false }
        return bytesEqual(tokens[i], s)
    }

    public func isIdentifier(_ i: Int, _ s: String) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .identifier else { return false }
        return bytesEqual(tokens[i], s)
    }

    /// Compares a token's bytes with a string without making either into an array or a String.
    @inline(__always)
    private func bytesEqual(_ t: Token, _ s: String) -> Bool {
        guard t.end - t.start == s.utf8.count else { return false }
        var k = t.start
        for b in s.utf8 {
            if source.bytes[k] != b { return false }
            k += 1
        }
        return true
    }

    /// Next token index after `i` that is not a comment (and not a newline unless `newlines`).
    public func next(_ i: Int, newlines: Bool = false) -> Int? {
        var j = i + 1
        while j < tokens.count {
            let k = tokens[j].kind
            if k == .comment || (k == .newline && !newlines) {
                j += 1
                continue
            }
            return j
        }
        return nil
    }

    public func previous(_ i: Int, newlines: Bool = false) -> Int? {
        var j = i - 1
        while j >= 0 {
            let k = tokens[j].kind
            if k == .comment || (k == .newline && !newlines) {
                j -= 1
                continue
            }
            return j
        }
        return nil
    }

    /// The language of the region a token belongs to.
    /// Binary search: regions hold ascending, disjoint token ranges, and a Markdown file may have thousands of them.
    public func language(ofToken i: Int) -> Language {
        let lo = regionTokens.partitionPoint(where: { $0.tokens.lowerBound <= i })
        if lo > 0 && regionTokens[lo - 1].tokens.contains(i) { return regionTokens[lo - 1].language }
        return source.language
    }
}
