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
        // The trie in one flat array, 256 slots per state (-1: no edge): built at every start, so it stays cheap.
        var goto = [Int32](repeating: -1, count: 256)
        var outputs: [[Int]] = [[]]
        for (k, word) in keywords.enumerated() {
            var state = 0
            for b in word.lowercased().utf8 {
                let slot = state &* 256 &+ Int(b)
                if goto[slot] < 0 {
                    goto[slot] = Int32(outputs.count)
                    goto.append(contentsOf: repeatElement(-1, count: 256))
                    outputs.append([])
                }
                state = Int(goto[slot])
            }
            outputs[state].append(k)
        }
        // Breadth-first failure links complete the transitions in place: a state's failure is shallower, so its row
        // is already complete when the state's turn comes.
        var fail = [Int](repeating: 0, count: outputs.count)
        var queue: [Int] = []
        queue.reserveCapacity(outputs.count)
        for c in 0..<256 {
            if goto[c] < 0 { goto[c] = 0 } else { queue.append(Int(goto[c])) }
        }
        var head = 0
        while head < queue.count {
            let r = queue[head]
            head += 1
            let row = r &* 256
            let failRow = fail[r] &* 256
            for c in 0..<256 {
                let s = Int(goto[row &+ c])
                if s < 0 {
                    goto[row &+ c] = goto[failRow &+ c]
                    continue
                }
                queue.append(s)
                fail[s] = Int(goto[failRow &+ c])
                if !outputs[fail[s]].isEmpty { outputs[s].append(contentsOf: outputs[fail[s]]) }
            }
        }
        let hasOutput = outputs.map { !$0.isEmpty }
        var table = [Int32](repeating: 0, count: goto.count)
        for state in 0..<outputs.count {
            let row = state &* 256
            for c in 0..<256 {
                let folded = (c >= 65 && c <= 90) ? c + 32 : c
                let target = goto[row &+ folded]
                // A state with output is stored negated, so the scan loop tests one sign instead of a second table.
                table[row &+ c] = hasOutput[Int(target)] ? -target : target
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
