/// Which three-byte sequences (ASCII case folded) starting at even offsets occur in a file, hashed into 4,096 bits:
/// what a file outside Dollr code keeps from its first read, so a reach round re-reads only the files that may hold
/// one of its patterns (`mayContainAny` has false positives, never false negatives). 512 bytes a file. Every other
/// offset halves the stores of the keyword pass that collects them; a pattern occurring at an even offset has its
/// even-offset trigrams recorded, at an odd one its odd-offset ones, so one of the two sets is complete.
public struct TrigramFilter: Sendable {
    static let wordCount = 64
    private let bits: [UInt64]

    /// Filled by `KeywordPrefilter.present(in:collectingTrigrams:)` in the same pass as the keywords.
    init(bits: [UInt64]) { self.bits = bits }

    /// Shifts the byte at `offset` into the window and, at an even offset, records the trigram it ends (which
    /// starts at an even offset too; the first two bytes record a trigram with leading zero bytes, which no pattern holds,
    /// so nothing is lost).
    @inline(__always)
    static func add(_ b: UInt8, at offset: Int, window: inout UInt32, to bits: UnsafeMutableBufferPointer<UInt64>) {
        window = (window << 8 | UInt32(b >= 65 && b <= 90 ? b + 32 : b)) & 0xFF_FFFF
        guard offset & 1 == 0 else { return }
        let bit = TrigramFilter.bit(window)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    static func bit(_ trigram: UInt32) -> Int { Int((trigram &* 0x9E37_79B1) >> 20) }

    /// A pattern's trigram bits, computed once per round for every file.
    public struct Pattern: Sendable {
        /// The bits of the trigrams starting at the pattern's even and odd offsets.
        fileprivate let even: [Int]
        fileprivate let odd: [Int]
        public init(_ text: String) {
            let bytes = Array(text.lowercased().utf8)
            let starts = bytes.count < 3 ? [] : Array(0...(bytes.count - 3))
            func bit(_ i: Int) -> Int { TrigramFilter.bit(UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])) }
            even = starts.filter { $0 & 1 == 0 }.map(bit)
            odd = starts.filter { $0 & 1 == 1 }.map(bit)
        }
    }

    /// False only when no pattern can occur in the file (a pattern under three bytes always may).
    public func mayContainAny(_ patterns: [Pattern]) -> Bool {
        bits.withUnsafeBufferPointer { bits in
            patterns.contains { p in
                p.even.allSatisfy { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
                    || p.odd.allSatisfy { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
            }
        }
    }
}
