/// Loops as the integration rules see them. The block tree cuts a header at the last `;` (`for i := 0; i < 3; i++ {`
/// has `i++` as its header), so a header is widened back to its `for` on the same line.
enum LoopHeader {
    static let keywords: Set<BlockKeyword> = [.for, .while, .loop, .do, .repeat, .until]

    /// The loop keyword of a block, or nil when the block is not a loop.
    static func keyword(_ block: BlockTree.Block, file: LexedFile) -> BlockKeyword? {
        if keywords.contains(block.keyword) { return block.keyword }
        // Ruby `loop do` and `5.times do |i|` (a `do` block takes the statement's name).
        if block.keyword == .none, let first = block.header.first(where: { file.tokens[$0].kind == .identifier }),
            file.language(ofToken: first) == .ruby
        {
            if file.isIdentifier(first, "loop"), let n = file.next(first), file.isIdentifier(n, "do") { return .loop }
            if block.header.contains(where: { k in
                file.isIdentifier(k, "times") && file.previous(k).map { file.isPunct($0, ".") } == true
                    && file.next(k).map { file.isIdentifier($0, "do") } == true
            }) {
                return .repeat
            }
        }
        return block.keyword == .none && widened(block, file: file).lowerBound != block.header.lowerBound ? .for : nil
    }

    /// The whole header, from the `for` keyword to the opening brace.
    static func widened(_ block: BlockTree.Block, file: LexedFile) -> Range<Int> {
        guard block.keyword == .none, let p = file.previous(block.header.lowerBound), file.isPunct(p, ";") else { return block.header }
        var k = p
        var steps = 0
        while steps < 24, k > 0, file.tokens[k].kind != .newline {
            if file.isIdentifier(k, "for") { return k..<block.header.upperBound }
            k -= 1
            steps += 1
        }
        return block.header
    }
}
