/// One lexer for every family, driven by `LexerConfig`. It never fails: an unterminated
/// string or comment ends at the end of its region, and bytes it does not know are punctuation.
struct Lexer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let config: LexerConfig
    /// First bytes of the language's comment openers: most tokens start with none of them.
    private let commentStarts: ByteSet
    /// Bytes a string literal of the language can start with (quotes, and the prefixes of raw, verbatim and
    /// formatted forms): `lexStringStart` tries its forms only there.
    private let stringStarts: ByteSet
    /// Letters, bytes of non-ASCII scalars and the language's extra start bytes (`$`, `_`, `@`): one test per byte.
    private let identifierStarts: ByteSet
    /// The same and digits and the language's extra inner bytes (`-` of kebab-case words, `?` and `!` of Ruby).
    private let identifierBytes: ByteSet
    private let operators = OperatorTable.shared
    private let language: Language
    private var pos: Int
    private let end: Int
    private(set) var tokens: [Token]
    private(set) var strings: [StringLiteral]
    /// Nesting guard for interpolation holes inside holes (malicious input must not overflow the stack).
    private var holeDepth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, language: Language, tokens: [Token], strings: [StringLiteral]) {
        self.bytes = bytes
        let config = LexerConfig.forLanguage(language)
        self.config = config
        var commentStarts = ByteSet()
        commentStarts.formUnion(config.lineComments.compactMap(\.first) + config.blockComments.compactMap(\.0.first))
        self.commentStarts = commentStarts
        var stringStarts = ByteSet()
        stringStarts.formUnion(config.quotes.map(\.quote))
        if config.pythonPrefixes { stringStarts.formUnion(Array("rbfuRBFU".utf8)) }
        if config.rustRawStrings { stringStarts.formUnion(Array("rb".utf8)) }
        if config.csharpStrings { stringStarts.formUnion(Array("@$".utf8)) }
        if config.swiftRawStrings { stringStarts.insert(0x23) }
        if config.dartRawStrings { stringStarts.insert(0x72) }
        if config.goRawBacktick { stringStarts.insert(0x60) }
        self.stringStarts = stringStarts
        var identifierStarts = config.identifierStart
        var identifierBytes = config.identifierExtra
        for b in UInt8(0x41)...0xFF where b <= 0x5A || (b >= 0x61 && b <= 0x7A) || b >= 0x80 {
            identifierStarts.insert(b)
            identifierBytes.insert(b)
        }
        for b in UInt8(0x30)...0x39 { identifierBytes.insert(b) }
        self.identifierStarts = identifierStarts
        self.identifierBytes = identifierBytes
        self.language = language
        self.pos = range.lowerBound
        self.end = range.upperBound
        self.tokens = tokens
        self.strings = strings
    }

    mutating func run() {
        lexCode(closer: nil)
    }

    // MARK: code

    /// Lexes code until the end of the region or, inside a hole, until the unbalanced `closer`.
    private mutating func lexCode(closer: UInt8?) {
        let opener: UInt8? = closer == 0x7D ? 0x7B : (closer == 0x29 ? 0x28 : nil)
        var depth = 0
        var lineStart = true
        while pos < end {
            let b = bytes[pos]
            if let closer = closer {
                if b == closer && depth == 0 { return }
                if b == opener { depth += 1 } else if b == closer { depth -= 1 }
            }
            switch b {
            case 0x0A:
                tokens.append(Token(.newline, pos, pos + 1))
                pos += 1
                lineStart = true
                continue
            case 0x20, 0x09, 0x0D, 0x0C:
                pos += 1
                continue
            default: break
            }
            let wasLineStart = lineStart
            lineStart = false
            if commentStarts.contains(b), lexComment(atLineStart: wasLineStart) { continue }
            if stringStarts.contains(b), lexStringStart() { continue }
            if config.yamlScalars, lexYAMLScalar(atLineStart: wasLineStart) { continue }
            if config.httpFile && wasLineStart && isIdentifierStart(b), lexHTTPLine() { continue }
            if config.makefileAssignments && wasLineStart && isIdentifierStart(b), lexMakefileAssignment() { continue }
            if isIdentifierStart(b) {
                lexIdentifier()
                continue
            }
            if b >= 0x30 && b <= 0x39 {
                lexNumber()
                continue
            }
            if config.jsRegex && b == 0x2F && regexAllowed() && lexRegex() { continue }
            lexPunctuation()
        }
    }

    private func matches(_ seq: [UInt8], at p: Int) -> Bool {
        guard p + seq.count <= end else { return false }
        for (k, c) in seq.enumerated() where bytes[p + k] != c { return false }
        return true
    }

    private func precededBySpace(_ p: Int) -> Bool {
        p == 0 || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[p - 1])
    }

    private mutating func lexComment(atLineStart: Bool) -> Bool {
        for lc in config.lineComments where matches(lc, at: pos) {
            if lc.count == 1 && config.hashCommentNeedsSpace && !precededBySpace(pos) { continue }
            if lc.count == 1 && lc[0] != 0x23 && !atLineStart { continue }  // properties' ! and ;
            if lc[0] == 0x23 && language == .php && pos + 1 < end && bytes[pos + 1] == 0x5B { continue }  // PHP 8 attribute
            let start = pos
            while pos < end && bytes[pos] != 0x0A { pos += 1 }
            tokens.append(Token(.comment, start, pos))
            return true
        }
        for (open, close) in config.blockComments where matches(open, at: pos) {
            if language == .ruby && !atLineStart { continue }
            let start = pos
            pos += open.count
            var nest = 1
            let nests = language == .rust || language == .swift
            while pos < end {
                if matches(close, at: pos) {
                    pos += close.count
                    nest -= 1
                    if nest == 0 || !nests { break }
                    continue
                }
                if nests && matches(open, at: pos) {
                    nest += 1
                    pos += open.count
                    continue
                }
                pos += 1
            }
            tokens.append(Token(.comment, start, pos))
            return true
        }
        return false
    }

    // MARK: identifiers, numbers, punctuation

    @inline(__always)
    private func isIdentifierStart(_ b: UInt8) -> Bool { identifierStarts.contains(b) }

    @inline(__always)
    private func isIdentifierByte(_ b: UInt8) -> Bool { identifierBytes.contains(b) }

    @inline(__always)
    private mutating func lexIdentifier() {
        let start = pos
        // Shell words that are URLs (`curl https://host/path?a=b`) are one bare string.
        if (language == .shell || language == .dockerfile), matches(Array("http".utf8), at: pos) {
            var p = pos + 4
            if p < end && bytes[p] == 0x73 { p += 1 }
            if matches(Array("://".utf8), at: p) {
                lexStringBody(
                    start: pos, closer: [], interpolation: .dollarBraceOrIdent, escapes: false, multiline: false, bare: true,
                    bareStopsAtSpace: true)
                return
            }
        }
        while pos < end && isIdentifierByte(bytes[pos]) { pos += 1 }
        // A trailing `-` belongs to an operator, not the word (shell `a -- b` aside).
        while pos > start + 1 && bytes[pos - 1] == 0x2D { pos -= 1 }
        tokens.append(Token(.identifier, start, pos))
        if config.bareValueAfterEquals, pos + 1 < end, bytes[pos] == 0x3D || (language == .properties && bytes[pos] == 0x3A) {
            let next = bytes[pos + 1]
            if next != 0x3D && next != 0x20 && next != 0x0A && next != 0x0D && next != 0x22 && next != 0x27 && next != 0x09 {
                tokens.append(Token(.punctuation, pos, pos + 1))
                pos += 1
                lexBareValue()
            }
        }
    }

    private mutating func lexNumber() {
        let start = pos
        while pos < end,
            isIdentifierByte(bytes[pos])
                || (bytes[pos] == 0x2E && pos + 1 < end && bytes[pos + 1] != 0x2E && bytes[pos + 1] >= 0x30 && bytes[pos + 1] <= 0x39)
        { pos += 1 }
        tokens.append(Token(.number, start, pos))
    }

    private static let operators3: [[UInt8]] = ["===", "!==", "...", "**=", "<<=", ">>=", "<=>", "??="].map { Array($0.utf8) }
    private static let operators2: [[UInt8]] = [
        "=>", "->", "::", "?.", "?:", "||", "??", "&&", "==", "!=", ":=", "<=", ">=", "+=", "-=", "*=", "/=", "**", "..", "|>", "<-", "=~",
        "++", "--", "<<",
    ].map { Array($0.utf8) }

    /// For each first byte, the operators it can start, longest first, as packed bytes: most punctuation (`(`, `,`,
    /// `;`) starts none, and the others compare two or three words (arrays of arrays here cost a retain and a
    /// release per punctuation token, a tenth of lexing a bundle).
    struct OperatorTable: Sendable {
        /// Operators starting with byte `b` are at `starts[b]..<starts[b + 1]`.
        let starts: [Int32]
        /// An operator's bytes, the first in the low byte.
        let packed: [UInt32]
        let lengths: [Int32]

        static let shared = OperatorTable()

        init() {
            var byFirst = [[[UInt8]]](repeating: [], count: 256)
            for op in Lexer.operators3 + Lexer.operators2 { byFirst[Int(op[0])].append(op) }
            var starts: [Int32] = [0]
            var packed: [UInt32] = []
            var lengths: [Int32] = []
            for ops in byFirst {
                for op in ops {
                    packed.append(op.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) })
                    lengths.append(Int32(op.count))
                }
                starts.append(Int32(packed.count))
            }
            self.starts = starts
            self.packed = packed
            self.lengths = lengths
        }
    }

    @inline(__always)
    private mutating func lexPunctuation() {
        let b = bytes[pos]
        let candidates = Int(operators.starts[Int(b)])..<Int(operators.starts[Int(b) + 1])
        if !candidates.isEmpty {
            var window = UInt32(b)
            if pos + 1 < end { window |= UInt32(bytes[pos + 1]) << 8 }
            if pos + 2 < end { window |= UInt32(bytes[pos + 2]) << 16 }
            for i in candidates {
                let length = Int(operators.lengths[i])
                guard window & (length == 3 ? 0xFF_FFFF : 0xFFFF) == operators.packed[i] else { continue }
                tokens.append(Token(.punctuation, pos, pos + length))
                pos += length
                return
            }
        }
        // One UTF-8 scalar (or one stray byte of invalid UTF-8).
        var len = 1
        if b >= 0xC0 { len = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2) }
        len = min(len, end - pos)
        tokens.append(Token(.punctuation, pos, pos + len))
        pos += len
    }

    private func regexAllowed() -> Bool {
        var i = tokens.count - 1
        while i >= 0 && (tokens[i].kind == .comment || tokens[i].kind == .newline) { i -= 1 }
        guard i >= 0 else { return true }
        let t = tokens[i]
        switch t.kind {
        case .punctuation:
            let c = bytes[t.start]
            return !(c == 0x29 || c == 0x5D || c == 0x7D) || t.end - t.start > 1 && c != 0x29
        case .identifier:
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), as: UTF8.self)
            return ["return", "typeof", "case", "in", "of", "delete", "void", "throw", "new", "yield", "await", "else", "do"].contains(word)
        default: return false
        }
    }

    private mutating func lexRegex() -> Bool {
        var p = pos + 1
        var inClass = false
        while p < end {
            let c = bytes[p]
            if c == 0x0A { return false }
            if c == 0x5C {
                p += 2
                continue
            }
            if c == 0x5B { inClass = true } else if c == 0x5D { inClass = false } else if c == 0x2F && !inClass { break }
            p += 1
        }
        guard p < end else { return false }
        p += 1
        while p < end && ((bytes[p] >= 0x61 && bytes[p] <= 0x7A)) { p += 1 }
        tokens.append(Token(.regex, pos, p))
        pos = p
        return true
    }

    // MARK: strings

    /// Recognises a string opener at `pos` (with any prefix) and lexes the literal.
    private mutating func lexStringStart() -> Bool {
        let b = bytes[pos]
        // Prefixed forms first.
        if config.pythonPrefixes && isIdentifierStart(b) {
            var p = pos
            while p < end && p - pos < 3 && isIdentifierByte(bytes[p]) { p += 1 }
            if p < end, p > pos, bytes[p] == 0x22 || bytes[p] == 0x27 {
                let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[pos..<p]), as: UTF8.self).lowercased()
                if ["r", "b", "f", "u", "rb", "br", "fr", "rf"].contains(prefix) {
                    let start = pos
                    pos = p
                    let q = bytes[p]
                    let triple = matches([q, q, q], at: p)
                    let closer: [UInt8] = triple ? [q, q, q] : [q]
                    pos += closer.count
                    lexStringBody(
                        start: start, closer: closer, interpolation: prefix.has("f") ? .braceHole : .none,
                        escapes: !prefix.has("r"), multiline: triple)
                    return true
                }
            }
        }
        if config.rustRawStrings && (b == 0x72 || b == 0x62) {
            var p = pos + 1
            if b == 0x62 && p < end && bytes[p] == 0x72 { p += 1 }
            var hashes = 0
            while p < end && bytes[p] == 0x23 {
                hashes += 1
                p += 1
            }
            if p < end && bytes[p] == 0x22 && (b == 0x72 || hashes > 0 || p == pos + 1 || bytes[pos + 1] == 0x72)
                && !(p > 0 && isIdentifierByte(bytes[pos > 0 ? pos - 1 : pos]) && pos > 0)
            {
                let raw = b == 0x72 || bytes[pos + 1] == 0x72
                let start = pos
                pos = p + 1
                lexStringBody(
                    start: start, closer: [0x22] + Array(repeating: 0x23, count: hashes), interpolation: .none, escapes: !raw,
                    multiline: true)
                return true
            }
        }
        if config.csharpStrings && (b == 0x40 || b == 0x24) {
            var p = pos
            var verbatim = false, interpolated = false
            while p < end && (bytes[p] == 0x40 || bytes[p] == 0x24) {
                if bytes[p] == 0x40 { verbatim = true } else { interpolated = true }
                p += 1
            }
            if p < end && bytes[p] == 0x22 {
                let start = pos
                let triple = matches([0x22, 0x22, 0x22], at: p)
                pos = p + (triple ? 3 : 1)
                lexStringBody(
                    start: start, closer: triple ? [0x22, 0x22, 0x22] : [0x22], interpolation: interpolated ? .braceHole : .none,
                    escapes: !verbatim && !triple, multiline: verbatim || triple, doubledQuoteEscape: verbatim)
                return true
            }
        }
        if config.swiftRawStrings && b == 0x23 {
            var p = pos
            while p < end && bytes[p] == 0x23 { p += 1 }
            if p < end && bytes[p] == 0x22 {
                let hashes = p - pos
                let start = pos
                let triple = matches([0x22, 0x22, 0x22], at: p)
                pos = p + (triple ? 3 : 1)
                lexStringBody(
                    start: start, closer: (triple ? [0x22, 0x22, 0x22] : [0x22]) + Array(repeating: 0x23, count: hashes),
                    interpolation: .none, escapes: false, multiline: triple)
                return true
            }
        }
        if config.dartRawStrings && b == 0x72 && pos + 1 < end && (bytes[pos + 1] == 0x22 || bytes[pos + 1] == 0x27) {
            let start = pos
            let q = bytes[pos + 1]
            let triple = matches([q, q, q], at: pos + 1)
            pos += 1 + (triple ? 3 : 1)
            lexStringBody(start: start, closer: triple ? [q, q, q] : [q], interpolation: .none, escapes: false, multiline: triple)
            return true
        }
        if config.goRawBacktick && b == 0x60 {
            let start = pos
            pos += 1
            lexStringBody(start: start, closer: [0x60], interpolation: .none, escapes: false, multiline: true)
            return true
        }
        guard let form = config.quotes.first(where: { $0.quote == b }) else { return false }
        let start = pos
        if config.tripleQuotes.contains(b) && matches([b, b, b], at: pos) {
            pos += 3
            lexStringBody(
                start: start, closer: [b, b, b],
                interpolation: config.tripleInterpolation == .none ? form.interpolation : config.tripleInterpolation,
                escapes: form.escapes, multiline: true)
            return true
        }
        if form.charLiteral {
            // 'x', '\n', '\u{1F600}': otherwise a Rust lifetime or a stray quote.
            var p = pos + 1
            while p < end && p - pos <= 12 && bytes[p] != 0x27 && bytes[p] != 0x0A { p += bytes[p] == 0x5C ? 2 : 1 }
            guard p < end && bytes[p] == 0x27 && p - pos <= 12 else { return false }
        }
        pos += 1
        let multiline = b == 0x60 || language.family == .hash || language == .php || language == .rust || language == .kotlin
        lexStringBody(start: start, closer: [b], interpolation: form.interpolation, escapes: form.escapes, multiline: multiline)
        return true
    }

    /// Lexes the inside of a literal after its opener up to `closer`, recording text and holes.
    private mutating func lexStringBody(
        start: Int, closer: [UInt8], interpolation: LexerConfig.Interpolation, escapes: Bool,
        multiline: Bool, doubledQuoteEscape: Bool = false, bare: Bool = false, bareStopsAtSpace: Bool = false
    ) {
        let tokenIndex = tokens.count
        tokens.append(Token(.string, start, start))
        let contentStart = pos
        var contentEnd = pos
        var parts: [StringLiteral.Part] = []
        var buf: [UInt8] = []
        func flush() {
            if !buf.isEmpty {
                parts.append(.text(String(decoding: buf, as: UTF8.self)))
                buf.removeAll(keepingCapacity: true)
            }
        }
        var closed = false
        let special = Lexer.specialStringBytes(closer: closer, interpolation: interpolation, escapes: escapes, bare: bare)
        while pos < end {
            // A run of bytes none of the checks below can act on is copied at once (most of a literal).
            let run = pos
            while pos < end && !special.contains(bytes[pos]) { pos += 1 }
            if pos > run { buf.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<pos])) }
            guard pos < end else { break }
            let c = bytes[pos]
            if bare {
                if c == 0x0A || c == 0x0D || (bareStopsAtSpace && (c == 0x20 || c == 0x09)) { break }
                if (c == 0x20 || c == 0x09) && pos + 1 < end && bytes[pos + 1] == 0x23 { break }
            } else if matches(closer, at: pos) {
                if doubledQuoteEscape && closer.count == 1 && pos + 1 < end && bytes[pos + 1] == closer[0] {
                    buf.append(c)
                    pos += 2
                    continue
                }
                contentEnd = pos
                pos += closer.count
                closed = true
                break
            }
            if c == 0x0A && !multiline { break }
            if interpolation == .backslashParen && c == 0x5C && pos + 1 < end && bytes[pos + 1] == 0x28 {
                flush()
                pos += 2
                lexHole(into: &parts, closer: 0x29)
                continue
            }
            if escapes && c == 0x5C && pos + 1 < end {
                decodeEscape(into: &buf)
                continue
            }
            switch interpolation {
            case .dollarBrace:
                if c == 0x24 && pos + 1 < end && bytes[pos + 1] == 0x7B {
                    flush()
                    pos += 2
                    lexHole(into: &parts, closer: 0x7D)
                    continue
                }
            case .dollarBraceOrIdent, .php:
                if c == 0x24 && pos + 1 < end {
                    let n = bytes[pos + 1]
                    if n == 0x7B && interpolation == .dollarBraceOrIdent {
                        flush()
                        pos += 2
                        lexHole(into: &parts, closer: 0x7D)
                        continue
                    }
                    if n == 0x28 && interpolation == .dollarBraceOrIdent {
                        flush()
                        pos += 2
                        lexHole(into: &parts, closer: 0x29)
                        continue
                    }
                    if isIdentifierStart(n) && n != 0x24 {
                        flush()
                        let holeStart = tokens.count
                        let identStart = interpolation == .php ? pos : pos + 1
                        var p = pos + 1
                        while p < end && isIdentifierByte(bytes[p]) && bytes[p] != 0x24 && bytes[p] != 0x2D { p += 1 }
                        tokens.append(Token(.identifier, identStart, p))
                        pos = p
                        parts.append(.hole(holeStart..<tokens.count))
                        continue
                    }
                }
                if interpolation == .php && c == 0x7B && pos + 1 < end && bytes[pos + 1] == 0x24 {
                    flush()
                    pos += 1
                    lexHole(into: &parts, closer: 0x7D)
                    continue
                }
            case .hashBrace:
                if c == 0x23 && pos + 1 < end && bytes[pos + 1] == 0x7B {
                    flush()
                    pos += 2
                    lexHole(into: &parts, closer: 0x7D)
                    continue
                }
            case .braceHole:
                if c == 0x7B {
                    if pos + 1 < end && bytes[pos + 1] == 0x7B {
                        buf.append(0x7B)
                        pos += 2
                        continue
                    }
                    // Rust format strings only capture identifiers; `{}` and `{:?}` are positional.
                    if language == .rust {
                        var p = pos + 1
                        while p < end && isIdentifierByte(bytes[p]) { p += 1 }
                        if p == pos + 1 || p >= end || (bytes[p] != 0x7D && bytes[p] != 0x3A) {
                            buf.append(c)
                            pos += 1
                            continue
                        }
                    }
                    flush()
                    pos += 1
                    lexHole(into: &parts, closer: 0x7D)
                    continue
                }
                if c == 0x7D && pos + 1 < end && bytes[pos + 1] == 0x7D {
                    buf.append(0x7D)
                    pos += 2
                    continue
                }
            default: break
            }
            buf.append(c)
            pos += 1
        }
        if !closed { contentEnd = pos }
        flush()
        tokens[tokenIndex].end = pos
        tokens[tokenIndex].literal = Int32(strings.count)
        strings.append(StringLiteral(parts: parts, contentRange: contentStart..<max(contentStart, contentEnd)))
    }

    /// The bytes at which `lexStringBody` does more than copy: the closer's first byte, line ends, and what escapes or
    /// opens an interpolation in this form (spaces too for a bare word, which a space or ` #` ends).
    private static func specialStringBytes(
        closer: [UInt8], interpolation: LexerConfig.Interpolation, escapes: Bool, bare: Bool
    ) -> ByteSet {
        // Inserts, not array literals: this runs for every literal.
        var special = ByteSet()
        special.insert(0x0A)
        special.insert(0x0D)
        if let first = closer.first { special.insert(first) }
        if bare {
            special.insert(0x20)
            special.insert(0x09)
        }
        if escapes || interpolation == .backslashParen { special.insert(0x5C) }
        switch interpolation {
        case .dollarBrace, .dollarBraceOrIdent: special.insert(0x24)
        case .php:
            special.insert(0x24)
            special.insert(0x7B)
        case .hashBrace: special.insert(0x23)
        case .braceHole:
            special.insert(0x7B)
            special.insert(0x7D)
        case .backslashParen, .none: break
        }
        return special
    }

    private mutating func lexHole(into parts: inout [StringLiteral.Part], closer: UInt8) {
        let holeStart = tokens.count
        if holeDepth < 32 {
            holeDepth += 1
            lexCode(closer: closer)
            holeDepth -= 1
        } else {
            while pos < end && bytes[pos] != closer && bytes[pos] != 0x0A { pos += 1 }
        }
        if pos < end && bytes[pos] == closer { pos += 1 }
        parts.append(.hole(holeStart..<tokens.count))
    }

    private mutating func decodeEscape(into buf: inout [UInt8]) {
        let n = bytes[pos + 1]
        pos += 2
        switch n {
        case 0x6E: buf.append(0x0A)
        case 0x74: buf.append(0x09)
        case 0x72: buf.append(0x0D)
        case 0x30: buf.append(0x00)
        case 0x0A: break  // line continuation
        case 0x75, 0x78:  // \uXXXX, \u{X..}, \xHH
            var digits: [UInt8] = []
            let braced = pos < end && bytes[pos] == 0x7B
            if braced { pos += 1 }
            let maxDigits = braced ? 8 : (n == 0x78 ? 2 : 4)
            while pos < end && digits.count < maxDigits, let _ = hexValue(bytes[pos]) {
                digits.append(bytes[pos])
                pos += 1
            }
            if braced && pos < end && bytes[pos] == 0x7D { pos += 1 }
            if let v = UInt32(String(decoding: digits, as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(v) {
                buf.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else {
                buf.append(0x5C)
                buf.append(n)
                buf.append(contentsOf: digits)
            }
        default: buf.append(n)
        }
    }

    private func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x37
        case 0x61...0x66: return b - 0x57
        default: return nil
        }
    }

    /// `.http` lines: `POST url`, `@name = value`, `Header: value` -> identifier (+ punctuation) + bare value to the line end.
    private mutating func lexHTTPLine() -> Bool {
        var p = pos
        while p < end && isIdentifierByte(bytes[p]) { p += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[pos..<p]), as: UTF8.self)
        var q = p
        while q < end && (bytes[q] == 0x20 || bytes[q] == 0x09) { q += 1 }
        let isMethod = ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(word) && q > p
        let isVariable = word.hasPrefix("@") && q < end && bytes[q] == 0x3D
        let isHeader = !word.hasPrefix("@") && p < end && bytes[p] == 0x3A
        guard isMethod || isVariable || isHeader else { return false }
        tokens.append(Token(.identifier, pos, p))
        pos = q
        if isVariable || isHeader {
            if isHeader { pos = p }
            tokens.append(Token(.punctuation, pos, pos + 1))
            pos += 1
            while pos < end && (bytes[pos] == 0x20 || bytes[pos] == 0x09) { pos += 1 }
        }
        lexStringBody(start: pos, closer: [], interpolation: .none, escapes: false, multiline: false, bare: true)
        trimLastBareValue()
        return true
    }

    /// `NAME ?= value` / `NAME := value` / `NAME = value`: identifier, `=`, bare value to the line end.
    private mutating func lexMakefileAssignment() -> Bool {
        var p = pos
        while p < end && (isIdentifierByte(bytes[p]) || bytes[p] == 0x2E) { p += 1 }
        var q = p
        while q < end && (bytes[q] == 0x20 || bytes[q] == 0x09) { q += 1 }
        var op = q
        while op < end && (bytes[op] == 0x3F || bytes[op] == 0x3A || bytes[op] == 0x2B || bytes[op] == 0x21) && op - q < 3 { op += 1 }
        guard op < end, bytes[op] == 0x3D, !(op + 1 < end && bytes[op + 1] == 0x3D) else { return false }
        tokens.append(Token(.identifier, pos, p))
        tokens.append(Token(.punctuation, op, op + 1))
        pos = op + 1
        while pos < end && (bytes[pos] == 0x20 || bytes[pos] == 0x09) { pos += 1 }
        lexStringBody(start: pos, closer: [], interpolation: .dollarBraceOrIdent, escapes: false, multiline: false, bare: true)
        trimLastBareValue()
        return true
    }

    /// A bare value's token ends before trailing spaces, tabs and carriage returns.
    private mutating func trimLastBareValue() {
        guard let lit = tokens.last, lit.kind == .string else { return }
        var e = lit.end
        while e > lit.start && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D) { e -= 1 }
        tokens[tokens.count - 1].end = e
    }

    /// `KEY=value` in shell, .env, Dockerfile and properties: the bare value is a string token.
    private mutating func lexBareValue() {
        let stopsAtSpace = language != .properties
        lexStringBody(
            start: pos, closer: [], interpolation: language == .properties ? .none : .dollarBraceOrIdent, escapes: false,
            multiline: false, bare: true, bareStopsAtSpace: stopsAtSpace)
        trimLastBareValue()
    }

    /// A YAML plain scalar after `key: ` or `- `: a bare string token up to a ` #` comment or the line end.
    private mutating func lexYAMLScalar(atLineStart: Bool) -> Bool {
        let b = bytes[pos]
        if b == 0x22 || b == 0x27 || b == 0x7B || b == 0x5B || b == 0x7C || b == 0x3E || b == 0x26 || b == 0x2A || b == 0x23
            || b == 0x2D && pos + 1 < end && bytes[pos + 1] == 0x20
        {
            return false
        }
        // Only directly after `: ` or `- `.
        var i = tokens.count - 1
        guard i >= 0, tokens[i].kind == .punctuation else { return false }
        let prev = bytes[tokens[i].start]
        guard tokens[i].end - tokens[i].start == 1, prev == 0x3A || prev == 0x2D, pos > 0, bytes[pos - 1] == 0x20 else { return false }
        if prev == 0x2D {
            i -= 1
            // A list dash must start its line.
            if i >= 0 && tokens[i].kind != .newline { return false }
        }
        // `- key: value` starts a mapping, not a scalar.
        var p = pos
        while p < end && isIdentifierByte(bytes[p]) { p += 1 }
        if p < end && p > pos && bytes[p] == 0x3A && (p + 1 >= end || bytes[p + 1] == 0x20 || bytes[p + 1] == 0x0A) { return false }
        // `KEY=value` items (compose environment lists) split into key, `=`, value.
        if p > pos && p < end && bytes[p] == 0x3D {
            tokens.append(Token(.identifier, pos, p))
            tokens.append(Token(.punctuation, p, p + 1))
            pos = p + 1
        }
        lexStringBody(start: pos, closer: [], interpolation: .none, escapes: false, multiline: false, bare: true)
        trimLastBareValue()
        if let lit = tokens.last, lit.kind == .string {
            let li = Int(lit.literal)
            var s = strings[li]
            if case .text(let t)? = s.parts.first, s.parts.count == 1 {
                s.parts = [.text(t.trimmingCharacters(in: .whitespaces))]
                strings[li] = s
            }
        }
        return true
    }
}

import Foundation
