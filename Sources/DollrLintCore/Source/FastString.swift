extension String {
    /// Substring test over UTF-8 bytes; Foundation's `contains` goes through CFString and dominates profiles.
    @inline(__always)
    func has(_ needle: String) -> Bool {
        var hay = self, n = needle
        return hay.withUTF8 { h in n.withUTF8 { ByteSearch.firstIndex(h, $0, in: 0..<h.count) != nil } }
    }
}
