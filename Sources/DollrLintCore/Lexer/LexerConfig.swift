/// Per-language knobs of the one lexer: comment forms, string forms and their interpolation syntax.
struct LexerConfig {
    enum Interpolation { case none, dollarBrace, dollarBraceOrIdent, hashBrace, braceHole, backslashParen, php }
    struct QuoteForm {
        var quote: UInt8
        var interpolation: Interpolation
        var escapes: Bool = true
        var charLiteral: Bool = false
    }

    var lineComments: [[UInt8]] = [Array("//".utf8)]
    var blockComments: [([UInt8], [UInt8])] = [(Array("/*".utf8), Array("*/".utf8))]
    /// `#` only starts a comment at line start or after whitespace (shell, YAML, .env).
    var hashCommentNeedsSpace = false
    var quotes: [QuoteForm] = [QuoteForm(quote: 0x22, interpolation: .none)]
    /// Quote bytes that also have a triple form (""" or ''').
    var tripleQuotes: ByteSet = []
    var tripleInterpolation: Interpolation = .none
    /// Python-style prefixes before a quote: r, b, f, u and combinations.
    var pythonPrefixes = false
    var rustRawStrings = false
    var csharpStrings = false
    var swiftRawStrings = false
    var dartRawStrings = false
    var goRawBacktick = false
    var jsRegex = false
    /// `KEY=value`: the bare value after `=` is a string token (shell, .env, Dockerfile, properties).
    var bareValueAfterEquals = false
    /// YAML plain scalars after `key: ` and `- ` are string tokens.
    var yamlScalars = false
    /// `.http` files: request lines, `@var = value` and `Header: value` lines carry bare values.
    var httpFile = false
    /// Makefiles: `NAME ?= value`, `NAME := value` with spaces around the operator.
    var makefileAssignments = false
    var identifierStart: ByteSet = [0x24, 0x5F]  // $ _
    var identifierExtra: ByteSet = [0x24, 0x5F]

    static func forLanguage(_ language: Language) -> LexerConfig {
        var c = LexerConfig()
        let dq: UInt8 = 0x22, sq: UInt8 = 0x27, bt: UInt8 = 0x60
        switch language {
        case .javascript, .typescript:
            c.quotes = [
                .init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none),
                .init(quote: bt, interpolation: .dollarBrace),
            ]
            c.jsRegex = true
        case .java, .c:
            c.quotes = [.init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none, charLiteral: true)]
            c.tripleQuotes = [dq]
        case .kotlin, .groovy:
            c.quotes = [
                .init(quote: dq, interpolation: .dollarBraceOrIdent),
                .init(quote: sq, interpolation: language == .groovy ? .none : .none, charLiteral: language == .kotlin),
            ]
            c.tripleQuotes = [dq]
            c.tripleInterpolation = .dollarBraceOrIdent
        case .csharp:
            c.quotes = [.init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none, charLiteral: true)]
            c.csharpStrings = true
            c.tripleQuotes = [dq]
        case .go:
            c.quotes = [.init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none, charLiteral: true)]
            c.goRawBacktick = true
        case .rust:
            c.quotes = [.init(quote: dq, interpolation: .braceHole), .init(quote: sq, interpolation: .none, charLiteral: true)]
            c.rustRawStrings = true
        case .swift:
            c.quotes = [.init(quote: dq, interpolation: .backslashParen)]
            c.tripleQuotes = [dq]
            c.tripleInterpolation = .backslashParen
            c.swiftRawStrings = true
        case .dart:
            c.quotes = [.init(quote: dq, interpolation: .dollarBraceOrIdent), .init(quote: sq, interpolation: .dollarBraceOrIdent)]
            c.tripleQuotes = [dq, sq]
            c.tripleInterpolation = .dollarBraceOrIdent
            c.dartRawStrings = true
        case .php:
            c.lineComments = [Array("//".utf8), Array("#".utf8)]
            c.quotes = [
                .init(quote: dq, interpolation: .php), .init(quote: sq, interpolation: .none), .init(quote: bt, interpolation: .none),
            ]
        case .python:
            c.lineComments = [Array("#".utf8)]
            c.blockComments = []
            c.quotes = [.init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none)]
            c.tripleQuotes = [dq, sq]
            c.pythonPrefixes = true
        case .ruby:
            c.lineComments = [Array("#".utf8)]
            c.blockComments = [(Array("=begin".utf8), Array("=end".utf8))]
            c.quotes = [
                .init(quote: dq, interpolation: .hashBrace), .init(quote: sq, interpolation: .none),
                .init(quote: bt, interpolation: .hashBrace),
            ]
            c.identifierStart.insert(0x40)
            c.identifierExtra.formUnion([0x40, 0x3F, 0x21])  // @ivar, predicate?, bang!
        case .shell, .dockerfile, .dotenv, .makefile:
            c.lineComments = [Array("#".utf8)]
            c.blockComments = []
            c.hashCommentNeedsSpace = true
            c.quotes = [
                .init(quote: dq, interpolation: .dollarBraceOrIdent), .init(quote: sq, interpolation: .none, escapes: false),
                .init(quote: bt, interpolation: .none),
            ]
            c.bareValueAfterEquals = true
            c.identifierExtra.insert(0x2D)  // kebab-case words and flags
            c.makefileAssignments = language == .makefile
        case .properties:
            c.lineComments = [Array("#".utf8), Array("!".utf8), Array(";".utf8)]
            c.blockComments = []
            c.quotes = [.init(quote: dq, interpolation: .none)]
            c.bareValueAfterEquals = true
            c.identifierExtra.formUnion([0x2E, 0x2D])
        case .yaml:
            c.lineComments = [Array("#".utf8)]
            c.blockComments = []
            c.hashCommentNeedsSpace = true
            c.quotes = [.init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none, escapes: false)]
            c.yamlScalars = true
            c.identifierExtra.formUnion([0x2E, 0x2D])
        case .toml:
            c.lineComments = [Array("#".utf8)]
            c.blockComments = []
            c.quotes = [.init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none, escapes: false)]
            c.tripleQuotes = [dq, sq]
            c.identifierExtra.formUnion([0x2D])
        case .json:
            c.quotes = [.init(quote: dq, interpolation: .none)]
        case .http:
            c.lineComments = [Array("#".utf8), Array("//".utf8)]
            c.blockComments = []
            c.quotes = [.init(quote: dq, interpolation: .none)]
            c.httpFile = true
            c.identifierStart.insert(0x40)
            c.identifierExtra.formUnion([0x2D, 0x40])
        case .html, .vue, .svelte, .markdown, .xml, .unknown:
            c.lineComments = [Array("#".utf8)]
            c.blockComments = [(Array("<!--".utf8), Array("-->".utf8))]
            c.hashCommentNeedsSpace = true
            c.quotes = [.init(quote: dq, interpolation: .none), .init(quote: sq, interpolation: .none)]
        }
        return c
    }
}
