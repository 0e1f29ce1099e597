extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, in a collection where it holds for a suffix (false,
    /// …, false, true, …, true); `endIndex` when it holds for none. A binary search: the checks look up lines among a
    /// document's link runs, headings and table rows, which a long document has by the thousand.
    func firstIndex(after isAfter: (Element) -> Bool) -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2, middle = index(low, offsetBy: half)
            if isAfter(self[middle]) { count = half } else { low = index(after: middle); count -= half + 1 }
        }
        return low
    }
}
