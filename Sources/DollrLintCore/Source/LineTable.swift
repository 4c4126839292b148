import Foundation

/// UTF-8 line starts of a buffer; binary search turns a byte offset into a 1-based line and column.
public struct LineTable: Sendable {
    public let lineStarts: [Int]
    public let byteCount: Int

    public init(bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        // memchr from newline to newline: a byte loop was most of building a source file.
        if let base = bytes.baseAddress {
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, 0x0A, bytes.count - from) {
                from = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(from)
            }
        }
        lineStarts = starts
        byteCount = bytes.count
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based line of a byte offset.
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Byte range of a 1-based line, without its newline.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : byteCount
        if end < start { end = start }
        return start..<end
    }
}
