/// One pass over a file's bytes (Aho-Corasick, ASCII case-insensitive) tells which keywords occur,
/// so only the rules whose keywords are present run; most files end here.
public final class KeywordPrefilter: @unchecked Sendable {
    private var goto: [[Int32]] = [[Int32](repeating: -1, count: 256)]
    private var fail: [Int] = [0]
    private var output: [[Int]] = [[]]
    public let keywords: [String]

    public init(keywords: [String]) {
        self.keywords = keywords
        for (k, word) in keywords.enumerated() {
            var state = 0
            for b in word.lowercased().utf8 {
                if goto[state][Int(b)] < 0 {
                    goto.append([Int32](repeating: -1, count: 256)); fail.append(0); output.append([])
                    goto[state][Int(b)] = Int32(goto.count - 1)
                }
                state = Int(goto[state][Int(b)])
            }
            output[state].append(k)
        }
        // Breadth-first failure links, then a full transition table.
        var queue: [Int] = []
        for c in 0..<256 {
            let s = goto[0][c]
            if s < 0 { goto[0][c] = 0 } else { fail[Int(s)] = 0; queue.append(Int(s)) }
        }
        var head = 0
        while head < queue.count {
            let r = queue[head]; head += 1
            for c in 0..<256 {
                let s = goto[r][c]
                if s < 0 { goto[r][c] = goto[fail[r]][c]; continue }
                queue.append(Int(s))
                fail[Int(s)] = Int(goto[fail[r]][c])
                output[Int(s)].append(contentsOf: output[fail[Int(s)]])
            }
        }
    }

    /// Indices of the keywords present in `bytes`.
    public func present(in bytes: [UInt8]) -> Set<Int> {
        var found = Set<Int>()
        var state = 0
        bytes.withUnsafeBufferPointer { buf in
            for b in buf {
                let lower = (b >= 65 && b <= 90) ? b + 32 : b
                state = Int(goto[state][Int(lower)])
                if !output[state].isEmpty { found.formUnion(output[state]) }
            }
        }
        return found
    }
}
