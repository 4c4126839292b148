/// The block structure of a file: brace blocks, indentation blocks for Python and YAML, and keyword blocks for Ruby
/// (`def`/`begin`/`rescue`/`do` ... `end`) and shell (`do ... done`, `then ... fi`). Each block knows its header tokens
/// (`for (...)`, `while x:`, `def f(...)`, `catch (e)`, `except Timeout:`, `if`, `switch`), so flow rules can ask
/// "is this call inside a loop / a retry handler?".
/// The keyword that opens a block (or continues the statement of the block before it), as the block tree records it.
public enum BlockKeyword: String, Sendable, CaseIterable {
    /// A block with no keyword of its own: a function literal, an object, a Ruby `do` block, a plain brace block.
    case none = ""
    case `for`, `while`, `do`, `repeat`, loop, until, foreach
    case `if`, `else`, elif, elsif, elseif, unless, then, `switch`, `case`, when, match, select
    case `try`, `catch`, except, `finally`, rescue, ensure, begin
    case def, function, `func`, fn, fun, `class`, module, with
}

public struct BlockTree {
    public struct Block {
        /// Token range of the header, from the statement start to the opener (`{` or `:`), exclusive of the body.
        public let header: Range<Int>
        /// Token range of the body.
        public let body: Range<Int>
        /// The first keyword of the header (`for`, `while`, `if`, `def`, `catch`, `except`, `function`, ...), or `.none`.
        public let keyword: BlockKeyword
        public internal(set) var parent: Int?
        /// For `else`/`elif`/`elsif`/`catch`/`rescue`/`except`: the block just before it in the same statement
        /// (the `if` of an `else`, the `try` of a `catch`).
        public internal(set) var previous: Int?
    }

    public private(set) var blocks: [Block] = []
    /// For each token, the innermost block whose body holds it (-1: none), so `enclosing` walks parents, no search.
    private var innermost: [Int32] = []

    /// The keywords a brace or indentation block's header is named by (`select` opens only shell blocks).
    static let headerKeywords: Set<BlockKeyword> = Set(BlockKeyword.allCases).subtracting([.none, .select])
    /// The same, as words, for callers that hold a token's text.
    static let keywords: Set<String> = Set(headerKeywords.map(\.rawValue))
    /// Keywords that continue the statement of the block before them.
    static let continuations: Set<BlockKeyword> = [.else, .elif, .elsif, .elseif, .catch, .except, .rescue, .finally, .ensure, .when]

    public init(_ file: LexedFile) {
        let t = file.tokens
        for region in file.regionTokens {
            switch region.language {
            case .python, .yaml:
                indentationBlocks(file, region.tokens)
                continue
            case .ruby:
                keywordBlocks(file, region.tokens, openers: BlockTree.rubyOpeners, closers: ["end"])
            case .shell, .dockerfile:
                keywordBlocks(file, region.tokens, openers: BlockTree.shellOpeners, closers: ["done", "fi", "esac"])
                continue
            default: break
            }
            for i in region.tokens where t[i].kind == .punctuation && file.isPunct(i, "{") && t[i].match > Int32(i) {
                let close = Int(t[i].match)
                let header = BlockTree.headerStart(file, before: i, lowerBound: region.tokens.lowerBound)..<i
                blocks.append(
                    Block(
                        header: header, body: (i + 1)..<close, keyword: BlockTree.keyword(file, header), parent: nil,
                        previous: nil))
            }
        }
        link(file)
    }

    /// Sorts blocks outermost first, sets parents, links each continuation to the block before it, and fills `innermost`.
    private mutating func link(_ file: LexedFile) {
        blocks.sort { ($0.body.lowerBound, -$0.body.count) < ($1.body.lowerBound, -$1.body.count) }
        innermost = [Int32](repeating: -1, count: file.tokens.count)
        var stack: [Int] = []
        var lastChild: [Int: Int] = [:]
        let root = -1
        for k in blocks.indices {
            while let top = stack.last, !blocks[top].body.contains(blocks[k].body.lowerBound) { stack.removeLast() }
            blocks[k].parent = stack.last
            let parentKey = stack.last ?? root
            if let before = lastChild[parentKey], BlockTree.continuations.contains(blocks[k].keyword),
                BlockTree.adjacent(file, blocks[before].body.upperBound, blocks[k].header.lowerBound)
            {
                blocks[k].previous = before
            }
            lastChild[parentKey] = k
            stack.append(k)
            for i in blocks[k].body { innermost[i] = Int32(k) }
        }
    }

