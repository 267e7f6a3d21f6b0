import ArgumentParser
import FoundationEssentials
import Glibc
import QuizCore
import QuizTerminal

/// Which types and topics of question: shared by `quiz`, `quiz take`, `quiz preview` and
/// `quiz export`.
struct QuestionFilter: ParsableArguments {
    @Option(
        name: .customLong("type"), help: ArgumentHelp("Only this type of question (repeatable).", valueName: "type"))
    var types: [Question.Kind] = []

    @Option(
        name: .customLong("topic"),
        help: ArgumentHelp("Only questions on this topic tag (repeatable).", valueName: "topic"))
    var topics: [String] = []
}

/// Which questions: shared by `quiz`, `quiz take` and `quiz preview`.
struct SelectionOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "How many questions.")
    var count: Int = 10

    @OptionGroup var filter: QuestionFilter
    var types: [Question.Kind] { filter.types }
    var topics: [String] { filter.topics }

    @Option(help: "Seed for the choice and order of questions; random when left out.")
    var seed: UInt64?

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
    }
}

/// Options for taking a quiz, shared by `quiz` and `quiz take`.
struct SessionOptions: ParsableArguments {
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var play: PlayOptions
}

/// Where answers are saved and how they are shown: shared by every command that asks questions.
struct PlayOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Self.progressHelp, valueName: "file"))
    var progress: String?

    /// What `--progress` says of itself. The default is written from XDG_DATA_HOME, which
    /// `quiz --help` explains: a path under ~/.local would be hyphenated across two lines of
    /// the manual page.
    static let progressHelp = "The progress file (default: QUIZ_PROGRESS, or $XDG_DATA_HOME/quiz/progress.json)."

    @Flag(name: .customLong("no-color"), help: "Never use colour (NO_COLOR and TERM=dumb also turn it off).")
    var noColor = false

    @Option(help: "The recall probability reviews are scheduled for, 0.7 to 0.99.")
    var retention = 0.9

    func validate() throws {
        if !(0.7...0.99).contains(retention) { throw ValidationError("--retention must be between 0.7 and 0.99") }
    }
}

/// Everything a session needs from the outside world, wired in one place.
enum SessionRunner {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static func makeReader() -> LineReader {
        isatty(STDIN_FILENO) == 1
            ? ReadlineLineReader(historyPath: ProgressFile.historyPath(environment: environment)) : PipedLineReader()
    }

    static func makeRenderer(_ options: PlayOptions) -> Renderer {
        makeRenderer(noColor: options.noColor)
    }

    /// The loop that asks questions: it reads from `reader` (the terminal's line editor by
    /// default), and on a terminal wraps every question and verdict to the window's width as it
    /// is then, so that a window resized mid-quiz is followed.
    static func makeREPL(_ options: PlayOptions, reader: LineReader = makeReader()) -> REPL {
        let measure: (() -> Int?)? = isatty(STDOUT_FILENO) == 1 ? { TerminalSupport.measuredWidth() } : nil
        return REPL(reader: reader, renderer: makeRenderer(options), measure: measure)
    }

    /// A renderer for standard output: its width and whether it takes colour.
    static func makeRenderer(noColor: Bool) -> Renderer {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        return Renderer(
            color: TerminalSupport.useColor(flag: noColor, environment: environment, isTerminal: isTerminal),
            width: isTerminal
                ? TerminalSupport.width(environment: environment) : Int(environment["COLUMNS"] ?? "") ?? 80)
    }

    /// Opens the progress file. A writer repairs what it finds under the lock and says so (a
    /// script then stops with an error before the first question); a reader only reads, and
    /// warns of damaged lines it skipped.
    static func openProgress(
        _ path: String?, retention: Double = 0.9, access: ProgressFile.Access, attempts: Bool, interactive: Bool
    )
        throws -> ProgressFile
    {
        do {
            let file = try ProgressFile.open(
                path: ProgressFile.defaultPath(option: path, environment: environment), access: access,
                attempts: attempts, scheduler: FSRS(desiredRetention: retention))
            for notice in file.notices { StandardError.report(notice) }
            // A script must notice; a learner at the terminal carries on with the repaired files.
            if access == .write && !file.notices.isEmpty && !interactive { throw ExitCode(1) }
            return file
        } catch let failure as ProgressFile.Failure {
            StandardError.report(failure.description)
            throw ExitCode(1)
        }
    }

    /// The session's progress file, opened to save answers.
    static func openProgress(_ options: PlayOptions, interactive: Bool, attempts: Bool) throws -> ProgressFile {
        try openProgress(
            options.progress, retention: options.retention, access: .write, attempts: attempts,
            interactive: interactive)
    }

