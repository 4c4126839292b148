extension RandomAccessCollection where Index == Int {
    /// The first index whose element does not satisfy `isBefore`, for a collection where every element that does
    /// comes first (sorted offsets against a bound): the binary search behind "the first call at or after offset x".
    func partitionPoint(where isBefore: (Element) -> Bool) -> Int {
        var lo = startIndex
        var hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isBefore(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
