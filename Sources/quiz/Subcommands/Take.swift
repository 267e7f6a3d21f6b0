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

    /// The options as plain values.
    var settings: SessionSettings {
        SessionSettings(
            topics: selection.topics, seed: selection.seed, progress: play.progress, retention: play.retention)
    }
}

/// What a session needs of its options once the bank, count and types are chosen: plain values,
/// which the quick read of `quiz take` makes without the argument parser.
struct SessionSettings: Equatable {
    var topics: [String] = []
    var seed: UInt64?
    var progress: String?
    var retention = 0.9
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
    /// The environment, read once (from `environ`: `ProcessInfo` does much more before it gives it).
    static let environment: [String: String] = {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                let name = String(text[..<equals])
                // The first of a name given twice, as getenv(3) reads it.
                if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
            }
            entry += 1
        }
        return variables
    }()

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
        makeREPL(noColor: options.noColor, reader: reader)
    }

    static func makeREPL(noColor: Bool, reader: LineReader = makeReader()) -> REPL {
        let measure: (() -> Int?)? = isatty(STDOUT_FILENO) == 1 ? { TerminalSupport.measuredWidth() } : nil
        return REPL(reader: reader, renderer: makeRenderer(noColor: noColor), measure: measure)
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
        let path = ProgressFile.defaultPath(option: path, environment: environment)
        let opened = Result { () throws(ProgressFile.Failure) in
            try ProgressFile.open(
                path: path, access: access, attempts: attempts, scheduler: FSRS(desiredRetention: retention))
        }
        return try accept(opened, access: access, interactive: interactive)
    }

    /// The progress file as opening it went: its notices reported, its failure reported and
    /// thrown as exit status 1.
    static func accept(
        _ opened: Result<ProgressFile, ProgressFile.Failure>, access: ProgressFile.Access, interactive: Bool
    ) throws -> ProgressFile {
        switch opened {
        case .success(let file):
            for notice in file.notices { StandardError.report(notice) }
            // A script must notice; a learner at the terminal carries on with the repaired files.
            if access == .write && !file.notices.isEmpty && !interactive { throw ExitCode(1) }
            return file
        case .failure(let failure):
            StandardError.report(failure.description)
            throw ExitCode(1)
        }
    }

    /// A session's progress file, opened to save answers on a thread of its own, while the bank
    /// is read and the quiz made.
    static func openingProgress(_ settings: SessionSettings) -> Background<Result<ProgressFile, ProgressFile.Failure>> {
        let path = ProgressFile.defaultPath(option: settings.progress, environment: environment)
        let retention = settings.retention
        return Background {
            Result { () throws(ProgressFile.Failure) in
                try ProgressFile.open(
                    path: path, access: .write, attempts: false, scheduler: FSRS(desiredRetention: retention))
            }
        }
    }

    /// The session's progress file, opened to save answers.
    static func openProgress(_ options: PlayOptions, interactive: Bool, attempts: Bool) throws -> ProgressFile {
        try openProgress(
            options.progress, retention: options.retention, access: .write, attempts: attempts,
            interactive: interactive)
    }

    /// The quiz cache, unless `QUIZ_CACHE=off`.
    static var cache: QuizCache? { QuizCache.standard(environment: environment) }

    /// Builds the quiz and runs it; throws an exit code for failures.
    ///
    /// With `bank`'s bytes, a quiz made with `--seed` is kept in the cache, so that asking it
    /// again starts at once (`runCached`); and every session that ends as it should prepares the
    /// next run's quiz without `--seed`.
    static func run(
        path: String, record: Record, bank: [UInt8]? = nil, count: Int, kinds: Set<Question.Kind>,
        settings: SessionSettings, repl: REPL, opening: Background<Result<ProgressFile, ProgressFile.Failure>>? = nil
    ) throws {
        try checkTopics(settings.topics, of: record)
        let topics = Set(settings.topics)
        let seed = settings.seed ?? UInt64.random(in: 0...999_999)
        let questions = generate(record: record, count: count, kinds: kinds, topics: topics, seed: seed)
        guard !questions.isEmpty else {
            let filters =
                (kinds.isEmpty ? [] : ["of type " + kinds.map(\.rawValue).sorted().joined(separator: " or ")])
                + (settings.topics.isEmpty ? [] : ["on " + settings.topics.joined(separator: " or ")])
            // Told the types it has, as an unknown topic is told the topics.
            let offered = kinds.isEmpty ? [] : QuestionGenerator.kinds(in: record, topics: topics)
            let types =
                offered.isEmpty
                ? ""
                : "; its types\(settings.topics.isEmpty ? "" : " on these topics"): "
                    + offered.map(\.rawValue).joined(separator: ", ")
            StandardError.report(
                "\(TerminalText.sanitized(record.title)) has no questions \(filters.joined(separator: " "))\(types)")
            throw ExitCode(1)
        }
        let quiz = QuestionArchive.Quiz(seed: seed, title: record.title, questions: questions)
        let cache = bank == nil ? nil : Self.cache
        let key = bank.flatMap { cache?.key(bank: $0, count: count, kinds: kinds, topics: topics, seed: settings.seed) }
        if let cache, let key, settings.seed != nil { cache.store(quiz, for: key) }
        // The grader is made on a thread of its own while the quiz is shown.
        let grading = Background { Session.Grading(record: record) }
        try present(
            quiz, path: path, count: count, kinds: kinds, settings: settings, repl: repl, opening: opening,
            grading: { grading.value }, record: { record }, cache: cache, key: key)
    }

    /// The quiz the cache holds for a bank's bytes and these options: made before with the same
    /// `--seed`, or, without one, prepared by the last session (taken once: it is removed as it
    /// is taken). Its key too, for preparing the next.
    static func cached(bank: [UInt8], count: Int, kinds: Set<Question.Kind>, settings: SessionSettings)
        -> (quiz: QuestionArchive.Quiz, key: QuestionArchive.Key, cache: QuizCache)?
    {
        guard let cache else { return nil }
        let key = cache.key(bank: bank, count: count, kinds: kinds, topics: Set(settings.topics), seed: settings.seed)
        guard let quiz = cache.quiz(for: key) else { return nil }
        if settings.seed == nil { cache.remove(key) }
        return (quiz, key, cache)
    }

    /// Runs a quiz found in the cache. The bank is read again (its record is needed only to grade
    /// the first answer) on a thread of its own, while the first question is shown. A quiz is
    /// cached only once its bank has loaded and its topics were checked, and the key holds the
    /// bank's bytes, so the same bytes load again.
    static func runCached(
        _ quiz: QuestionArchive.Quiz, key: QuestionArchive.Key, cache: QuizCache, path: String, bank: [UInt8],
        count: Int, kinds: Set<Question.Kind>, settings: SessionSettings, repl: REPL,
        opening: Background<Result<ProgressFile, ProgressFile.Failure>>?
    ) throws {
        let loading = Background { () -> (record: Record?, grading: Session.Grading) in
            let record = BankLoader.load(bank, format: BankFormat(fileName: path) ?? .yaml, path: path).record
            return (record, Session.Grading(record: record))
        }
        try present(
            quiz, path: path, count: count, kinds: kinds, settings: settings, repl: repl, opening: opening,
            grading: { loading.value.grading }, record: { loading.value.record }, cache: cache, key: key)
    }

    /// Opens the progress file, says what the quiz is, asks it, and prepares the next run's quiz.
    private static func present(
        _ quiz: QuestionArchive.Quiz, path: String, count: Int, kinds: Set<Question.Kind>,
        settings: SessionSettings, repl: REPL, opening: Background<Result<ProgressFile, ProgressFile.Failure>>?,
        grading: @escaping @Sendable () -> Session.Grading, record: () -> Record?, cache: QuizCache?,
        key: QuestionArchive.Key?
    ) throws {
        let progress =
            try opening.map { try accept($0.value, access: .write, interactive: repl.reader.isInteractive) }
            ?? openProgress(
                settings.progress, retention: settings.retention, access: .write, attempts: false,
                interactive: repl.reader.isInteractive)
        // "with these options" only when types or topics narrowed the choice.
        let (seed, size) = (quiz.seed, quiz.questions.count)
        let narrowed = !kinds.isEmpty || !settings.topics.isEmpty
        let all = size < count ? ", all this bank has" + (narrowed ? " with these options" : "") : ""
        repl.write(
            repl.renderer.wrap(
                "\(quiz.title): \(Plural.count(size, "question"))\(all) (seed \(seed); --seed \(seed) asks \(size == 1 ? "it" : "them") again)"
            ))
        try ask(quiz.questions, bank: REPL.name(of: path), progress: progress, repl: repl, grading: grading)
        // The next run without --seed starts with its quiz made.
        if let cache, var next = key, let record = record() {
            next.seed = nil
            let nextSeed = UInt64.random(in: 0...999_999)
            let questions = generate(
                record: record, count: count, kinds: kinds, topics: Set(settings.topics), seed: nextSeed)
            if !questions.isEmpty {
                cache.store(QuestionArchive.Quiz(seed: nextSeed, title: record.title, questions: questions), for: next)
            }
        }
    }

    /// A quiz of `count` questions from `record`.
    static func generate(record: Record, count: Int, kinds: Set<Question.Kind>, topics: Set<String>, seed: UInt64)
        -> [Question]
    {
        QuestionGenerator(record: record, options: GenerationOptions(count: count, kinds: kinds, topics: topics))
            .questions(seed: seed)
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

    /// Runs a session over `questions`; whether every question was answered (not left with
    /// `:quit`, Ctrl-D or the end of input).
    @discardableResult
    static func ask(
        _ questions: [Question], bank: String, record: Record, progress: ProgressFile, repl: REPL, review: Bool = false
    ) throws -> Bool {
        try ask(
            questions, bank: bank, progress: progress, repl: repl, review: review,
            grading: { Session.Grading(record: record) })
    }

    /// Runs a session over `questions`, whose grading parts `grading` makes when the first answer
    /// needs them.
    @discardableResult
    static func ask(
        _ questions: [Question], bank: String, progress: ProgressFile, repl: REPL, review: Bool = false,
        grading: @escaping @Sendable () -> Session.Grading
    ) throws -> Bool {
        // Response times count only for answers typed at a terminal.
        var session = Session(
            bank: bank, questions: questions, difficulties: difficulties(in: progress, bank: bank),
            timesAnswers: repl.reader.isInteractive, grading: grading)
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
        try request.run()
    }

    /// The command line as plain values.
    var request: TakeRequest {
        TakeRequest(
            bank: bank, count: session.selection.count, types: session.selection.types, settings: session.settings,
            noColor: session.play.noColor, folders: options.folders)
    }
}

