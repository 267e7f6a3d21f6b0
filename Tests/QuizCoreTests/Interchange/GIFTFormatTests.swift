import Testing

@testable import QuizCore

@Suite struct GIFTFormatTests {
    func read(_ text: String) -> (Record, [String]) {
        let (record, diagnostics) = GIFTFormat.read(text, sourceTitle: "t")
        return (record, diagnostics.map { "\($0.location.line): \($0.severity.rawValue): \($0.message)" })
    }

    @Test(arguments: [
        ("Q? {=a ~b ~c}", AuthoredQuestion.Kind.multipleChoice),
        ("Q? {~%50%a ~%50%b ~%-100%c}", .multipleAnswer),
        ("Q? {T}", .trueFalse),
        ("Q? {FALSE#wrong#right}", .trueFalse),
        ("Q? {answer}", .shortAnswer),
        ("Q? {=one =two}", .shortAnswer),
        ("Q? {#1947}", .numeric),
        ("Q? {=a -> 1 =b -> 2}", .matching),
        ("The year was {=1453} exactly.", .cloze),
        ("Q? {true}", .shortAnswer),
    ])
    func theTypeIsDecidedInMoodlesOrder(_ text: String, _ kind: AuthoredQuestion.Kind) {
        let (record, diagnostics) = read(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(record.questions.first?.kind == kind)
    }

    @Test func choicesWeightsAndFeedback() {
        let (record, _) = read("Which? {\n=right#Yes.\n~wrong#No.\n~other\n####General.\n}")
        let question = record.questions[0]
        #expect(question.answer == .choice(choices: ["right", "wrong", "other"], correct: 0))
        #expect(question.explanation == "General.")
        let (multi, _) = read("Allies? {~%50%UK#Yes. ~%50%USSR ~%-100%Italy}")
        #expect(multi.questions[0].answer == .choices(choices: ["UK", "USSR", "Italy"], correct: [0, 1]))
        #expect(multi.questions[0].notes["UK"] == AuthoredQuestion.Note(weight: 50, feedback: "Yes."))
        #expect(multi.questions[0].notes["Italy"] == AuthoredQuestion.Note(weight: -100, feedback: nil))
        #expect(question.notes["wrong"] == AuthoredQuestion.Note(weight: nil, feedback: "No."))
    }

    @Test func trueFalseFeedbackIsWrongThenRight() {
        let (record, _) = read("Sealed in 1215.{TRUE#Check the date.#At Runnymede.}")
        #expect(record.questions[0].answer == .truth(true))
        #expect(record.questions[0].wrongFeedback == "Check the date.")
        #expect(record.questions[0].rightFeedback == "At Runnymede.")
    }

    @Test func numbersRangesAndTolerances() {
        let (record, _) = read("A {#800:0}\n\nB {#1618..1648}\n\nC {#\n=%50%476:5\n=476:0#Right.\n~#Wrong.\n}")
        #expect(
            record.questions.map(\.answer) == [
                .number(800, tolerance: 0, unit: nil), .number(1633, tolerance: 15, unit: nil),
                .number(476, tolerance: 0, unit: nil),
            ])
        #expect(record.questions[2].rightFeedback == "Right.")
        #expect(record.questions[2].wrongFeedback == "Wrong.")
        #expect(record.questions[2].alternatives == ["476:5"])
        #expect(record.questions[2].notes["476:5"]?.weight == 50)
    }

    @Test func escapesTitlesCategoriesAndCommentMetadata() {
        let text = """
            $CATEGORY: $course$/top/Byzantium

            // [id:fall] [tag:sieges]
            ::Fall\\: 1453::Which city fell? \\{no braces\\} {=Constantinople \\= Byzantium ~Rome}
            """
        let (record, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        let question = record.questions[0]
        #expect(question.id == "fall", "an id the bank allows is kept as it is")
        #expect(question.prompt == "Which city fell? {no braces}")
        #expect(question.answer == .choice(choices: ["Constantinople = Byzantium", "Rome"], correct: 0))
        #expect(question.tags == ["byzantium", "sieges"])
    }

    @Test func whatCannotBeImportedIsSaidWithItsLine() {
        let text =
            "Essay? {}\n\nJust a description.\n\nBroken {=a ~b\n\nNo right {~a ~b =}\n\nHaiti? {=Toussaint Louverture =%50%Toussaint}"
        let (record, diagnostics) = read(text)
        #expect(
            diagnostics == [
                "1: warning: an essay question ({}) is skipped: it cannot be graded",
                "3: warning: a description (no answer block) is skipped",
                "5: error: an answer block opened with '{' is never closed",
                "7: error: a multiple-choice question has no right answer (=)",
            ])
        #expect(record.questions.last?.answer == .text("Toussaint Louverture", accepted: ["Toussaint"]))
        #expect(record.questions.last?.notes["Toussaint"]?.weight == 50)
    }

    @Test func importedBanksLintClean() {
        let text = "A? {=x ~y}\n\nB? {T}\n\nC? {#3:1}\n\nD? {=p -> 1 =q -> 2}\n\nThe {=cat} sat.\n\nE? {~%100%m ~%0%n}"
        let (record, diagnostics) = read(text)
        #expect(diagnostics.isEmpty)
        let yaml = BankWriter.yaml(record)
        let loaded = BankLoader.load(Array(yaml.utf8), format: .yaml, path: "gift.yaml")
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.record?.questions.count == 6)
    }
}

