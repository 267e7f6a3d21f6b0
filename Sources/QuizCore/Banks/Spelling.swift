/// Near-miss suggestions for names an author mistyped.
public enum Spelling {
    /// `" (did you mean 'x'?)"` when one candidate is close to `word`, else `""`.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String {
        guard let best = closest(to: word, among: candidates) else { return "" }
        return " (did you mean '\(best)'?)"
    }

    /// The candidate with the smallest edit distance, if it is close enough: one edit for words of
    /// up to three letters, else a third of the length (two to three edits).
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = word.count <= 3 ? 1 : min(3, max(2, word.count / 3))
        let lowered = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased()), limit: limit)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Optimal-string-alignment distance (a transposition counts as one edit), cut short past `limit`.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        // Three rows in one buffer on the stack: no allocation per comparison.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { buffer in
            var previous2 = buffer.baseAddress!
            var previous = previous2 + width
            var current = previous + width
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return previous[b.count]
        }
    }
}
