extension String {
    /// Substring test over UTF-8 bytes; Foundation's `contains` goes through CFString and dominates profiles.
    @inline(__always)
    func has(_ needle: String) -> Bool {
        var hay = self, n = needle
        return hay.withUTF8 { h in
            n.withUTF8 { nd in
                guard nd.count > 0 else { return true }
                guard h.count >= nd.count else { return false }
                let first = nd[0]
                var i = 0
                let last = h.count - nd.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < nd.count && h[i + j] == nd[j] { j += 1 }
                        if j == nd.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