/// `quiz take` as plain values: what the argument parser reads, or the quick read of the usual
/// command lines (`Quiz.parsedQuickly`), which never builds the parser's types.
struct TakeRequest: Equatable {
    var bank: String
    var count = 10
    var types: [Question.Kind] = []
    var settings = SessionSettings()
    var noColor = false
    var folders: [String] = []

    func run() throws {
        // A bank name that names no bank stops the run before the progress file is touched.
        let path = try BankOptions.resolve(bank, folders: folders)
        let opening = SessionRunner.openingProgress(settings)
        do {
            // A quiz made before is shown before its bank is parsed again.
            if let bytes = try? BankFile.read(path: path, limit: BankLimits.standard.maxBytes),
                let (quiz, key, cache) = SessionRunner.cached(
                    bank: bytes, count: count, kinds: Set(types), settings: settings)
            {
                try SessionRunner.runCached(
                    quiz, key: key, cache: cache, path: path, bank: bytes, count: count, kinds: Set(types),
                    settings: settings,
                    repl: SessionRunner.makeREPL(noColor: noColor), opening: opening)
                return
            }
            let (record, bytes) = try BankOptions.load(path: path)
            let repl = SessionRunner.makeREPL(noColor: noColor)
            try SessionRunner.run(
                path: path, record: record, bank: bytes, count: count, kinds: Set(types), settings: settings,
                repl: repl, opening: opening)
        } catch {
            // A bank that could not be read, or gives no quiz, stops the run before its progress
            // is used: whatever opening the progress file repaired meanwhile is still said.
            if !opening.isTaken, case .success(let file) = opening.value {
                for notice in file.notices { StandardError.report(notice) }
            }
            throw error
        }
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
            kinds: choice.kinds, settings: session.settings, repl: repl)
    }
}
