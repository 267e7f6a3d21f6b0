import PropertyBased
import Testing

@testable import QuizCore

/// Property-based checks of the grader on random records and random text.
@Suite struct GradingPropertyTests {
    /// What a learner who knows the answer would type, in the plainest form.
    static func rightInput(_ question: Question) -> String {
        switch question.answer {
        case .option(let index): return question.options[index]
        case .options(let indices): return indices.map { AnswerGrader.letter($0) }.joined(separator: " ")
        case .truth(let value): return value ? "true" : "false"
        case .text(let text): return text
        case .number(let value, _, _, _): return Question.format(value)
        case .date(let date): return date.text
        case .order(let order): return order.map { AnswerGrader.letter($0) }.joined(separator: " ")
        case .pairs(let partners):
            return partners.enumerated().map { "\($0.offset + 1)\(AnswerGrader.letter($0.element))" }.joined(
                separator: " ")
        case .blanks(let blanks): return blanks.map { $0[0] }.joined(separator: "; ")
        }
    }

    @Test func theRightAnswerToEveryGeneratedQuestionIsAccepted() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000), Gen.int(in: 1...10)) { seed, size in
            let record = RandomRecordTests.record(seed: UInt64(seed), size: size)
            let grader = AnswerGrader(record: record)
            for question in QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)
            {
                let verdict = grader.grade(Self.rightInput(question), for: question)
                #expect(verdict.isCorrect, "\(question.id): \(Self.rightInput(question)) → \(verdict.feedback)")
            }
        }
    }

    @Test func everyNameAndAliasIsAccepted() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000), Gen.int(in: 1...12)) { seed, size in
            let record = RandomRecordTests.record(seed: UInt64(seed), size: size)
            let grader = AnswerGrader(record: record)
            for entity in record.entities {
                let question = GradingFixtures.question(
                    .shortAnswer, .text(entity.name), accepted: entity.aliases, facts: [])
                for form in [entity.name] + entity.aliases {
                    #expect(grader.grade(form, for: question).isCorrect, "\(form) for \(entity.name)")
                }
            }
        }
    }

    /// Random text from a pool of awkward characters: accents, combining marks, Turkish dotted
    /// and dotless i, ß, ligatures, full-width forms, emoji, controls, right-to-left marks.
    static func text(seed: Int, length: Int) -> String {
        var random = SeededRandom(seed: UInt64(seed))
        let pool: [Unicode.Scalar] =
            Array("abcXYZ 019&.,'-the PLO".unicodeScalars) + [
                "\u{E9}", "\u{C9}", "\u{130}", "\u{131}", "\u{DF}", "\u{FB01}", "\u{FF30}", "\u{301}", "\u{308}",
                "\u{1F54C}",
                "\u{0}", "\u{1B}", "\u{7}", "\u{202E}", "\u{5D0}", "\u{627}", "\u{3000}", "\u{A0}", "\u{1C5}",
                "\u{212B}",
            ]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length { scalars.append(pool[random.below(pool.count)]) }
        return String(scalars)
    }

    @Test func normalisationIsIdempotent() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...40)) { seed, length in
            let text = Self.text(seed: seed, length: length)
            let once = Normalizer.normalize(text)
            #expect(Normalizer.normalize(once) == once, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// Accents a learner might add or drop: a → á, e → é, o → ö…
    static func accented(_ text: String) -> String {
        let marks: [Character: Character] = [
            "a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "c": "ç", "n": "ñ", "A": "Á", "E": "È",
        ]
        return String(text.map { marks[$0] ?? $0 })
    }

    @Test func caseAndAccentsNeverTurnARightAnswerWrong() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000), Gen.int(in: 1...10)) { seed, size in
            let record = RandomRecordTests.record(seed: UInt64(seed), size: size)
            let grader = AnswerGrader(record: record)
            let questions = QuestionGenerator(
                record: record, options: GenerationOptions(count: nil, kinds: [.shortAnswer, .cloze, .multipleChoice])
            )
            .questions(seed: 2)
            for question in questions {
                let right = Self.rightInput(question)
                for variant in [
                    right.uppercased(), right.lowercased(), Self.accented(right), Self.accented(right.uppercased()),
                ] {
                    #expect(grader.grade(variant, for: question).isCorrect, "\(question.id): \(variant)")
                }
            }
        }
    }

    @Test func anyInputGradesWithoutCrashingAndScoresInRange() async {
        let questions = [
            GradingFixtures.czechoslovakia, GradingFixtures.rifles, GradingFixtures.year("1947/1949"),
            GradingFixtures.choice,
            GradingFixtures.twoRight, GradingFixtures.order, GradingFixtures.pairs, GradingFixtures.twoBlanks,
            GradingFixtures.truth,
        ]
        let grader = AnswerGrader(record: GradingFixtures.record)
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...200)) { seed, length in
            let text = Self.text(seed: seed, length: length)
            for question in questions {
                let verdict = grader.grade(text, for: question)
                #expect((0...1).contains(verdict.credit))
                #expect(verdict.isCorrect == (verdict.credit == 1))
            }
        }
    }
}
