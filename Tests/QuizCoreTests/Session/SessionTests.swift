import Foundation
import Testing

@testable import QuizCore

/// The session state machine, tested as a value: no terminal, no clock, no files.
@Suite struct SessionTests {
    static let record = GradingFixtures.record
    static let questions = [
        GradingFixtures.czechoslovakia, GradingFixtures.year("1982"), GradingFixtures.choice,
    ]
    static let t0 = Date(timeIntervalSince1970: 1_000_000)

    func session() -> Session { Session(bank: "test", record: Self.record, questions: Self.questions) }

    func questionNumbers(_ outputs: [Output]) -> [Int] {
        outputs.compactMap { if case .question(let asked) = $0 { asked.number } else { nil } }
    }

    func records(_ outputs: [Output]) -> [Attempt] {
        outputs.compactMap { if case .record(let attempt) = $0 { attempt } else { nil } }
    }

    @Test func startShowsTheFirstQuestionWithItsInstruction() {
        var session = session()
        let outputs = session.start(now: Self.t0)
        guard case .question(let asked) = outputs.first else {
            Issue.record("no question")
            return
        }
        #expect(asked.number == 1 && asked.total == 3)
        #expect(asked.instruction == "type the answer")
    }

    /// A date question says what form of date it takes: a year, years, or a day.
    @Test(arguments: [
        ("1756", "type the year"), ("1947/1949", "type the years: e.g. 1914-1918"),
        ("1756-06-20", "type the date: day, month and year"),
    ])
    func aDateQuestionSaysWhatToType(_ date: String, _ instruction: String) throws {
        let question = Question(
            id: "d", kind: .year, prompt: "When?", options: [], left: [],
            answer: .date(try HistoricalDate(parsing: date)), accepted: [], explanation: "", source: nil,
            statementKind: .fact, facts: ["d"], template: "event-year", tags: [])
        #expect(Session.instruction(for: question) == instruction)
    }

    /// The heading names the type of question: a year question asked to the day is a date
    /// question; other kinds are named in words.
    @Test(arguments: [("1756", "year"), ("1947/1949", "year"), ("1756-06", "year"), ("1756-06-20", "date")])
    func aQuestionAskedToTheDayIsHeadedDate(_ date: String, _ label: String) throws {
        var session = Session(
            bank: "b", record: Self.record,
            questions: [
                Question(
                    id: "d", kind: .year, prompt: "When?", options: [], left: [],
                    answer: .date(try HistoricalDate(parsing: date)), accepted: [], explanation: "", source: nil,
                    statementKind: .fact, facts: ["d"], template: "event-year", tags: [])
            ])
        guard case .question(let asked) = session.start(now: Self.t0).first else {
            Issue.record("no question")
            return
        }
        #expect(asked.label == label)
        #expect(Session.label(for: GradingFixtures.choice) == "multiple choice")
    }

    /// A session whose record comes later asks for it at the first answer, once, and then goes
    /// exactly as one made with its record: the same outputs, answer by answer.
    @Test func gradingPartsMadeLaterGradeAsThoseMadeAtOnce() {
        final class Calls: @unchecked Sendable { var count = 0 }
        let calls = Calls()
        var later = Session(bank: "test", questions: Self.questions) {
            calls.count += 1
            return Session.Grading(record: Self.record)
        }
        var atOnce = session()
        #expect(later.start(now: Self.t0) == atOnce.start(now: Self.t0))
        _ = later.handle(.help, now: Self.t0)
        _ = later.handle(.hint, now: Self.t0)
        _ = atOnce.handle(.hint, now: Self.t0)
        #expect(calls.count == 0, "nothing before an answer needs the record")
        for (step, command) in [Command.answer("Czechoslovkia"), .skip, .answer("b")].enumerated() {
            let time = Self.t0.addingTimeInterval(Double(step + 1))
            #expect(later.handle(command, now: time) == atOnce.handle(command, now: time))
        }
        #expect(calls.count == 1)
        #expect(later.attempts == atOnce.attempts)
        // The record's source titles and its rivals are in the feedback: a misspelt rival is told.
        var missing = Session(bank: "test", questions: Self.questions) { Session.Grading(record: nil) }
        _ = missing.start(now: Self.t0)
        var full = session()
        _ = full.start(now: Self.t0)
        #expect(missing.handle(.skip, now: Self.t0) != full.handle(.skip, now: Self.t0))
    }

