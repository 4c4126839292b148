/// The block structure of a file: brace blocks, and indentation blocks for Python and YAML. Each block knows
/// its header tokens (`for (...)`, `while x:`, `def f(...)`, `catch (e)`, `except Timeout:`, `if`, `switch`),
/// so flow rules can ask "is this call inside a loop / a retry handler?".
public struct BlockTree {
    public struct Block {
        /// Token range of the header, from the statement start to the opener (`{` or `:`), exclusive of the body.
        public let header: Range<Int>
        /// Token range of the body.
        public let body: Range<Int>
        /// The first word of the header (`for`, `while`, `if`, `def`, `catch`, `except`, `function`, ...), or "".
        public let keyword: String
        public let parent: Int?
    }

    public private(set) var blocks: [Block] = []

    static let keywords: Set<String> = ["for", "while", "do", "if", "else", "elif", "switch", "case", "try", "catch", "except", "finally", "rescue", "def",
                                        "function", "func", "fn", "fun", "class", "with", "loop", "until", "unless", "foreach", "begin", "repeat"]

    public init(_ file: LexedFile) {
        let t = file.tokens
        for region in file.regionTokens {
            if region.language == .python || region.language == .yaml {
                indentationBlocks(file, region.tokens)
                continue
            }
            var stack: [Int] = []
            for i in region.tokens where t[i].kind == .punctuation && file.isPunct(i, "{") && t[i].match > Int32(i) {
                let close = Int(t[i].match)
                while let top = stack.last, !(blocks[top].body.contains(i)) { stack.removeLast() }
                let header = BlockTree.headerStart(file, before: i, lowerBound: region.tokens.lowerBound)..<i
                blocks.append(Block(header: header, body: (i + 1)..<close, keyword: BlockTree.keyword(file, header), parent: stack.last))
                stack.append(blocks.count - 1)
            }
        }
    }

    /// A header starts after the previous statement boundary (`;`, `{`, `}`, or a newline outside brackets).
    static func headerStart(_ file: LexedFile, before open: Int, lowerBound: Int) -> Int {
        var k = open - 1
        while k >= lowerBound {
            let tk = file.tokens[k]
            if (file.isPunct(k, ")") || file.isPunct(k, "]")) && tk.match >= 0 && Int(tk.match) < k { k = Int(tk.match) - 1; continue } // skip (...) [...]
            if file.isPunct(k, ";") || file.isPunct(k, "{") || file.isPunct(k, "}") { break }
            if tk.kind == .newline, let p = file.previous(k), !file.isPunct(p, ")") && !file.isPunct(p, ",") && !file.isPunct(p, "=>") && !file.isPunct(p, "->") {
                // `} else {` / `) {` continue a header on the next line; a plain newline ends it.
                if let n = file.next(k), !file.isPunct(n, "{") { break }
            }
            k -= 1
        }
        var start = k + 1
        while start < open && (file.tokens[start].kind == .newline || file.tokens[start].kind == .comment) { start += 1 }
        return start
    }

    static func keyword(_ file: LexedFile, _ header: Range<Int>) -> String {
        for i in header where file.tokens[i].kind == .identifier {
            let w = file.text(i)
            if keywords.contains(w) { return w }
        }
        return ""
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
            while i < range.upperBound && t[i].kind != .newline { if t[i].match > Int32(i) { i = Int(t[i].match) }; i += 1 }
        }
        func column(_ k: Int) -> Int { t[k].start - file.source.lines.lineStarts[file.source.lines.line(of: t[k].start) - 1] }
        func lineEnd(_ k: Int) -> Int {
            var e = k
            while e < range.upperBound && t[e].kind != .newline { if t[e].match > Int32(e) { e = Int(t[e].match) }; e += 1 }
            return e
        }
        var stack: [(block: Int, column: Int)] = []
        for (n, s) in lineStarts.enumerated() {
            let col = column(s)
            while let top = stack.last, col <= top.column { stack.removeLast() }
            let end = lineEnd(s)
            guard let last = file.previous(end, newlines: true), last >= s, file.isPunct(last, ":") else { continue }
            // The body: following lines indented deeper than this one.
            var bodyEnd = end
            for next in lineStarts[(n + 1)...] {
                if column(next) <= col { break }
                bodyEnd = lineEnd(next)
            }
            guard bodyEnd > end else { continue }
            blocks.append(Block(header: s..<last, body: (end + 1)..<bodyEnd, keyword: BlockTree.keyword(file, s..<last), parent: stack.last?.block))
            stack.append((blocks.count - 1, col))
        }
    }

    /// Blocks containing token `i`, innermost first.
    public func enclosing(_ i: Int) -> [Block] {
        var result = blocks.filter { $0.body.contains(i) }
        result.sort { $0.body.count < $1.body.count }
        return result
    }
}

extension CodeModel {
    /// The block tree of the file, built on first use.
    public var blocks: BlockTree { blockTreeStorage }
}
