extension String {
    /// Substring test over UTF-8 bytes; Foundation's `contains` goes through CFString and dominates profiles.
    /// Name classifiers call it dozens of times per identifier, so a needle longer than the text is refused
    /// before any buffer is touched, and native strings are read in place without copies.
    @inline(__always)
    func has(_ needle: String) -> Bool {
        let needleCount = needle.utf8.count
        if needleCount > utf8.count { return false }
        let inPlace = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { ByteSearch.firstIndex(h, $0, in: 0..<h.count) != nil }
        }
        if let found = inPlace ?? nil { return found }
        var hay = self, n = needle
        return hay.withUTF8 { h in n.withUTF8 { ByteSearch.firstIndex(h, $0, in: 0..<h.count) != nil } }
    }
}
extension Substring {
    /// `String.has` for a slice, read in place when it can be.
    func has(_ needle: String) -> Bool {
        let inPlace = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { ByteSearch.firstIndex(h, $0, in: 0..<h.count) != nil }
        }
        if let found = inPlace ?? nil { return found }
        return String(self).has(needle)
    }
}
