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

    /// Every question the generator makes of a bank.
    static func questions(_ bank: RandomBank, seed: UInt64, kinds: Set<Question.Kind>? = nil) -> [Question] {
        var options = GenerationOptions(count: nil)
        if let kinds { options.kinds = kinds }
        return QuestionGenerator(record: bank.record, options: options).questions(seed: seed)
    }

    @Test func theRightAnswerToEveryGeneratedQuestionIsAccepted() async {
        await propertyCheck(count: 150, input: RandomBank.bank(entities: 10), Gen.uint64()) { bank, seed in
            let grader = AnswerGrader(record: bank.record)
            for question in Self.questions(bank, seed: seed) {
                let verdict = grader.grade(Self.rightInput(question), for: question)
                #expect(verdict.isCorrect, "\(question.id): \(Self.rightInput(question)) → \(verdict.feedback)")
            }
        }
    }

    @Test func everyNameAndAliasIsAccepted() async {
        await propertyCheck(count: 200, input: RandomBank.bank()) { bank in
            let grader = AnswerGrader(record: bank.record)
            for entity in bank.record.entities {
                let question = GradingFixtures.question(
                    .shortAnswer, .text(entity.name), accepted: entity.aliases, facts: [])
                for form in [entity.name] + entity.aliases {
                    #expect(grader.grade(form, for: question).isCorrect, "\(form) for \(entity.name)")
                }
            }
        }
    }

    /// Awkward characters: accents, combining marks, Turkish dotted and dotless i, ß,
    /// ligatures, full-width forms, emoji, controls, right-to-left marks.
    static let awkward: [Unicode.Scalar] =
        Array("abcXYZ 019&.,'-the PLO".unicodeScalars) + [
            "\u{E9}", "\u{C9}", "\u{130}", "\u{131}", "\u{DF}", "\u{FB01}", "\u{FF30}", "\u{301}", "\u{308}",
            "\u{1F54C}", "\u{0}", "\u{1B}", "\u{7}", "\u{202E}", "\u{5D0}", "\u{627}", "\u{3000}", "\u{A0}",
            "\u{1C5}", "\u{212B}",
        ]

    /// Text of up to `length` awkward characters; a failing text shrinks to fewer and plainer ones.
    static func text(length: ClosedRange<Int>) -> Generator<String, some SendableSequenceType> {
        Gen.int(in: 0...(awkward.count - 1)).array(of: length).map { indices in
            var scalars = String.UnicodeScalarView()
            for index in indices { scalars.append(awkward[index]) }
            return String(scalars)
        }
    }

    @Test func normalisationIsIdempotent() async {
        await propertyCheck(count: 500, input: Self.text(length: 0...40)) { text in
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
        await propertyCheck(count: 150, input: RandomBank.bank(entities: 10), Gen.uint64()) { bank, seed in
            let grader = AnswerGrader(record: bank.record)
            for question in Self.questions(bank, seed: seed, kinds: [.shortAnswer, .cloze, .multipleChoice]) {
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
        await propertyCheck(count: 300, input: Self.text(length: 0...200)) { text in
            for question in questions {
                let verdict = grader.grade(text, for: question)
                #expect((0...1).contains(verdict.credit))
                #expect(verdict.isCorrect == (verdict.credit == 1))
            }
        }
    }

    // MARK: - Wrong answers

    /// The forms a question takes as right, as the grader compares them.
    static func rightForms(_ question: Question) -> Set<String> {
        var forms = question.accepted
        switch question.answer {
        case .text(let text): forms.append(text)
        case .option(let index): forms.append(question.options[index])
        case .blanks(let blanks): forms += blanks.flatMap { $0 }
        default: break
        }
        return Set(forms.map(Normalizer.normalize))
    }

    @Test func anotherEntityOfTheRecordIsRejected() async {
        var checked = 0
        await propertyCheck(count: 150, input: RandomBank.bank(entities: 10), Gen.uint64()) { bank, seed in
            let grader = AnswerGrader(record: bank.record)
            for question in Self.questions(bank, seed: seed) {
                switch question.answer {
                case .text, .option: break
                case .blanks(let blanks) where blanks.count == 1: break
                default: continue
                }
                let right = Self.rightForms(question)
                // An entity that goes by a right form (a shared name or alias) is not wrong.
                for entity in bank.record.entities where !right.contains(Normalizer.normalize(entity.name)) {
                    checked += 1
                    #expect(
                        !grader.grade(entity.name, for: question).isCorrect,
                        "\(question.id): '\(entity.name)' taken for '\(question.answerText)'")
                }
            }
        }
        #expect(checked > 0, "no case to check was generated")
    }

    /// Answers that pick something else: each other option by its text and by its letter; for
    /// several right options, one left out or a wrong one added; the other truth value; an order
    /// or a matching with two items swapped.
    static func otherChoices(_ question: Question) -> [String] {
        let letter = AnswerGrader.letter
        switch question.answer {
        case .option(let right):
            return question.options.indices.filter { $0 != right }.flatMap { [question.options[$0], letter($0)] }
        case .options(let right):
            var wrong: [String] = []
            if right.count > 1 { wrong.append(right.dropLast().map(letter).joined(separator: " ")) }
            if let extra = question.options.indices.first(where: { !right.contains($0) }) {
                wrong.append((right + [extra]).map(letter).joined(separator: " "))
            }
            return wrong
        case .truth(let value):
            return [value ? "false" : "true"]
        case .order(var order) where order.count > 1:
            order.swapAt(0, 1)
            return [order.map(letter).joined(separator: " ")]
        case .pairs(var partners) where partners.count > 1:
            partners.swapAt(0, 1)
            return [partners.enumerated().map { "\($0.offset + 1)\(letter($0.element))" }.joined(separator: " ")]
        default:
            return []
        }
    }

    @Test func anotherOptionIsRejected() async {
        var checked = 0
        await propertyCheck(count: 150, input: RandomBank.bank(entities: 10), Gen.uint64()) { bank, seed in
            let grader = AnswerGrader(record: bank.record)
            for question in Self.questions(bank, seed: seed) {
                for wrong in Self.otherChoices(question) {
                    checked += 1
                    #expect(
                        !grader.grade(wrong, for: question).isCorrect,
                        "\(question.id): '\(wrong)' taken for '\(question.answerText)'")
                }
            }
        }
        #expect(checked > 0, "no case to check was generated")
    }

    @Test func aWrongYearIsRejected() async {
        var checked = 0
        await propertyCheck(
            count: 150, input: RandomBank.bank(entities: 10), Gen.uint64(), Gen.int(in: 1...300), Gen.bool
        ) { bank, seed, offset, before in
            let grader = AnswerGrader(record: bank.record)
            for question in Self.questions(bank, seed: seed) {
                guard case .date(let date) = question.answer, let span = date.yearSpan else { continue }
                // Beyond the two years of grace an approximate date gets, before or after it.
                let early = span.lowerBound - 2 - offset
                let year = before && early > 0 ? early : max(span.upperBound, 0) + 2 + offset
                checked += 1
                #expect(
                    !grader.grade(String(year), for: question).isCorrect,
                    "\(question.id): \(year) taken for \(date.text)")
            }
        }
        #expect(checked > 0, "no case to check was generated")
    }

    @Test func aWrongNumberIsRejected() async {
        var checked = 0
        await propertyCheck(count: 150, input: RandomBank.bank(entities: 10), Gen.uint64(), Gen.int(in: 1...5_000)) {
            bank, seed, offset in
            let grader = AnswerGrader(record: bank.record)
            for question in Self.questions(bank, seed: seed) {
                guard case .number(let value, let tolerance, _, let approximate) = question.answer else { continue }
                // Beyond the tolerance, and the tenth either way an approximate figure allows.
                let margin = (tolerance ?? 0) + (approximate ? abs(value) / 10 : 0)
                let wrong = Int((value + margin).rounded(.down)) + offset
                checked += 1
                #expect(
                    !grader.grade(String(wrong), for: question).isCorrect,
                    "\(question.id): \(wrong) taken for \(question.answerText)")
            }
        }
        #expect(checked > 0, "no case to check was generated")
    }
}

