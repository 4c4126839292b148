extension StringProtocol {
    /// Substring test over UTF-8 bytes; Foundation's `contains` goes through CFString and dominates profiles.
    /// Name classifiers call it dozens of times per identifier, so a needle longer than the text is refused
    /// before any buffer is touched, and native strings and their slices are read in place without copies.
    @inline(__always)
    func has(_ needle: String) -> Bool {
        if needle.utf8.count > utf8.count { return false }
        let inPlace = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { ByteSearch.firstIndex(h, $0, in: 0..<h.count) != nil }
        }
        if let found = inPlace ?? nil { return found }
        var hay = String(self), n = needle
        return hay.withUTF8 { h in n.withUTF8 { ByteSearch.firstIndex(h, $0, in: 0..<h.count) != nil } }
    }
}
