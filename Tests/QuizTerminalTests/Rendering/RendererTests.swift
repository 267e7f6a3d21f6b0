import Foundation
import Testing

@testable import QuizCore
@testable import QuizTerminal

@Suite struct RendererTests {
    static func question(_ kind: Question.Kind, prompt: String, options: [String] = [], left: [String] = []) -> Question
    {
        let answer: Question.Answer =
            switch kind {
            case .multipleChoice: .option(0)
            case .multipleAnswer: .options([0])
            case .trueFalse: .truth(true)
            case .numeric: .number(5, tolerance: nil, unit: "men", approximate: false)
            case .year: .date(try! HistoricalDate(parsing: "1948"))
            case .ordering: .order(Array(options.indices))
            case .matching: .pairs(Array(left.indices))
            case .cloze: .blanks([[prompt]])
            case .shortAnswer: .text(prompt)
            }
        return Question(
            id: "q", kind: kind, prompt: prompt, options: options, left: left, answer: answer, accepted: [],
            explanation: prompt, source: "s", statementKind: .fact, facts: ["f"], template: "t", tags: [])
    }

    static let hostile =
        "Evil \u{1B}]0;owned\u{07} \u{1B}]52;c;aGk=\u{07} \u{1B}[2J\u{1B}[H \u{1B}[?2004l \u{9B}31m text"

    @Test(arguments: Question.Kind.allCases)
    func bankTextNeverReachesTheTerminalRaw(_ kind: Question.Kind) {
        let renderer = Renderer(color: true, width: 60)
        let question = Self.question(
            kind, prompt: Self.hostile, options: [Self.hostile, "b", "c"], left: [Self.hostile, "x", "y"])
        var session = Session(
            bank: "b", record: Record(title: "t", sources: [Source(id: "s", title: Self.hostile)]),
            questions: [question])
        var outputs = session.start(now: Date(timeIntervalSince1970: 0))
        outputs += session.handle(.answer("zzz"), now: Date(timeIntervalSince1970: 1))
        let text = outputs.map(renderer.render).joined(separator: "\n")
        // Our own colour codes are ESC [ digits m; nothing else may start with ESC, and no BEL or C1.
        let withoutColour = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(!withoutColour.unicodeScalars.contains { TerminalText.isUnsafe($0, keepNewlines: true) })
        #expect(text.contains("\\u{1B}]52;c;aGk="))
    }

    @Test(arguments: [40, 80])
    func linesFitTheWidth(_ width: Int) {
        let renderer = Renderer(color: false, width: width)
        let long =
            "Pakistan has maintained its longstanding stance of not recognizing Israel until the founding of an independent Palestinian state with East Jerusalem as its capital and pre-1967 borders."
        let question = Self.question(.multipleChoice, prompt: long, options: [long, "short"])
        var session = Session(
            bank: "b", record: Record(title: "t", sources: [Source(id: "s", title: long)]), questions: [question])
        var outputs = session.start(now: Date(timeIntervalSince1970: 0))
        outputs += session.handle(.answer("b"), now: Date(timeIntervalSince1970: 1))
        for line in outputs.map(renderer.render).joined(separator: "\n").split(separator: "\n") {
            #expect(line.count <= width, "\(line)")
        }
    }