/// Property checks of the rules that follow the learner's intent, each of which can fail.
@Suite struct IntentPropertyTests {
    @Test func everyFormOfTheAnswersOwnEntityIsAccepted() async {
        var checked = 0
        await propertyCheck(count: 200, input: RandomBank.bank()) { bank in
            let grader = AnswerGrader(record: bank.record)
            // How many entities go by each form: a form two entities share belongs to neither.
            var owners: [String: Set<String>] = [:]
            for entity in bank.record.entities {
                for form in [entity.name] + entity.aliases {
                    owners[Normalizer.normalize(form), default: []].insert(entity.id)
                }
            }
            for entity in bank.record.entities where owners[Normalizer.normalize(entity.name)]?.count == 1 {
                // The author wrote the name alone; the aliases come from the record.
                let question = GradingFixtures.question(.shortAnswer, .text(entity.name), facts: [])
                for alias in entity.aliases where owners[Normalizer.normalize(alias)]?.count == 1 {
                    checked += 1
                    let verdict = grader.grade(alias, for: question)
                    #expect(verdict.isCorrect, "'\(alias)' for \(entity.name): \(verdict.feedback)")
                }
            }
        }
        #expect(checked > 0, "no case to check was generated")
    }

    /// Answers of imported rows, near one another on purpose.
    static let rowAnswers = [
        "light", "lights", "night", "Lagos", "Lahore", "lamp", "lamps", "Iran", "Iraq", "Austria", "Australia",
        "colour", "color", "centre", "Pakistan", "Pakistani", "1948", "1949", "the Hague", "Hague", "Palestine",
        "Palestinian", "two-state", "one-state",
    ]

