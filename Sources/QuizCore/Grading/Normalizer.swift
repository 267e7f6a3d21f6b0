import Foundation

/// Puts typed text into a form where equal answers compare equal: case, Unicode forms and
/// diacritics folded (Türkiye = Turkiye), punctuation and extra spaces dropped, "&" read as
/// "and", and a leading article removed ("the PLO" = "PLO").
public enum Normalizer {
    /// The normal form of `text`. Applying it twice gives the same result as once.
    public static func normalize(_ text: String) -> String {
        // Compatibility decomposition folds width and ligatures; the diacritic fold then drops marks.
        // Lower case first, so that folding sees the final letters ("İ" lowers to "i" + a dot).
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        // Scalar by scalar, so that combining marks the fold left (on letters with no precomposed
        // form) are dropped too, and a second pass finds nothing more to change.
        for scalar in folded.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control:
                continue
            default:
                break
            }
            if scalar == "&" {
                flush()
                words.append("and")
            } else if properties.isAlphabetic || properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
                continue  // "Israel's" is one word; "P.L.O." is "PLO"
            } else {
                flush()
            }
        }
        flush()
        while words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