    @Test func colourOnlyWhenAllowed() {
        #expect(TerminalSupport.useColor(flag: false, environment: ["TERM": "xterm"], isTerminal: true))
        #expect(!TerminalSupport.useColor(flag: true, environment: ["TERM": "xterm"], isTerminal: true))
        #expect(
            !TerminalSupport.useColor(flag: false, environment: ["TERM": "xterm", "NO_COLOR": "1"], isTerminal: true))
        #expect(!TerminalSupport.useColor(flag: false, environment: ["TERM": "dumb"], isTerminal: true))
        #expect(!TerminalSupport.useColor(flag: false, environment: ["TERM": "xterm"], isTerminal: false))
    }

    @Test func countsOfOneAreSingular() {
        let renderer = Renderer(color: false, width: 200)
        let summary = SessionSummary(
            credit: 0, answered: 0, total: 1, points: 0, worth: 0, bestStreak: 0, seconds: 3, byType: [], byTopic: [],
            missed: [], reviewNext: [])
        let text = renderer.summary(summary)
        #expect(text.hasSuffix("Quiz over\nNothing answered."), "\(text)")
        let one = SessionSummary(
            credit: 1, answered: 1, total: 2, points: 1, worth: 1, bestStreak: 1, seconds: 3, byType: [], byTopic: [],
            missed: [], reviewNext: [], right: 1)
        let oneText = renderer.summary(one)
        #expect(oneText.contains("Right: 1 of 1 answered; 1 of 2 questions not answered; in 3 s"), "\(oneText)")
        #expect(oneText.contains("Every answer was right; 1 question was not reached."))
        #expect(!oneText.contains("1 questions"))
        let tally = Output.Tally(credit: 1, answered: 1, total: 1, points: 1, worth: 1, streak: 1, right: 1)
        #expect(Renderer.tallyLine(tally).hasPrefix("Score: 1 point; 1 of 1 right"))
        var progress = LearnerProgress()
        progress.record(
            Attempt(
                questionID: "q", facts: ["f"], bank: "b", kind: .trueFalse, answer: "t", expected: "True",
                outcome: .correct, miss: nil, feedback: "Correct.", credit: 1, hints: 0, responseSeconds: 12,
                time: Date(timeIntervalSince1970: 1_000_000)),
            scheduler: FSRS())
        let statistics = renderer.statistics(
            Statistics(progress, at: Date(timeIntervalSince1970: 1_000_100), secondsFromGMT: { _ in 0 }))
        #expect(statistics.contains("1 answer, 100% right, 0 of 1 fact mastered"), "\(statistics)")
    }

    @Test func rightAnswersAreCountedWholeAndPartialCreditApart() {
        let renderer = Renderer(color: false, width: 200)
        let summary = SessionSummary(
            credit: 2.5, answered: 4, total: 4, points: 13, worth: 12, bestStreak: 2, seconds: 75,
            byType: [.init(label: "cloze", credit: 1.5, count: 2, right: 1, partly: 1)], byTopic: [],
            missed: [.init(number: 2, prompt: "Which?", answer: "b", expected: "c) Syria", feedback: "")],
            reviewNext: ["f"], right: 2, partly: 1, bank: "treaty")
        let text = renderer.summary(summary)
        #expect(
            text.contains(
                "Right: 2 of 4 answered, and 1 partly right; credit for the quiz: 63%; in 1 min 15 s; best run 2 right in a row."
            ),
            "\(text)")
        #expect(
            text.contains(
                "Points: 13, more than the 12 the questions answered were worth: right answers in a row earn bonuses."))
        #expect(text.contains("By type: cloze 1/2 (+1 partly)"))
        // A learner reads what to do next, not the record's ids.
        #expect(text.contains("Review next: what you missed comes back with 'quiz review treaty'."))
        #expect(text.hasPrefix("\nQuiz over"))
        #expect(!text.contains(": f"))
        var spaced = summary
        spaced.bank = "My Bank"
        #expect(
            renderer.summary(spaced).contains(
                "Review next: what you missed comes back with 'quiz review \"My Bank\"'."))
        let tally = Output.Tally(
            credit: 1.5, answered: 3, total: 5, points: 4.5, worth: 9, streak: 0, right: 1, partly: 1)
        #expect(Renderer.tallyLine(tally, earned: 0) == "Score: 4.5 points; 1 of 3 right, 1 partly, 2 to go")
    }

    /// A right answer that needed hints is right (with hints), not missed; a review says so.
    @Test func aRightAnswerAfterHintsIsCountedRightNotMissed() {
        let renderer = Renderer(color: false, width: 200)
        var summary = SessionSummary(
            credit: 1.25, answered: 2, total: 2, points: 2, worth: 4, bestStreak: 1, seconds: 20,
            byType: [], byTopic: [], missed: [], reviewNext: ["f"], right: 2, partly: 0, hinted: 1, bank: "treaty")
        summary.isReview = true
        let text = renderer.summary(summary)
        #expect(text.hasPrefix("\nReview over"), "\(text)")
        #expect(
            text.contains("Right: 2 of 2 answered, 1 of them only with hints; credit for the quiz: 63%;"), "\(text)")
        #expect(!text.contains("Missed:"))
        #expect(text.contains("Review next: what you missed or needed hints for comes back with 'quiz review treaty'."))
        let tally = Output.Tally(
            credit: 0.25, answered: 1, total: 2, points: 0.5, worth: 2, streak: 0, right: 1, hinted: 1)
        #expect(Renderer.tallyLine(tally) == "Score: 0.5 points; 1 of 1 right (1 with hints), 1 to go")
    }

    @Test(arguments: [0, 1])
    func noBestRunIsClaimedWithoutTwoRightInARow(_ best: Int) {
        let renderer = Renderer(color: false, width: 200)
        let summary = SessionSummary(
            credit: Double(best), answered: 3, total: 3, points: Double(best), worth: 6, bestStreak: best, seconds: 4,
            byType: [], byTopic: [], missed: [], reviewNext: ["f"], right: best, partly: 0, bank: "b")
        let text = renderer.summary(summary)
        #expect(text.contains("Right: \(best) of 3 answered; in 4 s.\n"), "\(text)")
        #expect(!text.contains("best run"))
    }

    @Test func theCreditLeftAfterHintsIsAShareOfTheQuestions() {
        var question = Self.question(.shortAnswer, prompt: "Czechoslovakia")
        question.explanation = ""
        var session = Session(bank: "b", record: Record(title: "T"), questions: [question])
        _ = session.start(now: Date(timeIntervalSince1970: 0))
        _ = session.handle(.hint, now: Date(timeIntervalSince1970: 0))
        _ = session.handle(.hint, now: Date(timeIntervalSince1970: 0))
        let outputs = session.handle(.answer("Czechoslovakia"), now: Date(timeIntervalSince1970: 1))
        let shown = outputs.map(Renderer(color: false, width: 80).render).joined(separator: "\n")
        #expect(shown.contains("\n  Credit after 2 hints: 25%\n"), "\(shown)")
    }

    @Test func aSkippedQuestionShowsItsAnswerAsAWrongOneDoes() {
        var question = Self.question(.multipleChoice, prompt: "Where?", options: ["Ankara", "Beirut", "Cairo"])
        question.answer = .option(1)
        question.explanation = "The text says Beirut."
        var session = Session(bank: "b", record: Record(title: "T"), questions: [question, question])
        _ = session.start(now: Date(timeIntervalSince1970: 0))
        let outputs = session.handle(.skip, now: Date(timeIntervalSince1970: 1))
        let renderer = Renderer(color: false, width: 80)
        let shown = outputs.map(renderer.render).joined(separator: "\n")
        #expect(shown.contains("– Skipped. The answer is b) Beirut.\n  Why: The text says Beirut."), "\(shown)")
        #expect(!shown.contains(".."))
    }

    @Test func aPathBreaksOnlyAfterASlash() {
        let renderer = Renderer(color: false, width: 30)
        let text = renderer.wrap("Progress saved to", path: "/home/learner/.local/share/quiz/progress.json")
        #expect(text == "Progress saved to /home/\nlearner/.local/share/quiz/\nprogress.json")
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 30 })
    }

    @Test func progressBarFillsAsTheQuizGoes() {
        let renderer = Renderer(color: false, width: 80)
        #expect(renderer.progress(1, 10) == "[1/10] ░░░░░░░░░░")
        #expect(renderer.progress(4, 10) == "[4/10] ███░░░░░░░")
        #expect(renderer.progress(10, 10) == "[10/10] █████████░")
    }
}