    /// Whether only closers, newlines and comments stand between a body's end and the next header.
    private static func adjacent(_ file: LexedFile, _ end: Int, _ start: Int) -> Bool {
        guard end <= start else { return false }
        return (end..<start).allSatisfy { k in
            let kind = file.tokens[k].kind
            return kind == .newline || kind == .comment || file.isPunct(k, "}") || file.isPunct(k, ":")
        }
    }

    /// A header starts after the previous statement boundary (`;`, `{`, `}`, or a newline outside brackets).
    static func headerStart(_ file: LexedFile, before open: Int, lowerBound: Int) -> Int {
        var k = open - 1
        while k >= lowerBound {
            let tk = file.tokens[k]
            if (file.isPunct(k, ")") || file.isPunct(k, "]")) && tk.match >= 0 && Int(tk.match) < k {
                k = Int(tk.match) - 1
                continue
            }  // skip (...) [...]
            if file.isPunct(k, ";") {
                // Go and C `for i := 0; i < n; i++ {`: the clauses of a loop header, not statement ends.
                if let forToken = loopKeywordStartingLine(file, at: k, lowerBound: lowerBound) { k = forToken - 1 }
                break
            }
            if file.isPunct(k, "{") || file.isPunct(k, "}") { break }
            if tk.kind == .newline, let p = file.previous(k), !file.isPunct(p, ",") && !file.isPunct(p, "=>") && !file.isPunct(p, "->") {
                // A brace on its own line (`)\n{`) or a chained call (`\n.then(...)`) continues the header; a plain newline ends it.
                if let n = file.next(k), !file.isPunct(n, "{") && !file.isPunct(n, ".") && !file.isPunct(n, "?.") { break }
            }
            k -= 1
        }
        var start = k + 1
        while start < open && (file.tokens[start].kind == .newline || file.tokens[start].kind == .comment) { start += 1 }
        return start
    }

    /// The `for` token that starts the line holding token `k`, if the line starts with one.
    private static func loopKeywordStartingLine(_ file: LexedFile, at k: Int, lowerBound: Int) -> Int? {
        var j = k
        while j > lowerBound && file.tokens[j - 1].kind != .newline && !file.isPunct(j - 1, "{") && !file.isPunct(j - 1, "}") { j -= 1 }
        while j < k && file.tokens[j].kind == .comment { j += 1 }
        return file.isIdentifier(j, "for") ? j : nil
    }

    static func keyword(_ file: LexedFile, _ header: Range<Int>) -> BlockKeyword {
        for i in header where file.tokens[i].kind == .identifier {
            if let k = BlockKeyword(rawValue: file.text(i)), headerKeywords.contains(k) { return k }
        }
        return .none
    }

