/// What a token is. String tokens carry their decoded parts in `LexedFile.strings`.
public enum TokenKind: UInt8, Sendable {
    case identifier, number, string, comment, punctuation, newline, regex
}

public struct Token: Sendable {
    public var kind: TokenKind
    // Offsets are stored in 32 bits (files are far below 2 GB): a token takes 20 bytes instead of 32, and a large
    // minified bundle has millions of them.
    private var start32: Int32
    private var end32: Int32
    /// Index into `LexedFile.strings` for string tokens, -1 otherwise.
    public var literal: Int32
    /// Index of the matching bracket token for ( ) [ ] { }, -1 otherwise.
    public var match: Int32

    /// Byte range in the file.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }

    init(_ kind: TokenKind, _ start: Int, _ end: Int, literal: Int32 = -1) {
        self.kind = kind
        self.start32 = Int32(clamping: start)
        self.end32 = Int32(clamping: end)
        self.literal = literal
        self.match = -1
    }
}

/// A string literal: its decoded text pieces and the interpolation holes between them.
public struct StringLiteral: Sendable {
    public enum Part: Sendable, Equatable {
        case text(String)
        /// An interpolation; the associated range is the token indices of the hole's code.
        case hole(Range<Int>)
    }
    public var parts: [Part]
    /// Byte range of the content, without quotes or prefixes.
    public var contentRange: Range<Int>

    /// The literal's text with each hole replaced by `placeholder`.
    public func text(holes placeholder: String = "\u{FFFC}") -> String {
        var s = ""
        for p in parts {
            switch p {
            case .text(let t): s += t
            case .hole: s += placeholder
            }
        }
        return s
    }

    public var hasHoles: Bool { parts.contains { if case .hole = $0 { return true } else { return false } } }
    public var holeRanges: [Range<Int>] { parts.compactMap { if case .hole(let r) = $0 { return r } else { return nil } } }
}

/// Where a byte sits, for rules that ask "is this in a comment?".
public enum Scope: String, Sendable, Codable {
    case code, string, comment
    /// Prose of a markup file, outside any code region.
    case text
}
