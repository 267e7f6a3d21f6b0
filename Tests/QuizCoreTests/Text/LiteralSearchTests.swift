import Foundation
import PropertyBased
import Testing

@testable import QuizCore

/// Literal search and replace against full Foundation's, on the targets the code looks for.
@Suite struct LiteralSearchTests {
    static let targets = [
        "\r\n", "\n", "=", "]", "::", "####", " {", "->", "\\n", "\\~", "&amp;", "b.c.", "-", "\n  \n}",
    ]

    static let pool: [String] = [
        "a", "b", "=", "]", ":", "#", " ", "{", "-", ">", "\\", "n", "~", "&", "amp;", ".", "c", "\r", "\n", "}", "é",
        "e\u{301}", "\u{301}", "\u{903}", "\u{200D}", "\u{AD}", "\u{1F600}", "\u{1F1FA}", "\u{1F1F8}", "ｂ",
    ]

    static func text(seed: Int, length: Int) -> String {
        var random = SeededRandom(seed: UInt64(seed))
        return (0..<length).map { _ in pool[random.below(pool.count)] }.joined()
    }

    @Test func replacesAsFoundationDoes() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...24)) { seed, length in
            let text = Self.text(seed: seed, length: length)
            for target in Self.targets {
                let expected = text.replacingOccurrences(of: target, with: "<\(target.count)>")
                #expect(text.replacingAll(target, with: "<\(target.count)>") == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test func findsFirstAndLastAsFoundationDoes() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...24)) { seed, length in
            let text = Self.text(seed: seed, length: length)
            let substring = text.dropFirst(length % 3)
            for target in Self.targets {
                #expect(text.firstRange(ofLiteral: target) == text.range(of: target), "\(text.debugDescription)")
                #expect(
                    text.lastRange(ofLiteral: target) == text.range(of: target, options: .backwards),
                    "\(text.debugDescription)")
                #expect(substring.firstRange(ofLiteral: target) == substring.range(of: target))
            }
        }
    }

    @Test func matchesScalarsNotCharacters() {
        #expect("a\r\nb".replacingAll("\n", with: "N") == "a\rNb")
        #expect("a=\u{301}b=c".replacingAll("=", with: "~=") == "a=\u{301}b~=c")
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("abc".replacingAll("", with: "x") == "abc")
        #expect("x####y####".lastRange(ofLiteral: "####").map { "x####y####"[..<$0.lowerBound] } == "x####y")
    }
}
