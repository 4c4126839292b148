extension StringProtocol {
    /// Substring test over UTF-8 bytes; Foundation's `contains` goes through CFString and dominates profiles.
    @inline(__always)
    func has(_ needle: String) -> Bool {
        searchingUTF8(for: needle) { h, n in ByteSearch.firstIndex(h, n, in: 0..<h.count) != nil }
    }

    /// `has` with ASCII letters compared case-insensitively; `needle` is lower case. What `lowercased().has(_)` asked
    /// of every token and literal, without building a lower-cased copy (Unicode case mapping) each time.
    func hasIgnoringASCIICase(_ needle: String) -> Bool {
        searchingUTF8(for: needle) { h, n in
            let m = n.count
            guard m > 0 else { return true }
            // Where the first byte is, in either case, the rest is compared.
            let first = n[0]
            let firstUpper = first >= 97 && first <= 122 ? first - 32 : first
            var i = 0
            while i + m <= h.count {
                let b = h[i]
                if b == first || b == firstUpper {
                    var j = 1
                    while j < m, ByteSearch.lowercased(h[i + j]) == n[j] { j += 1 }
                    if j == m { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `search` over this text's and the needle's UTF-8. Name classifiers ask dozens of times per identifier, so a
    /// needle longer than the text is refused before any buffer is touched, and native strings and their slices are
    /// read in place without copies.
    @inline(__always)
    private func searchingUTF8(
        for needle: String, _ search: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        if needle.utf8.count > utf8.count { return false }
        let inPlace = utf8.withContiguousStorageIfAvailable { h in needle.utf8.withContiguousStorageIfAvailable { search(h, $0) } }
        if let found = inPlace ?? nil { return found }
        var hay = String(self), n = needle
        return hay.withUTF8 { h in n.withUTF8 { search(h, $0) } }
    }
}

extension String {
    /// The file name of a `/`-separated path: what follows its last `/` (trailing slashes dropped first), as NSString's
    /// `lastPathComponent` gives it, without bridging to NSString (tens of thousands of instructions a call, several
    /// calls a file).
    var fileNameComponent: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/"), path.count > 1 else { return String(path) }
        return String(path[path.index(after: slash)...])
    }
}