    @Test func anAnswerIsRecordedGradedAndTheNextQuestionAsked() {
        var session = session()
        _ = session.start(now: Self.t0)
        let outputs = session.handle(.answer("Czechoslovkia"), now: Self.t0.addingTimeInterval(4))
        let attempt = records(outputs).first
        #expect(attempt?.outcome == .correctWithNote)
        #expect(attempt?.credit == 1)
        #expect(attempt?.responseSeconds == 4)
        #expect(attempt?.facts == ["planes"])
        #expect(questionNumbers(outputs) == [2])
        // The attempt comes before the feedback, so the edge saves before showing it.
        guard case .record = outputs[0], case .feedback(let feedback) = outputs[1] else {
            Issue.record("expected record then feedback")
            return
        }
        #expect(feedback.tally.answered == 1 && feedback.tally.credit == 1)
        // A short answer is worth 3 points on a fact never reviewed; the typo costs nothing.
        #expect(feedback.points == 3 && feedback.tally.points == 3 && feedback.tally.worth == 3)
    }

    @Test func anUnreadableAnswerIsAskedAgainWithAnExampleNotGraded() {
        var session = Session(
            bank: "test", record: Self.record,
            questions: [GradingFixtures.truth, GradingFixtures.pairs, GradingFixtures.choice])
        _ = session.start(now: Self.t0)
        for (typed, hint) in [("1948", "true or false"), ("maybe", "true or false")] {
            let outputs = session.handle(.answer(typed), now: Self.t0)
            #expect(records(outputs).isEmpty, "\(typed)")
            #expect(outputs.contains { if case .notice(let text) = $0 { text.contains(hint) } else { false } })
            #expect(!outputs.contains { if case .notice(let text) = $0 { text.contains("True") } else { false } })
            #expect(session.position == 0)
        }
        #expect(records(session.handle(.answer("tru"), now: Self.t0)).first?.outcome == .correct)
        let unread = session.handle(.answer("1-c, 2-a"), now: Self.t0)
        #expect(records(unread).isEmpty && session.position == 1)
        #expect(
            unread.contains { if case .notice(let text) = $0 { text.contains("e.g. 1-c, 2-b, 3-a") } else { false } })
        #expect(records(session.handle(.answer("1-c, 2-a, 3-b"), now: Self.t0)).first?.outcome == .correct)
        let past = session.handle(.answer("e"), now: Self.t0)
        #expect(records(past).isEmpty && session.position == 2)
        #expect(past.contains { if case .notice(let text) = $0 { text.contains("from a to d") } else { false } })
        #expect(session.attempts.count == 2)
    }

    @Test func pipedAnswersAreNotRatedEasyForTheirSpeed() {
        var piped = Session(bank: "test", record: Self.record, questions: Self.questions, timesAnswers: false)
        _ = piped.start(now: Self.t0)
        let attempt = records(piped.handle(.answer("Czechoslovakia"), now: Self.t0)).first
        #expect(attempt?.timed == false)
        #expect(attempt.map(Rating.init(attempt:)) == .good)
        var typed = session()
        _ = typed.start(now: Self.t0)
        let quick = records(typed.handle(.answer("Czechoslovakia"), now: Self.t0.addingTimeInterval(2))).first
        #expect(quick?.timed == nil)
        #expect(quick.map(Rating.init(attempt:)) == .easy)
    }

    @Test func aHintOnAHugeQuantityNeverTraps() {
        for (value, digits) in [(9.3e18, 19), (1e300, 301), (-9.3e18, 19), (0.4, 1), (999.6, 4), (1e22, 23)] {
            let question = GradingFixtures.question(
                .numeric, .number(value, tolerance: nil, unit: nil, approximate: false))
            #expect(Hint.text(for: question, level: 1) == "A number of \(digits) digits." || digits == 1)
        }
        for value in [Double.infinity, -.infinity, .nan] {
            let question = GradingFixtures.question(
                .numeric, .number(value, tolerance: nil, unit: nil, approximate: false))
            #expect(Hint.text(for: question, level: 1) == nil)
        }
        let one = GradingFixtures.question(.numeric, .number(7, tolerance: nil, unit: nil, approximate: false))
        #expect(Hint.text(for: one, level: 1) == "A number of 1 digit.")
        let letter = GradingFixtures.question(.shortAnswer, .text("X"))
        #expect(Hint.text(for: letter, level: 1) == "X (1 letter)")
    }

    @Test func aBlankAnswerIsAskedAgainNotGraded() {
        var session = session()
        _ = session.start(now: Self.t0)
        let outputs = session.handle(.answer("   "), now: Self.t0)
        #expect(records(outputs).isEmpty)
        #expect(session.position == 0)
        guard case .notice(let text) = outputs.first else {
            Issue.record("no notice")
            return
        }
        #expect(text.contains(":skip"))
    }

    @Test func hintsRevealMoreAndHalveTheCredit() {
        var session = session()
        _ = session.start(now: Self.t0)
        let first = session.handle(.hint, now: Self.t0)
        let second = session.handle(.hint, now: Self.t0)
        guard case .hint(let one) = first.first, case .hint(let two) = second.first else {
            Issue.record("no hints")
            return
        }
        #expect(one == "C············· (14 letters; credit now 50%)")
        #expect(two.hasPrefix("Cze···") && two.hasSuffix(" (14 letters; credit now 25%)"))
        let attempt = records(session.handle(.answer("Czechoslovakia"), now: Self.t0)).first
        #expect(attempt?.credit == 0.25)
        #expect(attempt?.hints == 2)
        // Right, with hints: counted right, not listed as missed, but reviewed next.
        #expect(attempt?.answeredRight == true && attempt?.rightWithHints == true && attempt?.isPartlyRight == false)
        let summary = session.summary()
        #expect(summary.right == 1 && summary.hinted == 1 && summary.partly == 0)
        #expect(summary.missed.isEmpty)
        #expect(summary.reviewNext == attempt?.facts)
    }

    @Test func skipRecordsAZeroAndMovesOn() {
        var session = session()
        _ = session.start(now: Self.t0)
        let outputs = session.handle(.skip, now: Self.t0)
        #expect(records(outputs).first?.outcome == .skipped)
        #expect(questionNumbers(outputs) == [2])
    }

    @Test func helpScoreAndUnknownCommandsChangeNothing() {
        var session = session()
        _ = session.start(now: Self.t0)
        for command in [Command.help, .score, .unknown(":frobnicate")] {
            let outputs = session.handle(command, now: Self.t0)
            #expect(records(outputs).isEmpty)
            #expect(questionNumbers(outputs).isEmpty)
        }
        #expect(session.position == 0)
    }

    @Test(arguments: [
        ("quit", ":quit to leave"), ("exit", ":quit to leave"), (" Help ", ":help for the commands"),
        ("HINT", ":hint for a hint"), ("skip", ":skip to pass this one"), ("score", ":score for the score so far"),
    ])
    func aCommandsWordWithoutItsColonIsNeitherGradedNorSaved(_ typed: String, _ usage: String) {
        // A short answer would grade it wrong; true or false would not read it at all.
        for question in [GradingFixtures.czechoslovakia, GradingFixtures.truth] {
            var session = Session(bank: "test", record: Self.record, questions: [question, GradingFixtures.choice])
            _ = session.start(now: Self.t0)
            let outputs = session.handle(.answer(typed), now: Self.t0)
            #expect(outputs == [.notice("Commands start with a colon: type \(usage) (not graded).")])
            #expect(session.position == 0 && session.attempts.isEmpty)
        }
    }

    @Test func aCommandsWordThatAnswersTheQuestionIsGraded() throws {
        let exit = GradingFixtures.question(.shortAnswer, .text("Exit"))
        var session = Session(bank: "test", record: Self.record, questions: [exit, GradingFixtures.choice])
        _ = session.start(now: Self.t0)
        let attempt = try #require(records(session.handle(.answer("exit"), now: Self.t0)).first)
        #expect(attempt.outcome == .correct)
        #expect(session.position == 1)
    }

    @Test func aCommandsWordReadAsATypoOfTheAnswerIsStillTheCommand() throws {
        let scone = GradingFixtures.question(.shortAnswer, .text("Scone"))
        let verdict = AnswerGrader(record: Self.record).grade("score", for: scone)
        guard case .typo? = verdict.note else {
            Issue.record("'score' is no typo of 'Scone' here: \(verdict)")
            return
        }
        var session = Session(bank: "test", record: Self.record, questions: [scone])
        _ = session.start(now: Self.t0)
        #expect(records(session.handle(.answer("score"), now: Self.t0)).isEmpty)
        #expect(session.position == 0)
    }

    @Test func quitEndsWithASummaryOfWhatWasAnswered() {
        var session = session()
        _ = session.start(now: Self.t0)
        _ = session.handle(.answer("Czechoslovakia"), now: Self.t0.addingTimeInterval(10))
        _ = session.handle(.answer("1985"), now: Self.t0.addingTimeInterval(20))
        let outputs = session.handle(.quit, now: Self.t0.addingTimeInterval(65))
        #expect(session.isFinished)
        guard case .summary(let summary) = outputs.last else {
            Issue.record("no summary")
            return
        }
        #expect(summary.answered == 2 && summary.total == 3 && summary.credit == 1)
        #expect(summary.seconds == 65)
        #expect(summary.missed.map(\.answer) == ["1985"])
        #expect(summary.missed.first?.expected == "1982")
        #expect(summary.byType.map(\.label) == ["short-answer", "year"])
        #expect(summary.reviewNext == ["planes"])
        #expect(session.handle(.answer("a"), now: Self.t0).isEmpty)
    }

    @Test func answeringTheLastQuestionFinishes() {
        var session = session()
        _ = session.start(now: Self.t0)
        _ = session.handle(.answer("Czechoslovakia"), now: Self.t0)
        _ = session.handle(.answer("1982"), now: Self.t0)
        let outputs = session.handle(.answer("a"), now: Self.t0)
        #expect(session.isFinished)
        guard case .summary(let summary) = outputs.last else {
            Issue.record("no summary")
            return
        }
        #expect(summary.credit == 3 && summary.missed.isEmpty && summary.reviewNext.isEmpty)
        // 3 (short answer) + 3 × 1.1 (year, one right before) + 2 × 1.2 (choice, two before).
        #expect(summary.worth == 8 && abs(summary.points - 8.7) < 1e-9 && summary.bestStreak == 3)
    }

    @Test func anEmptyQuizEndsAtOnce() {
        var session = Session(bank: "b", record: Self.record, questions: [])
        let outputs = session.start(now: Self.t0)
        #expect(session.isFinished)
        #expect(outputs.count == 2)
    }

    @Test func pointsWeighTheFactsDifficultyAndHintsHalveThem() {
        var session = Session(
            bank: "test", record: Self.record, questions: Self.questions, difficulties: ["planes": 10])
        _ = session.start(now: Self.t0)
        _ = session.handle(.hint, now: Self.t0)
        let attempt = records(session.handle(.answer("Czechoslovakia"), now: Self.t0)).first
        #expect(attempt?.worth == 3.6)  // 3 × 1.2 for the hardest facts
        #expect(attempt?.points == 1.8)  // half the credit after one hint
        #expect(attempt?.credit == 0.5)
    }

    @Test(arguments: [
        (":help", Command.help), (":h", .help), (":HINT", .hint), (":hi", .hint), (":skip", .skip), (":sc", .score),
        (":quit", .quit), (":q", .quit), (":exit", .quit), ("  :quit  ", .quit), (":s", .unknown(":s")),
        (":nope", .unknown(":nope")), ("1948", .answer("1948")), ("the PLO", .answer("the PLO")), ("", .answer("")),
    ])
    func commandsAreRead(_ line: String, _ command: Command) {
        #expect(Command(line: line) == command)
    }

    @Test(arguments: [
        ("quit", Command.quit), ("Exit", .quit), ("  help ", .help), ("hint", .hint), ("skip", .skip),
        ("score", .score), ("q", nil), ("sc", nil), ("quit now", nil), (":quit", nil), ("Quito", nil), ("", nil),
    ])
    func aCommandsWordIsKnownWithoutItsColon(_ line: String, _ command: Command?) {
        #expect(Command.bare(line) == command)
    }
}
