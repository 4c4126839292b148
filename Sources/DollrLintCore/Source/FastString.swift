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

extension StringProtocol {
    /// `has` with ASCII letters compared case-insensitively; `needle` is lower case. What `lowercased().has(_)` asked
    /// of every token and literal, without building a lower-cased copy (Unicode case mapping) each time.
    func hasIgnoringASCIICase(_ needle: String) -> Bool {
        let m = needle.utf8.count
        if m > utf8.count { return false }
        func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
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
