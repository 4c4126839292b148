/// A set of bytes as 256 bits: the lexer asks it about most bytes of a file, and `Set<UInt8>` hashed each one (an
/// eighth of the lexing of a minified bundle); glob classes use it too.
struct ByteSet: ExpressibleByArrayLiteral, Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(arrayLiteral bytes: UInt8...) { formUnion(bytes) }

    /// One load of the byte's word (a switch over the four words compiled to branches on the lexer's hottest path).
    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        withUnsafeBytes(of: bits) { $0.load(fromByteOffset: Int(b >> 6) &* 8, as: UInt64.self) } & (1 << UInt64(b & 63)) != 0
    }

    mutating func insert(_ b: UInt8) {
        let bit: UInt64 = 1 << UInt64(b & 63)
        switch b >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    mutating func formUnion(_ bytes: [UInt8]) { bytes.forEach { insert($0) } }
}
