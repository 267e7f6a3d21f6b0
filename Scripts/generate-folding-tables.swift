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

/// Lines of "FIRST[-LAST] [VALUE...][+]": one scalar or a run of them mapped to the same value, or,
/// with "+", a run mapped to consecutive scalars.
func encode(_ entries: [(UInt32, [Unicode.Scalar])]) -> String {
    var runs: [(first: UInt32, last: UInt32, value: [Unicode.Scalar], step: UInt32?)] = []
    for (key, value) in entries {
        if let run = runs.last, key == run.last + 1 {
            let offset = key - run.first
            if value == run.value, run.step == nil || run.step == 0 {
                runs[runs.count - 1].last = key
                runs[runs.count - 1].step = 0
                continue
            }
            if value.count == 1, run.value.count == 1, run.step == nil || run.step == 1,
                value[0].value == run.value[0].value + offset
            {
                runs[runs.count - 1].last = key
                runs[runs.count - 1].step = 1
                continue
            }
        }
        runs.append((key, key, value, nil))
    }
    func hex(_ value: UInt32) -> String { String(value, radix: 16, uppercase: true) }
    return runs.map { run in
        var line = run.first == run.last ? hex(run.first) : hex(run.first) + "-" + hex(run.last)
        for scalar in run.value { line += " " + hex(scalar.value) }
        if run.step == 1 { line += "+" }
        return "        " + line
    }.joined(separator: "\n")
}

var ranges: [ClosedRange<UInt32>] = []
for value in nonBase {
    if let last = ranges.last, last.upperBound + 1 == value {
        ranges[ranges.count - 1] = last.lowerBound...value
    } else {
        ranges.append(value...value)
    }
}
// Ranges filled into lines of at most 120 characters.
var rangeLines: [String] = []
for range in ranges {
    let item =
        "0x\(String(range.lowerBound, radix: 16, uppercase: true))...0x\(String(range.upperBound, radix: 16, uppercase: true)),"
    if let last = rangeLines.last, last.count + 1 + item.count <= 120 {
        rangeLines[rangeLines.count - 1] += " " + item
    } else {
        rangeLines.append("        " + item)
    }
}

print(
    """
    // Generated by Scripts/generate-folding-tables.swift (`make folding-tables`) from full Foundation's
    // folding: do not edit by hand.

    extension Folding {
        /// The scalars Foundation counts as non-base characters (combining marks, and a few format
        /// characters and modifiers), as sorted, disjoint ranges.
        static let nonBaseRanges: [ClosedRange<UInt32>] = [
    \(rangeLines.joined(separator: "\n"))
        ]

        /// What each scalar that does not simply lower-case contributes to a normalised answer, after
        /// compatibility mapping and case, diacritic and width folding; a space stands for a word break.
        /// One entry a line: "FIRST[-LAST] [VALUE...][+]" in hexadecimal, where "+" maps a run to
        /// consecutive values.
        static let answerTable = \"\"\"
    \(encode(answer))
            \"\"\"

        /// The diacritic fold of each lower-case scalar that it changes, other than the non-base
        /// characters (which it removes), in the same format.
        static let slugTable = \"\"\"
    \(encode(slug))
            \"\"\"
    }
    """)
