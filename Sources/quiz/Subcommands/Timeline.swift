import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz timeline BANK`: build the chronology yourself, one event at a time.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Place the bank's events on a timeline, one at a time.",
        discussion: """
            The line starts with one dated event. Each turn shows another event, without its date: type \
            the number of the slot where it goes. A right placement joins the line; a wrong one is told \
            where it belongs. Events whose dates overlap are never dealt together; events of the same day \
            are equal, so either slot beside them is right. Each placement is saved as an answer on the \
            event's date, so review brings missed ones back. Answers are read one per line, from a \
            terminal or from standard input, as in 'quiz take'.
            """)

    @Argument(help: ArgumentHelp("A bank file, or the name of a bank in the bank folders.", valueName: "bank"))
    var bank: String

    @Option(name: .shortAndLong, help: "How many events to place.")
    var count: Int = 10

    @Option(
        name: .customLong("topic"),
        help: ArgumentHelp("Only events on this topic tag (repeatable).", valueName: "topic"))
    var topics: [String] = []

    @Option(help: "Seed for the choice and order of events; random when left out.")
    var seed: UInt64?

    @OptionGroup var play: PlayOptions
    @OptionGroup var options: BankOptions

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let (path, record) = try options.load(bank)
        try SessionRunner.checkTopics(topics, of: record)
        let name = REPL.name(of: path)
        let seed = seed ?? UInt64.random(in: 0...999_999)
        func deal(_ difficulties: [String: Double]) -> TimelineGame {
            TimelineGame(
                bank: name, record: record, count: count, topics: Set(topics), seed: seed, difficulties: difficulties)
        }
        // Dealt once to know it can be played before the progress file is touched, and again with
        // the learner's difficulties, which weigh the points: the same seed deals the same events.
        guard deal([:]).isPlayable else {
            let on = topics.isEmpty ? "" : " on " + topics.joined(separator: " or ")
            StandardError.report(
                TerminalText.sanitized(
                    "\(record.title) has too few dated events\(on) for a timeline: it needs two whose "
                        + "dates are known and do not overlap, and whose text does not give the date away"))
            throw ExitCode(1)
        }
        let repl = SessionRunner.makeREPL(play)
        let progress = try SessionRunner.openProgress(play, interactive: repl.reader.isInteractive, attempts: false)
        var game = deal(SessionRunner.difficulties(in: progress, bank: name))
        let all = game.total < count ? ", all this bank has" + (topics.isEmpty ? "" : " on these topics") : ""
        repl.write(
            repl.renderer.wrap(
                "\(record.title): \(BankLinter.plural(game.total, "event")) to place on a timeline\(all) "
                    + "(seed \(seed); --seed \(seed) deals them again)"))
        let status = repl.run(&game, progress: progress)
        if status != 0 { throw ExitCode(status) }
    }
}