    /// Python/YAML: a line ending in `:` (Python) or a key with nothing after it (YAML) opens the lines indented deeper.
    private mutating func indentationBlocks(_ file: LexedFile, _ range: Range<Int>) {
        let t = file.tokens
        var lineStarts: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound && (t[i].kind == .newline || t[i].kind == .comment) { i += 1 }
            guard i < range.upperBound else { break }
            lineStarts.append(i)
            while i < range.upperBound && t[i].kind != .newline {
                if t[i].match > Int32(i) { i = Int(t[i].match) }
                i += 1
            }
        }
        func column(_ k: Int) -> Int { t[k].start - file.source.lines.lineStarts[file.source.lines.line(of: t[k].start) - 1] }
        func lineEnd(_ k: Int) -> Int {
            var e = k
            while e < range.upperBound && t[e].kind != .newline {
                if t[e].match > Int32(e) { e = Int(t[e].match) }
                e += 1
            }
            return e
        }
        // Open blocks with their column, to find each body's end in one pass over the lines.
        var open: [(header: Range<Int>, bodyStart: Int, column: Int, lastEnd: Int)] = []
        func close(_ entry: (header: Range<Int>, bodyStart: Int, column: Int, lastEnd: Int)) {
            guard entry.lastEnd > entry.bodyStart else { return }
            let body = entry.bodyStart..<entry.lastEnd
            blocks.append(
                Block(
                    header: entry.header, body: body, keyword: BlockTree.keyword(file, entry.header), parent: nil,
                    previous: nil))
        }
        for s in lineStarts {
            let col = column(s)
            while let top = open.last, col <= top.column {
                close(top)
                open.removeLast()
            }
            let end = lineEnd(s)
            for k in open.indices { open[k].lastEnd = end }
            guard let last = file.previous(end, newlines: true), last >= s, file.isPunct(last, ":") else { continue }
            open.append((s..<last, end + 1, col, end + 1))
        }
        while let top = open.popLast() { close(top) }
    }

    static let rubyOpeners: Set<String> = ["def", "class", "module", "begin", "case", "if", "unless", "while", "until", "for", "do"]
    static let shellOpeners: Set<String> = ["while", "until", "for", "if", "case", "select"]
    /// Words that end one part of a keyword block and start the next (`rescue` after `begin`, `else` after `if`).
    static let keywordMidpoints: Set<String> = ["rescue", "ensure", "else", "elsif", "when", "elif"]

    /// Ruby and shell: blocks opened by keywords and closed by `end` (`done`, `fi`); midpoints split them.
    /// Shell bodies start after `do`/`then`; Ruby's `while x do` is one block.
    private mutating func keywordBlocks(_ file: LexedFile, _ range: Range<Int>, openers: Set<String>, closers: Set<String>) {
        let t = file.tokens
        let shell = openers == BlockTree.shellOpeners
        var stack: [(header: Range<Int>, bodyStart: Int, keyword: String)] = []
        /// A header runs to the line end, `;`, or Ruby's `then` (`when "A" then act`): the body starts after it.
        func lineEnd(_ k: Int) -> Int {
            var e = k
            while e < range.upperBound && t[e].kind != .newline && !file.isPunct(e, ";")
                && !(e > k && !shell && file.isIdentifier(e, "then"))
            {
                if t[e].match > Int32(e) { e = Int(t[e].match) }
                e += 1
            }
            return e
        }
        func statementStart(_ i: Int) -> Bool {
            guard let p = file.previous(i, newlines: true) else { return true }
            return t[p].kind == .newline || file.isPunct(p, ";") || file.isPunct(p, "=") || file.isPunct(p, "(")
                || file.isIdentifier(p, "then") || file.isIdentifier(p, "do") || file.isIdentifier(p, "else")
        }
        var lineOfLastOpener = -1
        for i in range where t[i].kind == .identifier {
            let word = file.text(i)
            if let p = file.previous(i), file.isPunct(p, ".") || file.isPunct(p, "::") || file.isPunct(p, ":") { continue }  // x.end, :end
            if closers.contains(word) {
                guard statementStart(i), let top = stack.popLast() else { continue }
                emit(top, bodyEnd: i, file: file)
            } else if BlockTree.keywordMidpoints.contains(word), statementStart(i), let top = stack.last {
                emit(top, bodyEnd: i, file: file)
                stack[stack.count - 1] = (i..<lineEnd(i), lineEnd(i), word)
            } else if shell && (word == "do" || word == "then") {
                if !stack.isEmpty { stack[stack.count - 1].bodyStart = lineEnd(i) }
            } else if openers.contains(word) {
                // Ruby `while x do`: the `do` belongs to the loop header.
                if word == "do", file.line(i) == lineOfLastOpener, let top = stack.last, ["while", "until", "for"].contains(top.keyword) {
                    continue
                }
                if word != "do" && !statementStart(i) { continue }  // `x if y` modifiers
                let headerStart = word == "do" ? BlockTree.statementStart(file, before: i, lowerBound: range.lowerBound) : i
                stack.append((headerStart..<lineEnd(i), lineEnd(i), word))
                lineOfLastOpener = file.line(i)
            }
        }
    }

    private mutating func emit(_ entry: (header: Range<Int>, bodyStart: Int, keyword: String), bodyEnd: Int, file: LexedFile) {
        guard bodyEnd > entry.bodyStart else { return }
        // `items.each do |p|`: the header names the iteration, not `do`. Openers and midpoints are all keywords.
        let keyword = entry.keyword == "do" ? .none : BlockKeyword(rawValue: entry.keyword) ?? .none
        blocks.append(Block(header: entry.header, body: entry.bodyStart..<bodyEnd, keyword: keyword, parent: nil, previous: nil))
    }

    private static func statementStart(_ file: LexedFile, before i: Int, lowerBound: Int) -> Int {
        var k = i
        while k > lowerBound && file.tokens[k - 1].kind != .newline && !file.isPunct(k - 1, ";") { k -= 1 }
        return k
    }

    /// Blocks containing token `i`, innermost first.
    public func enclosing(_ i: Int) -> [Block] {
        guard i >= 0, i < innermost.count else { return [] }
        var result: [Block] = []
        var cursor = innermost[i] >= 0 ? Int(innermost[i]) : nil
        while let k = cursor {
            result.append(blocks[k])
            cursor = blocks[k].parent
        }
        return result
    }

    /// Index of the innermost block whose body holds token `i`.
    public func innermostBlock(_ i: Int) -> Int? {
        guard i >= 0, i < innermost.count, innermost[i] >= 0 else { return nil }
        return Int(innermost[i])
    }
}

extension CodeModel {
    /// The block tree of the file, built on first use.
    public var blocks: BlockTree { blockTreeStorage }
}
