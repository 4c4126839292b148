/// Which three-byte sequences (ASCII case folded) starting at even offsets occur in a file, hashed into 4,096 bits:
/// what a file outside Dollr code keeps from its first read, so a reach round re-reads only the files that may hold
/// one of its patterns (`mayContainAny` has false positives, never false negatives). 512 bytes a file. Every other
/// offset halves the work; a pattern occurring at an even offset has its even-offset trigrams recorded, at an odd
/// one its odd-offset ones, so one of the two sets is complete.
public struct TrigramFilter: Sendable {
    static let wordCount = 64
    private let bits: [UInt64]

    init(bits: [UInt64]) { self.bits = bits }

    /// What the keyword pass calls at each even offset.
    protocol Recording {
        func record(at k: Int)
    }

    /// A pass that keeps no trigrams.
    struct NoRecorder: Recording {
        @inline(__always) func record(at k: Int) {}
    }

    /// Records the trigram starting at an offset, if one does, from one unaligned load with every byte's 0x20 bit
    /// set: that folds ASCII case (and maps a few punctuation bytes together, which only adds false positives) without
    /// a per-byte dependency, three times faster than shifting each byte into a window.
    struct Recorder: Recording {
        let bytes: UnsafeBufferPointer<UInt8>
        let bits: UnsafeMutableBufferPointer<UInt64>

        @inline(__always)
        func record(at k: Int) {
            let n = bytes.count
            let trigram: UInt32
            if k &+ 4 <= n, let base = bytes.baseAddress {
                trigram = UInt32(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: k, as: UInt32.self))
            } else if k &+ 3 <= n {
                trigram = TrigramFilter.packed(bytes[k], bytes[k &+ 1], bytes[k &+ 2])
            } else {
                return
            }
            let bit = TrigramFilter.bit(trigram)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Three bytes as the recorder's unaligned load reads them: the first lowest.
    @inline(__always)
    static func packed(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 { UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 }

    /// The bit of the trigram in the low three bytes of `word` (first byte lowest), folded.
    @inline(__always)
    static func bit(_ word: UInt32) -> Int { Int((((word | 0x20_2020) & 0xFF_FFFF) &* 0x9E37_79B1) >> 20) }

    /// A round's patterns as the bits of their trigrams, computed once for every file: one flat array, each
    /// pattern's even-offset bits then its odd-offset ones (an array per pattern was a retain and a release at each).
    public struct Patterns: Sendable {
        fileprivate let bits: [UInt16]
        /// Where each pattern's odd-offset bits start and where they end.
        fileprivate let bounds: [(odd: Int32, end: Int32)]
        /// Some pattern is too short to rule out (under four bytes, one of its alignments holds no trigram).
        fileprivate let anyTooShort: Bool

        /// The patterns as the keyword matcher looks for them: lower case; the file's upper case letters fold onto it.
        public init(_ texts: some Sequence<String>) {
            var bits: [UInt16] = []
            var bounds: [(odd: Int32, end: Int32)] = []
            var anyTooShort = false
            for text in texts {
                let bytes = Array(text.lowercased().utf8)
                guard bytes.count >= 4 else {
                    anyTooShort = true
                    continue
                }
                func bit(_ i: Int) -> UInt16 { UInt16(TrigramFilter.bit(TrigramFilter.packed(bytes[i], bytes[i + 1], bytes[i + 2]))) }
                bits += stride(from: 0, through: bytes.count - 3, by: 2).map(bit)
                let odd = Int32(bits.count)
                bits += stride(from: 1, through: bytes.count - 3, by: 2).map(bit)
                bounds.append((odd, Int32(bits.count)))
            }
            self.bits = bits
            self.bounds = bounds
            self.anyTooShort = anyTooShort
        }
    }

    /// False only when no pattern can occur in the file.
    public func mayContainAny(_ patterns: Patterns) -> Bool {
        if patterns.anyTooShort { return true }
        return bits.withUnsafeBufferPointer { filter in
            patterns.bits.withUnsafeBufferPointer { bits in
                func allSet(_ from: Int, _ to: Int) -> Bool {
                    var i = from
                    while i < to {
                        let b = Int(bits[i])
                        guard filter[b >> 6] & (1 << UInt64(b & 63)) != 0 else { return false }
                        i &+= 1
                    }
                    return true
                }
                var start = 0
                for (odd, end) in patterns.bounds {
                    if allSet(start, Int(odd)) || allSet(Int(odd), Int(end)) { return true }
                    start = Int(end)
                }
                return false
            }
        }
    }
}