    @Test func anotherRowsAnswerIsNeverAccepted() async {
        var checked = 0
        let rows = Gen.int(in: 0...(Self.rowAnswers.count - 1)).array(of: 2...8)
        await propertyCheck(count: 200, input: rows) { picks in
            let answers = picks.map { Self.rowAnswers[$0] }
            let record = Record(
                title: "Rows",
                questions: answers.enumerated().map { offset, answer in
                    AuthoredQuestion(
                        id: "row\(offset)", kind: .shortAnswer, prompt: "Row \(offset)?",
                        answer: .text(answer, accepted: []), tests: [])
                })
            let grader = AnswerGrader(record: record)
            for answer in answers {
                let question = GradingFixtures.question(.shortAnswer, .text(answer), facts: [])
                for other in answers where Normalizer.normalize(other) != Normalizer.normalize(answer) {
                    checked += 1
                    let verdict = grader.grade(other, for: question)
                    #expect(!verdict.isCorrect, "'\(other)' taken for '\(answer)': \(verdict.feedback)")
                }
            }
        }
        #expect(checked > 0, "no case to check was generated")
    }

    /// Numbers a bank may hold: huge, tiny, negative, not finite.
    static let values: [Double] = [
        0, 1, -1, 0.5, 55, 250_000, 9.2e18, 9.3e18, -9.3e18, 1e300, -1e300, .greatestFiniteMagnitude,
        .leastNonzeroMagnitude, .infinity, -.infinity, .nan, 1e15, 123_456_789_012_345_678,
    ]
    /// Dates a bank may hold, to the edges of what it may write.
    static let dates = [
        "1948", "-0043", "Y999999999999", "Y-999999999999", "Y12000", "194X", "19XX", "1948-05-14", "1948-XX",
        "1948-21", "1947/1949", "../1949", "1947/..", "/1949", "1948~", "1948%",
    ]

    @Test func gradingAndHintsNeverCrashOnAnyValueABankMayHold() async {
        let questions =
            Self.values.flatMap { value in
                [false, true].map { approximate in
                    GradingFixtures.question(
                        .numeric,
                        .number(
                            value, tolerance: value.isFinite ? abs(value) / 3 : nil, unit: "men",
                            approximate: approximate))
                }
            }
            + Self.dates.compactMap { try? HistoricalDate(parsing: $0) }.map {
                GradingFixtures.question(.year, .date($0))
            }
        let grader = AnswerGrader(record: GradingFixtures.record)
        let typed =
            Self.values.map { String($0) } + Self.dates + [
                "9223372036854775807", "9223372036854775808s", "-9223372036854775808", "99999999999999999999 BC",
                "1e400", "the 9223372036854775800s", "0 to 9223372036854775807", "1 June 9223372036854775807",
            ]
        await propertyCheck(count: 100, input: GradingPropertyTests.text(length: 0...30)) { noise in
            for question in questions {
                for input in typed + [noise] {
                    let verdict = grader.grade(input, for: question)
                    #expect((0...1).contains(verdict.credit), "\(input) for \(question.answerText)")
                }
                for level in 1...3 { _ = Hint.text(for: question, level: level) }
            }
        }
    }
}
