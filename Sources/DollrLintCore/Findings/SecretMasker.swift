import Foundation

/// Masks secrets in text that leaves the tool: snippets and messages.
public enum SecretMasker {
    public static let mask = "****"

    /// Replaces the given byte ranges (relative to `line`'s bytes) and anything secret-shaped with a mask.
    public static func maskLine(_ line: String, ranges: [Range<Int>] = []) -> String {
        var bytes = Array(line.utf8)
        for r in ranges.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            let lo = max(0, min(r.lowerBound, bytes.count)), hi = max(lo, min(r.upperBound, bytes.count))
            guard hi > lo else { continue }
            let keep = min(3, (hi - lo) / 4)
            bytes.replaceSubrange((lo + keep)..<hi, with: Array(mask.utf8))
        }
        return maskShapes(String(decoding: bytes, as: UTF8.self))
    }

    private static let jwt = try! NSRegularExpression(pattern: #"eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{4,}(\.[A-Za-z0-9_-]*)?"#)
    private static let longToken = try! NSRegularExpression(pattern: #"[A-Za-z0-9+/_\-]{24,}={0,2}"#)

    /// Masks JWT-shaped and long high-entropy runs that no rule pointed at (defence in depth).
    public static func maskShapes(_ s: String) -> String {
        // Cheap test first: nothing to mask without a run of 20 token characters.
        var run = 0, longest = 0
        for b in s.utf8 {
            let tokenChar =
                (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 43 || b == 47 || b == 95 || b == 45 || b == 46
            run = tokenChar ? run + 1 : 0
            longest = max(longest, run)
        }
        if longest < 20 { return s }
        let ns = s as NSString
        var result = s
        var replacements: [(NSRange, String)] = []
        for m in jwt.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            replacements.append((m.range, ns.substring(with: NSRange(location: m.range.location, length: 3)) + mask))
        }
        for m in longToken.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            let text = ns.substring(with: m.range)
            if replacements.contains(where: { NSIntersectionRange($0.0, m.range).length > 0 }) { continue }
            if SecretHeuristics.looksRandom(text) { replacements.append((m.range, String(text.prefix(3)) + mask)) }
        }
        for (r, rep) in replacements.sorted(by: { $0.0.location > $1.0.location }) {
            result = (result as NSString).replacingCharacters(in: r, with: rep)
        }
        return result
    }
}

/// Masks, in any text, every occurrence of a known set of secret values, and the fragments of them (8 bytes or
/// more) that a snippet window cut at its edges. The Findings stage runs every finding of a file through one of
/// these, built from the secrets every rule reported in that file, so no reporter can print one of them in clear.
/// Lookups go through 8-byte keys, so a text costs its length whatever the number of secrets in the file.
public struct SecretValueMasker: Sendable {
    /// Values shorter than this are not masked wherever they occur (too many innocent matches), and shorter pieces
    /// of a value at a window edge are left: no 8-character piece of a secret is ever shown.
    static let unit = 8
    /// Candidates checked per lookup: bounds the work on a file made of look-alike secrets.
    static let maximumCandidates = 64

    /// Distinct secret values, longest first so a value containing another is masked whole.
    let values: [[UInt8]]
    /// Value indices by their first 8 bytes: whole occurrences, and a head that the end of a text cut off.
    private let byHead: [UInt64: [Int]]
    /// (value, offset) by the 8 bytes at every later offset: a tail of a value that starts a text.
    private let byInnerWindow: [UInt64: [Position]]

    private struct Position: Sendable {
        let value: Int
        let offset: Int
    }

    public init(values: [[UInt8]]) {
        let distinct = Set(values.filter { $0.count >= SecretValueMasker.unit })
        let sorted = distinct.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        var byHead: [UInt64: [Int]] = [:]
        var byInnerWindow: [UInt64: [Position]] = [:]
        for (v, value) in sorted.enumerated() {
            byHead[SecretValueMasker.key(value, at: 0), default: []].append(v)
            for offset in stride(from: 1, through: value.count - SecretValueMasker.unit, by: 1) {
                byInnerWindow[SecretValueMasker.key(value, at: offset), default: []].append(Position(value: v, offset: offset))
            }
        }
        self.values = sorted
        self.byHead = byHead
        self.byInnerWindow = byInnerWindow
    }

    /// The 8 bytes at `i`, as one number.
    private static func key(_ bytes: [UInt8], at i: Int) -> UInt64 {
        var k: UInt64 = 0
        for j in i..<(i + unit) { k = k << 8 | UInt64(bytes[j]) }
        return k
    }

    private static func equal(_ a: [UInt8], _ i: Int, _ b: [UInt8], _ j: Int, count: Int) -> Bool {
        var n = 0
        while n < count && a[i + n] == b[j + n] { n += 1 }
        return n == count
    }

