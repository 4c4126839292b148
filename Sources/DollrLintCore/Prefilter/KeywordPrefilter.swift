/// One pass over a file's bytes (Aho-Corasick, ASCII case-insensitive) tells which keywords occur,
/// so only the rules whose keywords are present run; most files end here.
public struct KeywordPrefilter: Sendable {
    /// The full transition table, 256 entries per state, upper-case bytes folded in: one load per byte.
    private let transitions: [Int32]
    /// For each state, the keyword indices that end there (its own and those of its failure chain).
    private let outputs: [[Int]]
    public let keywords: [String]

    public init(keywords: [String]) {
        self.keywords = keywords
        var trie: [[Int32]] = [[Int32](repeating: -1, count: 256)]
        var outputs: [[Int]] = [[]]
        for (k, word) in keywords.enumerated() {
            var state = 0
            for b in word.lowercased().utf8 {
                if trie[state][Int(b)] < 0 {
                    trie.append([Int32](repeating: -1, count: 256))
                    outputs.append([])
                    trie[state][Int(b)] = Int32(trie.count - 1)
                }
                state = Int(trie[state][Int(b)])
            }
            outputs[state].append(k)
        }
        // Breadth-first failure links, then a full transition table.
        var fail = [Int](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for c in 0..<256 {
            let s = trie[0][c]
            if s < 0 { trie[0][c] = 0 } else { queue.append(Int(s)) }
        }
        var head = 0
        while head < queue.count {
            let r = queue[head]
            head += 1
            for c in 0..<256 {
                let s = trie[r][c]
                if s < 0 {
                    trie[r][c] = trie[fail[r]][c]
                    continue
                }
                queue.append(Int(s))
                fail[Int(s)] = Int(trie[fail[r]][c])
                outputs[Int(s)].append(contentsOf: outputs[fail[Int(s)]])
            }
        }
        var table = [Int32](repeating: 0, count: trie.count * 256)
        for (state, row) in trie.enumerated() {
            for c in 0..<256 {
                let folded = (c >= 65 && c <= 90) ? c + 32 : c
                let target = row[folded]
                // A state with output is stored negated, so the scan loop tests one sign instead of a second table.
                table[state * 256 + c] = outputs[Int(target)].isEmpty ? target : -target
            }
        }
        transitions = table
        self.outputs = outputs
    }

    /// Indices of the keywords present in `bytes`.
    public func present(in bytes: [UInt8]) -> Set<Int> {
        bytes.withUnsafeBufferPointer { present(in: $0) }
    }

    public func present(in bytes: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var found = Set<Int>()
        var state: Int32 = 0
        transitions.withUnsafeBufferPointer { table in
            for b in bytes {
                state = table[Int(state) &* 256 &+ Int(b)]
                if state < 0 {
                    state = -state
                    found.formUnion(outputs[Int(state)])
                }
            }
        }
        return found
    }

    /// Whether any keyword occurs in `bytes`; stops at the first.
    public func containsAny(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            transitions.withUnsafeBufferPointer { table in
                var state: Int32 = 0
                for b in buffer {
                    state = table[Int(state) &* 256 &+ Int(b)]
                    if state < 0 { return true }
                }
                return false
            }
        }
    }
}
