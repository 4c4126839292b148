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
                trigram = UInt32(bytes[k]) | UInt32(bytes[k &+ 1]) << 8 | UInt32(bytes[k &+ 2]) << 16
            } else {
                return
            }
            let bit = TrigramFilter.bit(trigram)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The bit of the trigram in the low three bytes of `word` (first byte lowest), folded.
    @inline(__always)
    static func bit(_ word: UInt32) -> Int { Int((((word | 0x20_2020) & 0xFF_FFFF) &* 0x9E37_79B1) >> 20) }

    /// A pattern's trigram bits, computed once per round for every file.
    public struct Pattern: Sendable {
        /// The bits of the trigrams starting at the pattern's even and odd offsets.
        fileprivate let even: [Int]
        fileprivate let odd: [Int]
        /// The pattern as the keyword matcher looks for it: lower case; the file's upper case letters fold onto it.
        public init(_ text: String) {
            let bytes = Array(text.lowercased().utf8)
            let starts = bytes.count < 3 ? [] : Array(0...(bytes.count - 3))
            func bit(_ i: Int) -> Int { TrigramFilter.bit(UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16) }
            even = starts.filter { $0 & 1 == 0 }.map(bit)
            odd = starts.filter { $0 & 1 == 1 }.map(bit)
        }
    }

    /// False only when no pattern can occur in the file (a pattern under four bytes always may: one of its
    /// alignments records no trigram).
    public func mayContainAny(_ patterns: [Pattern]) -> Bool {
        bits.withUnsafeBufferPointer { bits in
            patterns.contains { p in
                p.even.allSatisfy { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
                    || p.odd.allSatisfy { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
            }
        }
    }
}
