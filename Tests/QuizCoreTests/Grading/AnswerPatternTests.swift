import PropertyBased
import Testing

@testable import QuizCore

/// Accepted answers written as BSD patterns, matched as patterns.
@Suite struct AnswerPatternTests {
    static let biden = "{J{oe{seph}} }{R{obinette} }{Biden}{{,} J{unio}r}"

    @Test(arguments: [
        (biden, "Biden", true), (biden, "Biden Jr", true), (biden, "Biden, Jr.", true), (biden, "Joe Biden", true),
        (biden, "Joe R. Biden, Jr.", true), (biden, "joe robinette biden junior", true), (biden, "J Biden", true),
        (biden, "Robinette", true), (biden, "Obama", false), (biden, "Biden Sr", false), (biden, "Joe Jr Biden", false),
        (biden, "Bidenjr", false), ("Richard [the] Lionheart", "Richard the Lionheart", true),
        ("Richard [the] Lionheart", "Richard Lionheart", false), ("{The }Hague", "The Hague", true),
        ("{The }Hague", "Hague", true), ("Bosnia [&|and] Herzegovina", "Bosnia & Herzegovina", true),
        ("Bosnia [&|and] Herzegovina", "bosnia and herzegovina", true), ("T{ü}rkiye", "Türkiye", true),
        ("T{ü}rkiye", "Turkiye", true), ("1801-{{18}0}9", "1801-1809", true), ("1801-{{18}0}9", "1801 09", true),
        ("1801-{{18}0}9", "1801-1808", false),
    ])
    func matchesWhatThePatternAllows(_ pattern: String, _ typed: String, _ expected: Bool) throws {
        let compiled = try #require(AnswerPattern(pattern))
        #expect(compiled.matches(Normalizer.normalize(typed)) == expected)
    }

    @Test func anInvalidPatternIsNotCompiled() {
        #expect(AnswerPattern("a[b") == nil)
        #expect(AnswerPattern("a}") == nil)
        #expect(AnswerPattern(String(repeating: "{a}", count: 5_000)) == nil)
    }

    /// Random patterns from a few pieces; every form they expand to is matched.
    static let pieces = ["a", "b", "Jr", " ", ", ", "{x}", "{ y}", "[p|q]", "{[r|s] }", "Ö", "-", "{{1}2}"]

    @Test func everyFormAPatternAllowsIsMatched() async {
        let generator = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...8).map { indices in
            indices.map { Self.pieces[$0] }.joined()
        }
        await propertyCheck(count: 300, input: generator) { text in
            guard let parsed = try? BSDQuizFormat.parse(text), let pattern = AnswerPattern(text) else {
                Issue.record("'\(text)' does not compile")
                return
            }
            for form in parsed.expansions(limit: 10_000) where !Normalizer.normalize(form).isEmpty {
                #expect(pattern.matches(Normalizer.normalize(form)), "'\(form)' of '\(text)'")
            }
        }
    }

    @Test func aFormThePatternDoesNotAllowIsNotMatched() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...8)) { indices in
            let text = indices.map { Self.pieces[$0] }.joined()
            guard let parsed = try? BSDQuizFormat.parse(text), let pattern = AnswerPattern(text) else { return }
            let forms = Set(parsed.expansions(limit: 10_000).map(Normalizer.normalize))
            for extra in ["zz", "a zz", "zz a"] {
                let typed = Normalizer.normalize(parsed.full + " " + extra)
                #expect(pattern.matches(typed) == forms.contains(typed), "'\(typed)' for '\(text)'")
            }
        }
    }
}
