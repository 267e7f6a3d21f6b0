import Foundation
import PropertyBased
import Testing

@testable import QuizCore

/// The folding tables stand in for full Foundation's `folding(options:locale:)` and
/// `precomposedStringWithCompatibilityMapping`, which the binary does not link; the tests link
/// full Foundation, so they compare the two, scalar by scalar and on random text.
@Suite struct FoldingTests {
    /// How answers were normalised with full Foundation (plain ASCII takes a fast path that has
    /// not changed).
    static func referenceNormalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Normalizer.normalize(text) }
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        for scalar in folded.unicodeScalars {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control: continue
            default: break
            }
            if scalar == "&" {
                flush()
                words.append("and")
            } else if properties.isAlphabetic || properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
                continue
            } else {
                flush()
            }
        }
        flush()
        while words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// How slugs were made with full Foundation.
    static func referenceSlug(_ text: String, prefix: String = "q") -> String {
        var words: [String] = []
        var word = ""
        for character in text.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = prefix
        for word in words {
            if slug.count + word.count + 1 > 60 { break }
            slug += "-" + word
        }
        return slug
    }

    /// Every assigned scalar outside the private-use areas.
    static let scalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        switch scalar.properties.generalCategory {
        case .unassigned, .privateUse, .surrogate: return nil
        default: return scalar
        }
    }

    static func hex(_ text: String) -> String {
        text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    }

    @Test func everyScalarNormalisesAsFoundationFoldsIt() {
        var mismatches: [String] = []
        for scalar in Self.scalars {
            // Alone (a lone U+0345 at the very start is the one place Foundation's fold depends on
            // what precedes it: case folding turns it into iota before the diacritic fold sees it),
            // between letters, and between words.
            var texts = ["x" + String(scalar) + "y", "é " + String(scalar) + " b"]
            if scalar != "\u{345}" { texts.append(String(scalar)) }
            for text in texts where Normalizer.normalize(text) != Self.referenceNormalize(text) {
                mismatches.append(Self.hex(text))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first \(mismatches.prefix(10))")
    }

    @Test func everyScalarSlugsAsFoundationFoldsIt() {
        var mismatches: [String] = []
        for scalar in Self.scalars {
            for text in [String(scalar), "ab" + String(scalar) + "cd", "é" + String(scalar) + "\u{301}x"] {
                if BankWriter.slug(text, prefix: "q") != Self.referenceSlug(text) {
                    mismatches.append(Self.hex(text))
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first \(mismatches.prefix(10))")
    }

    @Test func nonBaseCharactersAreTheOnesFoundationKeepsWithTheirLetter() {
        var mismatches: [String] = []
        for scalar in Self.scalars {
            let probe = "a=" + String(scalar) + "b"
            let foundation = probe.replacingOccurrences(of: "=", with: "#") == probe
            if Folding.isNonBase(scalar) != foundation { mismatches.append(String(scalar.value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) differ, first \(mismatches.prefix(10))")
    }

    /// Letters, marks, ligatures, wide forms, Greek, Cyrillic, Hangul, symbols and spaces.
    static let pool: [Unicode.Scalar] = [
        "a", "B", "e", "I", "o", "s", "z", "0", "7", " ", "-", ".", "'", "&", "_", "/", "\u{2019}", "\u{A0}",
        "\u{3000}",
        "é", "Ü", "ß", "ø", "Æ", "ı", "İ", "ŉ", "ǅ", "ﬁ", "ﬃ", "Ａ", "ｚ", "５", "½", "²", "ª", "™", "Ⅻ", "①", "㎞",
        "\u{300}", "\u{301}", "\u{308}", "\u{327}", "\u{345}", "\u{903}", "\u{20DD}", "\u{200D}", "\u{FE0F}", "\u{AD}",
        "Σ", "ς", "ά", "ΐ", "Ё", "й", "ѐ", "\u{1100}", "\u{1161}", "\u{11A8}", "가", "ﾊ", "ﾟ", "ｶ", "ﾞ", "\u{F900}",
        "ℌ", "K", "Å", "ϓ", "ẛ", "\u{1E9E}", "ǰ", "Ω", "\u{212B}", "\u{1D400}", "\u{1D7CE}", "\u{1F600}", "\u{10400}",
    ]

    static func text(seed: Int, length: Int) -> String {
        var random = SeededRandom(seed: UInt64(seed))
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length { scalars.append(pool[random.below(pool.count)]) }
        return String(scalars)
    }

    /// Foundation's fold truncates a scalar beyond U+FFFF to 16 bits when a mark follows it
    /// (U+10045 U+0301 folds to "e"): such text is left out of the comparison.
    static func foundationTruncates(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return zip(scalars, scalars.dropFirst()).contains { $0.value > 0xFFFF && Folding.isNonBase($1) }
    }

    @Test func randomTextNormalisesAndSlugsAsWithFoundation() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...12)) { seed, length in
            let text = Self.text(seed: seed, length: length)
            guard !Self.foundationTruncates(text), text.unicodeScalars.first != "\u{345}" else { return }
            #expect(Normalizer.normalize(text) == Self.referenceNormalize(text), "\(Self.hex(text))")
            #expect(BankWriter.slug(text, prefix: "q") == Self.referenceSlug(text), "\(Self.hex(text))")
        }
    }

    @Test(arguments: [
        ("Türkiye", "turkiye"), ("ﬁnal Ｗａｒ", "final war"), ("Ｔｈｅ  PLO", "plo"), ("Æon & Ølstykke", "æon and ølstykke"),
        ("Straße", "strasse"), ("İstanbul", "istanbul"), ("Jerusalem\u{301}", "jerusalem"), ("½ 2²", "1 2 22"),
    ])
    func foldsAsBefore(_ text: String, _ normal: String) {
        #expect(Normalizer.normalize(text) == normal)
        #expect(Self.referenceNormalize(text) == normal)
    }

    @Test func slugsDropAccentsAndJoinWords() {
        #expect(
            BankWriter.slug("Ben-Gurion's Declaration of Independence (Tel Aviv)", prefix: "q")
                == "q-ben-gurion-s-declaration-of-independence-tel-aviv")
        #expect(BankWriter.slug("Zürich, Genève, Bogota\u{301}", prefix: "q") == "q-zurich-geneve-bogota")
    }
}
