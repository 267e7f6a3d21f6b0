/// Puts typed text into a form where equal answers compare equal: case, Unicode forms and
/// diacritics folded (Türkiye = Turkiye), punctuation and extra spaces dropped, "&" read as
/// "and", and a leading article removed ("the PLO" = "PLO").
public enum Normalizer {
    /// The normal form of `text`. Applying it twice gives the same result as once.
    public static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(text) }
        // Compatibility mapping folds width and ligatures, then lower case, then the case, diacritic
        // and width folds drop marks ("İ" lowers to "i" + a dot): the folding tables hold the result
        // for each scalar, as Foundation's folding computes it.
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { Folding.appendAnswerFold(of: scalar, to: &folded) }
        var words: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        // Scalar by scalar, so that combining marks the fold left (on letters with no precomposed
        // form) are dropped too, and a second pass finds nothing more to change.
        for scalar in folded {
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

    /// The same rules for plain ASCII, the usual case, without Unicode folding.
    private static func normalizeASCII(_ text: String) -> String {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            case UInt8(ascii: "'"), UInt8(ascii: "."): continue
            case UInt8(ascii: "&"):
                if !word.isEmpty { words.append(word) }
                word = []
                words.append(Array("and".utf8))
            default:
                if !word.isEmpty { words.append(word) }
                word = []
            }
        }
        if !word.isEmpty { words.append(word) }
        let articles: [[UInt8]] = [Array("the".utf8), Array("a".utf8), Array("an".utf8)]
        while words.count > 1, articles.contains(words[0]) { words.removeFirst() }
        return String(decoding: Array(words.joined(separator: [UInt8(ascii: " ")])), as: UTF8.self)
    }
}