@Suite struct GIFTRoundTripTests {
    static let source = """
        // [id:westphalia] [tag:treaties]
        ::Westphalia::The Peace of Westphalia ended which war? {=the Thirty Years' War ~the Hundred Years' War ~the Seven Years' War####It ended in 1648.}

        Allies in 1944? {~%50%United Kingdom#Yes. ~%50%Soviet Union ~%-100%Italy#No, it had changed sides.}

        The Magna Carta was sealed in 1215.{TRUE#Check the date.#At Runnymede.####It was reissued.}

        Capital of the Byzantine Empire? {=Constantinople =Byzantium =%50%Istanbul#Its later name.}

        Which year did the Western Empire end? {=476 ~%50%480#Close: the last claimant. ~410#That is the sack of Rome.}

        Year the Western Empire ended? {#=476:0#The deposition of Romulus Augustulus. =%50%476:4#Close. ~#The usual answer is 476.}

        Partition of India, year? {#1947:0}

        Match the treaty to the year. {=Tordesillas -> 1494 =Utrecht -> 1713 =Versailles -> 1919 = -> 1648}

        Rome fell to the Goths in {=410}, a shock to the empire.

        Constantinople fell to the Ottomans in {~1204 =1453 ~1492}, ending the Byzantine Empire.

        An escape test\\: 5 \\= 5 \\{ok\\}? {=yes \\~ \\# really}
        """

    /// A question's content without the order of its options.
    static func content(_ question: AuthoredQuestion) -> String {
        switch question.answer {
        case .choice(let choices, let correct): "choice \(choices.sorted()) \(choices[correct])"
        case .choices(let choices, let correct): "choices \(choices.sorted()) \(correct.map { choices[$0] }.sorted())"
        case .pairs(let pairs): "pairs \(pairs.map { "\($0.left)=\($0.right)" }.sorted())"
        default: "\(question.answer)"
        }
    }

    @Test func giftToBankToGiftKeepsEveryQuestion() {
        let (first, firstDiagnostics) = GIFTFormat.read(Self.source, sourceTitle: "t")
        #expect(firstDiagnostics.isEmpty)
        #expect(first.questions.count == 11)
        // Through the bank file itself: GIFT → bank YAML → GIFT.
        let yaml = BankWriter.yaml(first)
        let bank = BankLoader.load(Array(yaml.utf8), format: .yaml, path: "bank.yaml")
        #expect(bank.diagnostics.map(\.description) == [])
        let questions = QuestionGenerator(record: bank.record!, options: GenerationOptions(count: nil)).questions(
            seed: 3)
        let (text, skipped) = GIFTFormat.write(questions)
        #expect(skipped == 0)
        let (second, secondDiagnostics) = GIFTFormat.read(text, sourceTitle: "t")
        #expect(secondDiagnostics.isEmpty)
        #expect(second.questions.map(\.kind) == first.questions.map(\.kind))
        #expect(second.questions.map(\.prompt) == first.questions.map(\.prompt))
        #expect(second.questions.map(Self.content) == first.questions.map(Self.content))
        #expect(second.questions.map(\.explanation) == first.questions.map(\.explanation))
        #expect(second.questions.map(\.notes) == first.questions.map(\.notes))
        #expect(second.questions.map(\.alternatives) == first.questions.map(\.alternatives))
        #expect(second.questions.map(\.distractors) == first.questions.map(\.distractors))
        #expect(first.questions.first { $0.kind == .matching }?.distractors == ["1648"])
        #expect(second.questions.map(\.wrongFeedback) == first.questions.map(\.wrongFeedback))
        #expect(second.questions.map(\.rightFeedback) == first.questions.map(\.rightFeedback))
        #expect(
            first.questions[1].notes["Italy"]
                == AuthoredQuestion.Note(weight: -100, feedback: "No, it had changed sides."))
        #expect(
            first.questions[4].notes["480"] == AuthoredQuestion.Note(weight: 50, feedback: "Close: the last claimant."))
        #expect(second.questions[0].tags == ["treaties"])
        #expect(second.questions.last?.answer == .text("yes ~ # really", accepted: []))
        #expect(text.contains("in {~") || text.contains("in {="), "the missing-word form is kept")
    }

    /// GIFT's numbers hold no days: a date to the day goes out as a short answer in its usual
    /// forms, the year alone worth half, and comes back graded the same.
    @Test func aDateToTheDayIsWrittenAsItsForms() throws {
        let question = Question(
            id: "fell", kind: .year, prompt: "On what date did Fort William fall?", options: [], left: [],
            answer: .date(try HistoricalDate(parsing: "1756-06-20")), accepted: [], explanation: "",
            source: nil, statementKind: .fact, facts: ["fell"], template: "event-year", tags: [])
        let (text, skipped) = GIFTFormat.write([question])
        #expect(skipped == 0)
        #expect(text.contains("{=20 June 1756 =June 20, 1756 =1756-06-20 =%50%1756}"))
        let (record, diagnostics) = GIFTFormat.read(text, sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        let read = try #require(record.questions.first)
        #expect(read.notes["1756"]?.weight == 50)
    }
}
