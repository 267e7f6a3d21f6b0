import FoundationEssentials

import func Glibc.pow

/// A quiz in progress, as a value: `handle` takes what the learner typed and the time, and
/// returns what to show and what to store. No terminal, no clock, no files: every behaviour of
/// the REPL can be tested here.
public struct Session: Sendable {
    /// The bank's name (its file name without extension), stored with each attempt.
    public let bank: String
    /// The questions, in the order asked.
    public let questions: [Question]
    /// What grading needs of the record, once it is made (see `Grading`).
    private var grading: Grading?
    /// Makes `grading` when the first answer comes, for a session started without it.
    private let makeGrading: (@Sendable () -> Grading)?

    /// The index of the question being asked.
    public private(set) var position = 0
    /// Every attempt so far.
    public private(set) var attempts: [Attempt] = []
    /// Whether the session is over.
    public private(set) var isFinished = false
    /// Whether it reviews facts due or missed (`quiz review`) rather than taking a quiz: its end
    /// screen says so.
    public var isReview = false
    private var hints = 0
    private var startedAt: Date?
    private var shownAt: Date?
    private var finishedAt: Date?

    /// The learner's FSRS difficulty of each fact, for scoring.
    let difficulties: [String: Double]
    /// Whether response times mean anything: answers typed at a terminal. Piped answers take no
    /// time, and their attempts say so (`Attempt.timed`), so that none is rated easy for speed.
    let timesAnswers: Bool

    /// Creates a session over `questions` from `record`.
    /// - Parameters:
    ///   - difficulties: FSRS difficulty by fact id, from the learner's memory.
    ///   - timesAnswers: whether answers are typed at a terminal, so that their response time
    ///     counts towards the rating; `false` for answers read from a pipe or a file.
    public init(
        bank: String, record: Record, questions: [Question], difficulties: [String: Double] = [:],
        timesAnswers: Bool = true
    ) {
        self.bank = bank
        self.questions = questions
        self.difficulties = difficulties
        self.timesAnswers = timesAnswers
        grading = Grading(record: record)
        makeGrading = nil
    }

    /// Creates a session over `questions` whose record comes later: `grading` is called once,
    /// when the first answer or skip needs it. Nothing before that reads the record, so the first
    /// question can be shown while the bank is still being read.
    public init(
        bank: String, questions: [Question], difficulties: [String: Double] = [:], timesAnswers: Bool = true,
        grading: @escaping @Sendable () -> Grading
    ) {
        self.bank = bank
        self.questions = questions
        self.difficulties = difficulties
        self.timesAnswers = timesAnswers
        self.grading = nil
        makeGrading = grading
    }

    /// What grading and feedback need of the record: its grader (the longest part of a session to
    /// make) and its sources' titles.
    public struct Grading: Sendable {
        /// Source titles by id, for feedback.
        let sources: [String: String]
        let grader: AnswerGrader

