// Writes Sources/QuizCore/Text/FoldingTables.swift: `make folding-tables`.
//
// The quiz binary links FoundationEssentials only (full Foundation brings 40 MiB of ICU data), so
// the answer normaliser and the slug maker cannot call `folding(options:locale:)` or
// `precomposedStringWithCompatibilityMapping`. This program asks full Foundation what those do to
// every Unicode scalar and writes the answers down as tables; QuizCoreTests compares the tables
// with Foundation again, scalar by scalar, so a toolchain that folds differently is noticed.
import Foundation

/// What a run of scalars contributes to a normalised answer: letters and digits as they are, "&",
/// and one " " for any run of word breaks; marks, format and control characters, apostrophes and
/// full stops contribute nothing. (The rules of `Normalizer.normalize`.)
func contribution(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    for scalar in scalars {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control: continue
        default: break
        }
        if scalar == "&" || properties.isAlphabetic || properties.numericType != nil {
            out.append(scalar)
        } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
            continue
        } else if out.last != " " {
            out.append(" ")
        }
    }
    return out
}

/// `text` folded as the answer normaliser (compatibility mapping, lower case, then `options`) or
/// the slug maker (`options` only) folds it, after a base that stands for the letter a mark would
/// sit on (a digit: it composes with nothing), and without that base.
func folded(_ text: String, options: String.CompareOptions, asAnswer: Bool) -> [Unicode.Scalar] {
    let whole = "0" + text
    let mapped = asAnswer ? whole.precomposedStringWithCompatibilityMapping.lowercased() : whole
    let result = Array(mapped.folding(options: options, locale: nil).unicodeScalars)
    precondition(result.first == "0", "the base was folded away")
    return Array(result.dropFirst())
}

var nonBase: [UInt32] = []
var answer: [(UInt32, [Unicode.Scalar])] = []
var slug: [(UInt32, [Unicode.Scalar])] = []
for value in UInt32(0)...0x10FFFF {
    guard let scalar = Unicode.Scalar(value) else { continue }
    let lower = scalar.properties.lowercaseMapping
    let text = String(scalar)
    // Foundation's non-base characters: the marks that a literal search will not split from their
    // letter, and that the diacritic fold removes.
    let probe = "a=" + text + "b"
    if probe.replacingOccurrences(of: "=", with: "#") == probe { nonBase.append(value) }

    let answerFold = folded(
        text, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], asAnswer: true)
    let answerContribution = contribution(answerFold)
    if answerContribution != contribution(lower.unicodeScalars) { answer.append((value, answerContribution)) }

    // The slug maker lowers the whole text first, then folds diacritics only, removing non-base
    // characters; the table holds what else it changes.
    if nonBase.last != value {
        let slugFold = folded(text, options: .diacriticInsensitive, asAnswer: false)
        if slugFold != Array(text.unicodeScalars) { slug.append((value, slugFold)) }
    }
}

/// `items` as the lines of an array literal, filled up to 120 characters.
func filled(_ items: [String]) -> String {
    var lines: [String] = []
    for item in items {
        if let last = lines.last, last.count + 1 + item.count <= 120 {
            lines[lines.count - 1] += " " + item
        } else {
            lines.append("        " + item)
        }
    }
    return lines.joined(separator: "\n")
}

func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16, uppercase: true) }

/// A table as three arrays: the sorted keys, where each key's fold starts in the values (one more
/// entry than keys), and the values, one after the other.
func arrays(_ name: String, _ entries: [(UInt32, [Unicode.Scalar])]) -> String {
    var starts: [Int] = [0]
    var values: [UInt32] = []
    for (_, value) in entries {
        values += value.map(\.value)
        starts.append(values.count)
    }
    precondition(values.count <= Int(UInt16.max))
    return """
            static let \(name)Keys: [UInt32] = [
        \(filled(entries.map { hex($0.0) + "," }))
            ]
            static let \(name)Starts: [UInt16] = [
        \(filled(starts.map { "\($0)," }))
            ]
            static let \(name)Values: [UInt32] = [
        \(filled(values.map { hex($0) + "," }))
            ]
        """
}

var ranges: [ClosedRange<UInt32>] = []
for value in nonBase {
    if let last = ranges.last, last.upperBound + 1 == value {
        ranges[ranges.count - 1] = last.lowerBound...value
    } else {
        ranges.append(value...value)
    }
}

// Array literals of integers: the compiler lays them out as static data, so nothing is parsed or
// built when the program runs.
print(
    """
    // Generated by Scripts/generate-folding-tables.swift (`make folding-tables`) from full Foundation's
    // folding: do not edit by hand.

    extension Folding {
        /// The scalars Foundation counts as non-base characters (combining marks, and a few format
        /// characters and modifiers), as sorted, disjoint ranges.
        static let nonBaseRanges: [ClosedRange<UInt32>] = [
    \(filled(ranges.map { "\(hex($0.lowerBound))...\(hex($0.upperBound))," }))
        ]

        // What each scalar that does not simply lower-case contributes to a normalised answer, after
        // compatibility mapping and case, diacritic and width folding; a space stands for a word break.
    \(arrays("answer", answer))

        // The diacritic fold of each lower-case scalar that it changes, other than the non-base
        // characters (which it removes).
    \(arrays("slug", slug))
    }
    """)
