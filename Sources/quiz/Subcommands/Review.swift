import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz review`: the facts due now, then the recently missed ones, in a fresh question form;
/// `--list` shows the missed answers.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the facts due now and the ones you missed, asked in a fresh form.",
        discussion: """
            Memory is kept per fact, so a fact met in one question comes back in another. With --list, \
            prints the missed answers instead, newest first.
            """)

    @Argument(help: ArgumentHelp("The bank (its file or name); the only bank when there is one.", valueName: "bank"))
    var bank: String?

    @Flag(help: "List the missed answers, newest first, instead of reviewing.")
    var list = false

    @OptionGroup var session: SessionOptions
    @OptionGroup var options: BankOptions

    func run() throws {
        let bankName = try resolveBank()
        let (path, record) = try options.load(bankName)
        let name = REPL.name(of: path)
        let repl = REPL(
            reader: list ? PipedLineReader() : SessionRunner.makeReader(),
            renderer: SessionRunner.makeRenderer(session.play)
        )
        // `--list` only reads: it never creates or repairs anything.
        let progress =
            list
            ? try SessionRunner.openProgress(session.play.progress, access: .read, attempts: true, interactive: false)
            : try SessionRunner.openProgress(session.play, interactive: repl.reader.isInteractive, attempts: true)
        let all = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)
        if list {
            let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let missed = ReviewPlan.missed(progress.progress, bank: name)
            if missed.isEmpty { repl.write("No missed answers in \(record.title).") }
            for entry in missed {
                let id = entry.attempt.questionID
                let question = byID[id] ?? TimelineGame.question(id: id, in: record)
                repl.write(repl.renderer.missed(entry, question: question))
            }
            return
        }
        let facts = ReviewPlan.facts(progress.progress, bank: name, at: Date(), limit: session.selection.count)
        guard !facts.isEmpty else {
            repl.write("Nothing to review in \(record.title): nothing is due and nothing was missed.")
            return
        }
        let seed = session.selection.seed ?? UInt64.random(in: 0...999_999)
        let questions = ReviewPlan.questions(for: facts, from: all, progress: progress.progress, bank: name, seed: seed)
        repl.write(
            repl.renderer.wrap("Review of \(record.title): \(Plural.count(questions.count, "fact")) due or missed"))
        try SessionRunner.ask(questions, bank: name, record: record, progress: progress, repl: repl)
    }

    /// The bank named, or the only one there is.
    private func resolveBank() throws -> String {
        if let bank { return bank }
        let folders = BankDirectory.searchPaths(extra: options.folders, environment: SessionRunner.environment)
        let files = folders.flatMap { BankDirectory.bankFiles(in: $0) }
        guard files.count == 1 else { throw ValidationError("name the bank to review (there are \(files.count))") }
        return files[0]
    }
}
