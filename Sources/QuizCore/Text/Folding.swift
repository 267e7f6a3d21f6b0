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

    /// Appends what `scalar` contributes to a normalised answer (see `Normalizer.normalize`): its
    /// compatibility mapping, lower-cased and folded, with a space for a word break.
    static func appendAnswerFold(of scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if let index = index(of: scalar.value, in: answerKeys) {
            append(answerValues[Int(answerStarts[index])..<Int(answerStarts[index + 1])], to: &out)
        } else if scalar.isASCII {
            let value = scalar.value
            out.append(Unicode.Scalar((0x41...0x5A).contains(value) ? value | 0x20 : value)!)  // A-Z lowered
        } else {
            out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// `text`, already in lower case, with its diacritics removed as Foundation's
    /// `folding(options: .diacriticInsensitive, locale: nil)` removes them.
    static func removingDiacritics(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isNonBase(scalar) {
            if let index = index(of: scalar.value, in: slugKeys) {
                append(slugValues[Int(slugStarts[index])..<Int(slugStarts[index + 1])], to: &out)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func append(_ values: ArraySlice<UInt32>, to out: inout String.UnicodeScalarView) {
        for value in values { if let scalar = Unicode.Scalar(value) { out.append(scalar) } }
    }

    /// Where `value` is in the sorted `keys`, if it is there.
    private static func index(of value: UInt32, in keys: [UInt32]) -> Int? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < keys.count && keys[low] == value ? low : nil
    }
}
