/// One pass over a file's bytes (Aho-Corasick, ASCII case-insensitive) tells which keywords occur,
/// so only the rules whose keywords are present run; most files end here.
public struct KeywordPrefilter: Sendable {
    /// The transitions, one row per state and one column per byte class; an entry is the target's row offset
    /// (state x classes): one add and one load per byte, no multiply.
    private let transitions: [UInt32]
    /// At a row's offset, 1 when keywords end in that state. Read beside the transitions, not from a flag bit in
    /// them: masking the flag off lengthened the chain of dependent operations every byte waits on.
    private let endsKeyword: [UInt8]
    /// The class of every byte: the bytes of the keywords (upper case folded onto lower case) get one each, every
    /// other byte shares class 0, so the table is a few columns wide and stays in cache.
    private let byteClass: [UInt8]
    /// For each state, the bitset (`words` words) of the keywords that end there, its failure chain's included.
    private let outputMasks: [UInt64]
    private let words: Int
    private let classCount: Int
    /// Bytes in the longest keyword: how far past the middle the first of two walks over a file must go.
    private let longestKeyword: Int
    public let keywords: [String]

    /// `reportingWhich: false` builds only what `containsAny` needs: the reach asks whether any of thousands of names
    /// occurs, and a bitset of names per state was megabytes to build for a question never asked (`present` then
    /// finds nothing).
    public init(keywords: [String], reportingWhich: Bool = true) {
        self.keywords = keywords
        let lowered = keywords.map { Array($0.lowercased().utf8) }
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for b in Set(lowered.joined()).sorted() where byteClass[Int(b)] == 0 {
            byteClass[Int(b)] = UInt8(classCount)
            if b >= 97 && b <= 122 { byteClass[Int(b) - 32] = UInt8(classCount) }
            classCount += 1
        }
        // The trie in one flat array, a row of `classCount` slots per state (-1: no edge).
        var goto = [Int32](repeating: -1, count: classCount)
        var outputs: [[Int]] = [[]]
        for (k, word) in lowered.enumerated() {
            var state = 0
            for b in word {
                let slot = state &* classCount &+ Int(byteClass[Int(b)])
                if goto[slot] < 0 {
                    goto[slot] = Int32(outputs.count)
                    goto.append(contentsOf: repeatElement(-1, count: classCount))
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
        for c in 0..<classCount {
            if goto[c] < 0 { goto[c] = 0 } else { queue.append(Int(goto[c])) }
        }
        var head = 0
        while head < queue.count {
            let r = queue[head]
            head += 1
            let row = r &* classCount
            let failRow = fail[r] &* classCount
            for c in 0..<classCount {
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
        let words = reportingWhich ? max(1, (keywords.count + 63) / 64) : 0
        var masks = [UInt64](repeating: 0, count: outputs.count * words)
        for (state, ends) in outputs.enumerated() where words > 0 {
            for k in ends { masks[state * words + k / 64] |= 1 << UInt64(k % 64) }
        }
        transitions = goto.map { UInt32(Int($0) * classCount) }
        var endsKeyword = [UInt8](repeating: 0, count: goto.count)
        for (state, ends) in outputs.enumerated() where !ends.isEmpty { endsKeyword[state * classCount] = 1 }
        self.endsKeyword = endsKeyword
        self.byteClass = byteClass
        self.outputMasks = masks
        self.words = words
        self.classCount = classCount
        longestKeyword = lowered.map(\.count).max() ?? 0
    }

    /// The keywords present in `bytes`.
    public func present(in bytes: [UInt8]) -> KeywordSet {
        bytes.withUnsafeBufferPointer { present(in: $0) }
    }

    public func present(in bytes: UnsafeBufferPointer<UInt8>) -> KeywordSet {
        present(in: bytes, collectingTrigrams: false).keywords
    }

    /// The keywords present, and when asked the file's trigrams (`TrigramFilter`) from the same pass: the automaton
    /// waits on each table load, and the trigram hashing fills that wait.
    public func present(in bytes: [UInt8], collectingTrigrams: Bool) -> (keywords: KeywordSet, trigrams: TrigramFilter?) {
        bytes.withUnsafeBufferPointer { present(in: $0, collectingTrigrams: collectingTrigrams) }
    }

    private func present(in bytes: UnsafeBufferPointer<UInt8>, collectingTrigrams: Bool) -> (
        keywords: KeywordSet, trigrams: TrigramFilter?
    ) {
        var found = [UInt64](repeating: 0, count: words)
        var trigramBits = [UInt64](repeating: 0, count: collectingTrigrams ? TrigramFilter.wordCount : 0)
        transitions.withUnsafeBufferPointer { table in
            endsKeyword.withUnsafeBufferPointer { ends in
                byteClass.withUnsafeBufferPointer { classes in
                    outputMasks.withUnsafeBufferPointer { masks in
                        found.withUnsafeMutableBufferPointer { found in
                            trigramBits.withUnsafeMutableBufferPointer { trigrams in
                                let tables = Tables(
                                    table: table, ends: ends, classes: classes, masks: masks, found: found, classCount: classCount,
                                    words: words)
                                if collectingTrigrams {
                                    walk(bytes, tables, TrigramFilter.Recorder(bytes: bytes, bits: trigrams))
                                } else {
                                    walk(bytes, tables, TrigramFilter.NoRecorder())
                                }
                            }
                        }
                    }
                }
            }
        }
        return (KeywordSet(words: found), collectingTrigrams ? TrigramFilter(bits: trigramBits) : nil)
    }

    /// What one automaton step reads and writes.
    private struct Tables {
        let table: UnsafeBufferPointer<UInt32>
        let ends: UnsafeBufferPointer<UInt8>
        let classes: UnsafeBufferPointer<UInt8>
        let masks: UnsafeBufferPointer<UInt64>
        let found: UnsafeMutableBufferPointer<UInt64>
        let classCount: Int
        let words: Int

        /// One byte through one automaton, whose state is a row offset.
        @inline(__always)
        func step(_ b: UInt8, _ entry: inout Int) {
            entry = Int(table[entry &+ Int(classes[Int(b)])])
            guard ends[entry] != 0 else { return }
            let base = entry / classCount &* words
            for w in 0..<words { found[w] |= masks[base &+ w] }
        }
    }

    /// Two bytes at a time: each byte waits on the table load of the byte before it, and the trigram starting at the
    /// even one is hashed and stored in that wait. Generic over the recorder so that a pass without trigrams compiles
    /// to a loop without them.
    private func walk<Recorder: TrigramFilter.Recording>(_ bytes: UnsafeBufferPointer<UInt8>, _ t: Tables, _ trigrams: Recorder) {
        let n = bytes.count
        let overlap = max(longestKeyword - 1, 1)
        guard n >= 8192, overlap < n / 4 else {
            var entry = 0
            var k = 0
            while k &+ 2 <= n {
                t.step(bytes[k], &entry)
                t.step(bytes[k &+ 1], &entry)
                trigrams.record(at: k)
                k &+= 2
            }
            if k < n { t.step(bytes[k], &entry) }
            return
        }
        // A file of some size is walked by two automata at once, one from its start and one from its (even) middle:
        // two independent chains of loads in flight. The first walk goes on past the middle by the longest keyword
        // less one byte, so a keyword starting before the middle is found by it and one starting after by the
        // second. Each walk records the trigrams starting in its own half.
        let mid = n / 2 & ~1
        let endA = mid + overlap
        let paired = min(endA, n - mid) & ~1
        var a = 0, b = 0
        var k = 0
        while k < paired {
            t.step(bytes[k], &a)
            t.step(bytes[mid &+ k], &b)
            t.step(bytes[k &+ 1], &a)
            t.step(bytes[mid &+ k &+ 1], &b)
            if k < mid { trigrams.record(at: k) }
            trigrams.record(at: mid &+ k)
            k &+= 2
        }
        for k in paired..<max(paired, endA) {
            t.step(bytes[k], &a)
            if k < mid, k & 1 == 0 { trigrams.record(at: k) }
        }
        for k in (mid + paired)..<n {
            t.step(bytes[k], &b)
            if k & 1 == 0 { trigrams.record(at: k) }
        }
    }

    /// Whether any keyword occurs in `bytes`; stops at the first.
    public func containsAny(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { containsAny(in: $0) }
    }

    public func containsAny(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        transitions.withUnsafeBufferPointer { table in
            endsKeyword.withUnsafeBufferPointer { ends in
                byteClass.withUnsafeBufferPointer { classes in
                    var entry = 0
                    for b in bytes {
                        entry = Int(table[entry &+ Int(classes[Int(b)])])
                        if ends[entry] != 0 { return true }
                    }
                    return false
                }
            }
        }
    }
}

/// The indices of the keywords a prefilter found, as a bitset.
public struct KeywordSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    private var words: [UInt64]

    init(words: [UInt64]) { self.words = words }

    public init(arrayLiteral elements: Int...) {
        words = [UInt64](repeating: 0, count: max(1, ((elements.max() ?? 0) + 64) / 64))
        for k in elements { words[k / 64] |= 1 << UInt64(k % 64) }
    }

    public func contains(_ k: Int) -> Bool { k / 64 < words.count && words[k / 64] & (1 << UInt64(k % 64)) != 0 }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    public static func == (a: KeywordSet, b: KeywordSet) -> Bool {
        let n = max(a.words.count, b.words.count)
        return (0..<n).allSatisfy { (a.words.indices.contains($0) ? a.words[$0] : 0) == (b.words.indices.contains($0) ? b.words[$0] : 0) }
    }
}
