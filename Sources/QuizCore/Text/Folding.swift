/// Case, diacritic, width and compatibility folding without full Foundation.
///
/// Foundation's `folding(options:locale:)` and `precomposedStringWithCompatibilityMapping` come
/// with ICU, which would triple the size of the binary. The tables in `FoldingTables.swift` hold
/// what those do to each Unicode scalar; they are generated from Foundation by
/// `Scripts/generate-folding-tables.swift`, and the tests compare them with Foundation again.
enum Folding {
    /// Whether Foundation counts `scalar` as a non-base character: a mark that belongs to the
    /// letter before it.
    static func isNonBase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x300 else { return false }
        var low = 0
        var high = nonBaseRanges.count
        while low < high {
            let middle = (low + high) / 2
            if nonBaseRanges[middle].upperBound < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < nonBaseRanges.count && nonBaseRanges[low].contains(value)
    }

    /// What `scalar` contributes to a normalised answer (see `Normalizer.normalize`): its
    /// compatibility mapping, lower-cased and folded, with a space for a word break.
    static func answerFold(_ scalar: Unicode.Scalar) -> String {
        answerFolds[scalar.value] ?? scalar.properties.lowercaseMapping
    }

    /// `text`, already in lower case, with its diacritics removed as Foundation's
    /// `folding(options: .diacriticInsensitive, locale: nil)` removes them.
    static func removingDiacritics(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isNonBase(scalar) {
            if let folded = slugFolds[scalar.value] {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let answerFolds = parse(answerTable)
    private static let slugFolds = parse(slugTable)

    /// Reads a table: lines of "FIRST[-LAST] [VALUE...][+]" in hexadecimal.
    private static func parse(_ table: String) -> [UInt32: String] {
        var map: [UInt32: String] = [:]
        for line in table.split(separator: "\n") {
            var fields = line.split(separator: " ")
            guard !fields.isEmpty else { continue }
            let keys = fields.removeFirst().split(separator: "-").compactMap { UInt32($0, radix: 16) }
            let consecutive = fields.last?.hasSuffix("+") ?? false
            let values = fields.compactMap { UInt32($0.hasSuffix("+") ? $0.dropLast() : $0, radix: 16) }
            guard let first = keys.first, let last = keys.last, first <= last else { continue }
            for key in first...last {
                var text = String.UnicodeScalarView()
                for (index, value) in values.enumerated() {
                    let shifted = consecutive && index == values.count - 1 ? value + (key - first) : value
                    if let scalar = Unicode.Scalar(shifted) { text.append(scalar) }
                }
                map[key] = String(text)
            }
        }
        return map
    }
}