        /// What grading needs of `record`; without one, answers are graded against the questions
        /// alone, with no source titles.
        public init(record: Record?) {
            sources = Dictionary(
                (record?.sources ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            grader = AnswerGrader(record: record)
        }
    }

    /// The grading parts, made now if they are not yet.
    private mutating func ready() -> Grading {
        if let grading { return grading }
        let made = makeGrading?() ?? Grading(record: nil)
        grading = made
        return made
    }

    /// Source titles by id.
    var sources: [String: String] { grading?.sources ?? [:] }

    /// The question being asked, if the session is not over.
    public var currentQuestion: Question? {
        isFinished || !questions.indices.contains(position) ? nil : questions[position]
    }

    /// Shows the first question.
    public mutating func start(now: Date) -> [Output] {
        startedAt = now
        guard !questions.isEmpty else {
            isFinished = true
            finishedAt = now
            return [.notice("This bank yields no questions with these options."), .summary(summary())]
        }
        return [ask(now: now)]
    }

    /// Handles one line the learner typed.
    public mutating func handle(_ command: Command, now: Date) -> [Output] {
        guard !isFinished else { return [] }
        let question = questions[position]
        switch command {
        case .help:
            return [.help(Self.helpLines)]
        case .score:
            return [.score(tally)]
        case .hint:
            guard let text = Hint.text(for: question, level: hints + 1) else {
                return [
                    .notice(hints == 0 ? "There is no hint for this question." : "No more hints for this question.")
                ]
            }
            hints += 1
            return [.hint(Hint.withCredit(text, kept: pow(Hint.creditKept, Double(hints))))]
        case .unknown(let word):
            return [.notice("\(word) is not a command; type :help for the list.")]
        case .quit:
            return finish(now: now)
        case .skip:
            let sources = ready().sources
            let attempt = record(question, answer: "", verdict: nil, credit: 0, now: now)
            // Shown as a wrong answer is: the answer with its letter, why, and the source.
            var feedback = Output.Feedback(
                question: question, answer: "", verdict: .wrong(.blank, AnswerGrader.shownAnswer(question)), credit: 0,
                hints: attempt.hints, points: 0, tally: tally, source: question.source.flatMap { sources[$0] })
            feedback.skipped = true
            return [.record(attempt), .feedback(feedback)] + advance(now: now)
        case .answer(let text):
            let (sources, grader) = (ready().sources, ready().grader)
            let verdict = grader.grade(text, for: question)
            // "quit" or "help" without its colon is a command mistyped, unless the question
            // itself takes that word: asked again, nothing graded or stored.
            if let reminder = Command.missingColon(text), !Self.accepts(verdict) {
                return [.notice(reminder)]
            }
            switch verdict.miss {
            case .blank?:
                return [.notice("Type an answer, or :skip to pass, :hint for a hint.")]
            case .unreadable(let instruction)?:
                // Asked again, as a teacher would: nothing is graded or stored.
                return [.notice("Not read as an answer. \(instruction)")]
            default:
                break
            }
            let credit = verdict.credit * pow(Hint.creditKept, Double(hints))
            let attempt = record(question, answer: text, verdict: verdict, credit: credit, now: now)
            let feedback = Output.Feedback(
                question: question, answer: text, verdict: verdict, credit: credit, hints: attempt.hints,
                points: attempt.points ?? 0, tally: tally,
                source: question.source.flatMap { sources[$0] })
            return [.record(attempt), .feedback(feedback)] + advance(now: now)
        }
    }

    /// Ends the session early (Ctrl-D, end of input, `:quit`).
    public mutating func finish(now: Date) -> [Output] {
        guard !isFinished else { return [] }
        isFinished = true
        finishedAt = now
        return [.summary(summary())]
    }

    /// Whether a verdict takes the answer as given: right, or right in another form. A typo
    /// does not count: "score" read as a slip for "Scone" was meant as the command.
    static func accepts(_ verdict: Verdict) -> Bool {
        guard verdict.isCorrect else { return false }
        if case .typo? = verdict.note { return false }
        return true
    }

    static let helpLines = [
        "Type your answer and press Enter. Commands:",
        ":hint   reveal part of the answer (halves the credit)",
        ":skip   pass this question",
        ":score  the score so far",
        ":quit   end the quiz (your answers are saved)",
        ":help   this list",
        "Ctrl-C clears the line; Ctrl-D ends the quiz.",
    ]

    private var tally: Output.Tally {
        Output.Tally(
            credit: attempts.reduce(0) { $0 + $1.credit }, answered: attempts.count, total: questions.count,
            points: attempts.reduce(0) { $0 + ($1.points ?? 0) }, worth: attempts.reduce(0) { $0 + ($1.worth ?? 0) },
            streak: currentStreak, right: attempts.count(where: \.answeredRight),
            partly: attempts.count(where: \.isPartlyRight), hinted: attempts.count(where: \.rightWithHints))
    }

    /// Right answers in a row, up to now.
    private var currentStreak: Int {
        attempts.reversed().prefix(while: \.isRight).count
    }

    private mutating func ask(now: Date) -> Output {
        hints = 0
        shownAt = now
        let question = questions[position]
        return .question(
            Output.Asked(
                number: position + 1, total: questions.count, question: question,
                instruction: Self.instruction(for: question), label: Self.label(for: question)))
    }

    /// The type of `question` as a learner reads it: its kind in words, except that a year
    /// question asked to the day is a date question ("On what date …?", a day to type).
    static func label(for question: Question) -> String {
        if question.kind == .year, case .date(let date) = question.answer, !date.isInterval, date.isToTheDay {
            return "date"
        }
        return question.kind.rawValue.replacingAll("-", with: " ")
    }

    private mutating func advance(now: Date) -> [Output] {
        position += 1
        if position < questions.count { return [ask(now: now)] }
        return finish(now: now)
    }

    private mutating func record(_ question: Question, answer: String, verdict: Verdict?, credit: Double, now: Date)
        -> Attempt
    {
        let difficulty = question.facts.compactMap { difficulties[$0] }.max()
        let (points, worth) = Scoring.points(
            kind: question.kind, credit: credit, difficulty: difficulty, streak: currentStreak)
        let attempt = Attempt(
            questionID: question.id, facts: question.facts, bank: bank, kind: question.kind, answer: answer,
            expected: question.answerText, outcome: verdict.map { Attempt.Outcome($0.outcome) } ?? .skipped,
            miss: verdict?.miss.map(Attempt.Miss.init), feedback: verdict?.feedback ?? "Skipped.", credit: credit,
            hints: hints,
            responseSeconds: max(0, now.timeIntervalSince(shownAt ?? now)), time: now, tags: question.tags,
            points: points,
            worth: worth, timed: timesAnswers ? nil : false,
            options: question.isChoice ? question.options : nil,
            chosen: verdict.flatMap { ready().grader.chosen(answer, for: question, verdict: $0) })
        attempts.append(attempt)
        return attempt
    }

    /// What to type, by kind of question.
    static func instruction(for question: Question) -> String {
        switch question.kind {
        case .multipleChoice: return "type a letter, or the answer"
        case .multipleAnswer: return "choose all that apply: e.g. a c"
        case .trueFalse: return "true or false (t/f)"
        case .shortAnswer: return "type the answer"
        case .numeric:
            if case .number(_, _, let unit?, _) = question.answer { return "type a number (of \(unit))" }
            return "type a number"
        case .year:
            if case .date(let date) = question.answer, date.isInterval { return "type the years: e.g. 1914-1918" }
            if case .date(let date) = question.answer, date.isToTheDay { return "type the date: day, month and year" }
            return "type the year"
        case .ordering:
            return "order them, earliest first: e.g. " + AnswerGrader.orderExample(question.options.count)
        case .matching:
            return "pair them: e.g. "
                + AnswerGrader.pairsExample(left: question.left.count, options: question.options.count)
        case .cloze:
            if case .blanks(let blanks) = question.answer, blanks.count > 1 {
                return "fill in the \(blanks.count) blanks in turn, separated by ';'"
            }
            return "fill in the blank"
        }
    }

    func summary() -> SessionSummary {
        func shares(_ label: (Attempt, Question) -> [String]) -> [SessionSummary.Share] {
            var order: [String] = []
            var totals: [String: SessionSummary.Share] = [:]
            for (attempt, question) in zip(attempts, questions) {
                for key in label(attempt, question) {
                    if totals[key] == nil { order.append(key) }
                    totals[key, default: SessionSummary.Share(label: key)].add(attempt)
                }
            }
            return order.map { totals[$0]! }
        }
        // Missed: wrong, partly right or skipped. A right answer that needed hints is not missed,
        // though it comes back for review like one.
        let missed = zip(attempts, questions).enumerated().filter { !$0.element.0.answeredRight }.map { offset, pair in
            SessionSummary.Miss(
                number: offset + 1, prompt: pair.1.prompt, answer: pair.0.answer, expected: pair.0.expected,
                feedback: pair.0.feedback)
        }
        var review: [String] = []
        for attempt in attempts where !attempt.isRight {
            for fact in attempt.facts where !review.contains(fact) { review.append(fact) }
        }
        let seconds = (finishedAt ?? startedAt).map { $0.timeIntervalSince(startedAt ?? $0) } ?? 0
        var best = 0
        var run = 0
        for attempt in attempts {
            run = attempt.isRight ? run + 1 : 0
            best = max(best, run)
        }
        return SessionSummary(
            credit: attempts.reduce(0) { $0 + $1.credit }, answered: attempts.count, total: questions.count,
            points: attempts.reduce(0) { $0 + ($1.points ?? 0) }, worth: attempts.reduce(0) { $0 + ($1.worth ?? 0) },
            bestStreak: best, seconds: seconds,
            byType: shares { attempt, _ in [attempt.kind.rawValue] }, byTopic: shares { _, question in question.tags },
            missed: missed, reviewNext: review, right: attempts.count(where: \.answeredRight),
            partly: attempts.count(where: \.isPartlyRight), hinted: attempts.count(where: \.rightWithHints), bank: bank,
            isReview: isReview)
    }
}