    /// The values of the given byte ranges of a file.
    public init(bytes: [UInt8], ranges: [Range<Int>]) {
        self.init(
            values: ranges.map { r in
                Array(bytes[max(0, min(r.lowerBound, bytes.count))..<max(0, min(r.upperBound, bytes.count))])
            })
    }

    public var isEmpty: Bool { values.isEmpty }

    /// Masks snippet, message and context lines of each finding; the caret keeps pointing at the same code.
    public func masked(_ findings: [Finding]) -> [Finding] {
        guard !isEmpty else { return findings }
        return findings.map { f in
            var m = f
            let bytes = Array(f.snippet.utf8)
            let cuts = self.cuts(in: bytes)
            if !cuts.isEmpty {
                let masked = apply(cuts, to: bytes)
                m.snippet = String(decoding: masked, as: UTF8.self)
                let caret = SecretValueMasker.byteOffset(ofScalar: f.column - 1 - f.snippetTrim, in: bytes)
                m.snippetTrim = f.column - 1 - SecretValueMasker.scalarCount(masked[0..<movedOffset(caret, by: cuts)])
            }
            m.message = mask(f.message)
            m.context = f.context.map(mask)
            return m
        }
    }

    /// A masked range of the text: `keep` leading bytes stay visible (as `maskLine` keeps them) to help find the spot.
    private struct Cut {
        var range: Range<Int>
        var keep: Int
    }

    public func mask(_ text: String) -> String {
        guard !isEmpty, !text.isEmpty else { return text }
        let bytes = Array(text.utf8)
        let cuts = self.cuts(in: bytes)
        return cuts.isEmpty ? text : String(decoding: apply(cuts, to: bytes), as: UTF8.self)
    }

    /// The ranges to mask in a text, sorted and merged.
    private func cuts(in bytes: [UInt8]) -> [Cut] {
        let unit = SecretValueMasker.unit
        guard bytes.count >= unit else { return [] }
        var cuts: [Cut] = []
        var i = 0
        while i <= bytes.count - unit {
            if let length = longestHead(at: i, in: bytes) {
                cuts.append(Cut(range: i..<(i + length), keep: min(3, length / 4)))
                i += length
            } else {
                i += 1
            }
        }
        if let tail = longestTailStartingText(bytes) { cuts.append(tail) }
        var merged: [Cut] = []
        for c in cuts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let lastCut = merged.last, c.range.lowerBound <= lastCut.range.upperBound {
                merged[merged.count - 1].range = lastCut.range.lowerBound..<max(lastCut.range.upperBound, c.range.upperBound)
            } else {
                merged.append(c)
            }
        }
        return merged
    }

    /// Where byte `offset` of the text lands once `cuts` are applied (a place inside a cut lands on its mask).
    private func movedOffset(_ offset: Int, by cuts: [Cut]) -> Int {
        var shift = 0
        for c in cuts {
            let hidden = c.range.lowerBound + c.keep
            if offset < hidden { break }
            if offset < c.range.upperBound { return hidden - shift }
            shift += c.range.upperBound - hidden - SecretMasker.mask.utf8.count
        }
        return offset - shift
    }

    /// Columns count Unicode scalars: every byte that is not a UTF-8 continuation byte.
    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }

    static func byteOffset(ofScalar n: Int, in bytes: [UInt8]) -> Int {
        var scalars = 0
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {
            if scalars == n { return i }
            scalars += 1
        }
        return bytes.count
    }

    /// The longest value starting at `i`, or the head of one where the text ends there (a window cut it).
    private func longestHead(at i: Int, in bytes: [UInt8]) -> Int? {
        for v in (byHead[SecretValueMasker.key(bytes, at: i)] ?? []).prefix(SecretValueMasker.maximumCandidates) {
            let length = min(values[v].count, bytes.count - i)
            if SecretValueMasker.equal(bytes, i, values[v], 0, count: length) { return length }
        }
        return nil
    }

    /// A text (after its indentation) that starts inside a value, where a window cut it: the tail it shows.
    private func longestTailStartingText(_ bytes: [UInt8]) -> Cut? {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), bytes.count - first >= SecretValueMasker.unit else {
            return nil
        }
        var longest = 0
        for p in (byInnerWindow[SecretValueMasker.key(bytes, at: first)] ?? []).prefix(SecretValueMasker.maximumCandidates) {
            let length = min(values[p.value].count - p.offset, bytes.count - first)
            if length > longest && SecretValueMasker.equal(bytes, first, values[p.value], p.offset, count: length) { longest = length }
        }
        return longest > 0 ? Cut(range: first..<(first + longest), keep: 0) : nil
    }

    /// Applies sorted, merged cuts.
    private func apply(_ cuts: [Cut], to bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for c in cuts {
            out += bytes[at..<(c.range.lowerBound + c.keep)]
            out += Array(SecretMasker.mask.utf8)
            at = c.range.upperBound
        }
        out += bytes[at...]
        return out
    }
}