    /// Builds the quiz and runs it; throws an exit code for failures.
    static func run(
        path: String, record: Record, count: Int, kinds: Set<Question.Kind>, options: SessionOptions, repl: REPL
    ) throws {
        try checkTopics(options.selection.topics, of: record)
        let seed = options.selection.seed ?? UInt64.random(in: 0...999_999)
        let questions = QuestionGenerator(
            record: record,
            options: GenerationOptions(count: count, kinds: kinds, topics: Set(options.selection.topics))
        ).questions(seed: seed)
        guard !questions.isEmpty else {
            let filters =
                (kinds.isEmpty ? [] : ["of type " + kinds.map(\.rawValue).sorted().joined(separator: " or ")])
                + (options.selection.topics.isEmpty ? [] : ["on " + options.selection.topics.joined(separator: " or ")])
            // Told the types it has, as an unknown topic is told the topics.
            let offered =
                kinds.isEmpty ? [] : QuestionGenerator.kinds(in: record, topics: Set(options.selection.topics))
            let types =
                offered.isEmpty
                ? ""
                : "; its types\(options.selection.topics.isEmpty ? "" : " on these topics"): "
                    + offered.map(\.rawValue).joined(separator: ", ")
            StandardError.report(
                "\(TerminalText.sanitized(record.title)) has no questions \(filters.joined(separator: " "))\(types)")
            throw ExitCode(1)
        }
        let progress = try openProgress(options.play, interactive: repl.reader.isInteractive, attempts: false)
        // "with these options" only when types or topics narrowed the choice.
        let narrowed = !kinds.isEmpty || !options.selection.topics.isEmpty
        let all = questions.count < count ? ", all this bank has" + (narrowed ? " with these options" : "") : ""
        repl.write(
            repl.renderer.wrap(
                "\(record.title): \(Plural.count(questions.count, "question"))\(all) (seed \(seed); --seed \(seed) asks \(questions.count == 1 ? "it" : "them") again)"
            ))
        try ask(questions, bank: REPL.name(of: path), record: record, progress: progress, repl: repl)
    }

    /// Every `--topic` must be one of the bank's: a misspelt topic would otherwise give an empty
    /// or a silently smaller quiz.
    static func checkTopics(_ topics: [String], of record: Record) throws {
        let known = record.topics
        for topic in topics where !known.contains(topic) {
            let suggestion = Spelling.closest(to: topic, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            let list = known.isEmpty ? "it has no topics" : "its topics: \(known.joined(separator: ", "))"
            StandardError.report(
                TerminalText.sanitized("\(record.title) has no topic '\(topic)'\(suggestion); \(list)"))
            throw ExitCode(1)
        }
    }

    /// Runs a session over `questions`.
    /// Runs a session over `questions`; whether every question was answered (not left with
    /// `:quit`, Ctrl-D or the end of input).
    @discardableResult
    static func ask(
        _ questions: [Question], bank: String, record: Record, progress: ProgressFile, repl: REPL, review: Bool = false
    ) throws -> Bool {
        // Response times count only for answers typed at a terminal.
        var session = Session(
            bank: bank, record: record, questions: questions, difficulties: difficulties(in: progress, bank: bank),
            timesAnswers: repl.reader.isInteractive)
        session.isReview = review
        let status = repl.run(&session, progress: progress)
        if status != 0 { throw ExitCode(status) }
        return session.attempts.count == questions.count
    }
}

extension SessionRunner {
    /// The learner's FSRS difficulty of each fact of `bank`, by fact id: it weighs the points.
    static func difficulties(in progress: ProgressFile, bank: String) -> [String: Double] {
        let prefix = bank + "/"
        var difficulties: [String: Double] = [:]
        for (key, memory) in progress.progress.memory where key.hasPrefix(prefix) {
            if let difficulty = memory.state.difficulty {
                difficulties[String(key.dropFirst(prefix.count))] = difficulty
            }
        }
        return difficulties
    }
}

/// `quiz take BANK`: starts a quiz directly.
struct Take: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Take a quiz on a bank.",
        discussion: """
            Answers are read one per line; on a terminal with line editing, otherwise from standard input \
            (no echo, no colour), so quizzes can be scripted. Type :help in a quiz for its commands.

            Every answer is saved as soon as it is graded, to the file --progress names, else the one \
            QUIZ_PROGRESS names, else
              $XDG_DATA_HOME/quiz/progress.json, or when XDG_DATA_HOME is unset,
              ~/.local/share/quiz/progress.json
            """)

    @Argument(help: ArgumentHelp("A bank file, or the name of a bank in the bank folders.", valueName: "bank"))
    var bank: String

    @OptionGroup var session: SessionOptions
    @OptionGroup var options: BankOptions

    func run() throws {
        let (path, record) = try options.load(bank)
        let repl = SessionRunner.makeREPL(session.play)
        try SessionRunner.run(
            path: path, record: record, count: session.selection.count, kinds: Set(session.selection.types),
            options: session, repl: repl)
    }
}

/// `quiz` with no subcommand: greets, lists the banks, asks which one and how, and starts.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Choose a bank and options, then take the quiz (the default).",
        shouldDisplay: false)

    @OptionGroup var session: SessionOptions
    @OptionGroup var options: BankOptions

    func run() throws {
        let folders = BankDirectory.searchPaths(extra: options.folders, environment: SessionRunner.environment)
        let listing = BankListing.make(folders: folders)
        let repl = SessionRunner.makeREPL(session.play)
        guard
            let choice = repl.menu(
                listing, defaultCount: session.selection.count, defaultKinds: Set(session.selection.types),
                topics: Set(session.selection.topics))
        else {
            repl.reader.saveHistory()
            if listing.banks.isEmpty || repl.inputEndedInMenu { throw ExitCode(1) }
            return
        }
        try SessionRunner.run(
            path: choice.entry.path, record: choice.entry.record, count: choice.count,
            kinds: choice.kinds, options: session, repl: repl)
    }
}
