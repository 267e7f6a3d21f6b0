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

    @Argument(help: ArgumentHelp("The bank (its file or name); every bank found when left out.", valueName: "bank"))
    var bank: String?

    @Flag(help: "List the missed answers, newest first, instead of reviewing.")
    var list = false

    @OptionGroup var session: SessionOptions
    @OptionGroup var options: BankOptions

    func run() throws {
        let repl = SessionRunner.makeREPL(
            session.play, reader: list ? PipedLineReader() : SessionRunner.makeReader())
        // `--list` only reads: it never creates or repairs anything.
        let progress =
            list
            ? try SessionRunner.openProgress(session.play.progress, access: .read, attempts: true, interactive: false)
            : try SessionRunner.openProgress(session.play, interactive: repl.reader.isInteractive, attempts: true)
        let banks = try chosenBanks(answered: Set(progress.progress.attempts.map(\.bank)))
        // One bank named: that bank; none: every bank found, in turn.
        let scope = banks.count == 1 ? " in \(banks[0].record.title)" : ""
        if list {
            var listed = false
            for bank in banks {
                let name = REPL.name(of: bank.path)
                let missed = ReviewPlan.missed(progress.progress, bank: name)
                guard !missed.isEmpty else { continue }
                if banks.count > 1 {
                    if listed { repl.write("") }
                    repl.write(repl.renderer.wrap(bank.record.title + ":"))
                }
                listed = true
                let all = QuestionGenerator(record: bank.record, options: GenerationOptions(count: nil)).questions(
                    seed: 1)
                let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                for entry in missed {
                    let id = entry.attempt.questionID
                    let question = byID[id] ?? TimelineGame.question(id: id, in: bank.record)
                    repl.write(repl.renderer.missed(entry, question: question))
                }
            }
            if !listed { repl.write(repl.renderer.wrap("No missed answers\(scope).")) }
            return
        }
        var reviewed = false
        for bank in banks {
            let name = REPL.name(of: bank.path)
            let facts = ReviewPlan.facts(progress.progress, bank: name, at: Date(), limit: session.selection.count)
            guard !facts.isEmpty else { continue }
            let all = QuestionGenerator(record: bank.record, options: GenerationOptions(count: nil)).questions(seed: 1)
            let seed = session.selection.seed ?? UInt64.random(in: 0...999_999)
            let questions = ReviewPlan.questions(
                for: facts, from: all, progress: progress.progress, bank: name, seed: seed)
            guard !questions.isEmpty else { continue }
            if reviewed { repl.write("") }
            repl.write(
                repl.renderer.wrap(
                    "Review of \(bank.record.title): \(Plural.count(questions.count, "fact")) due or missed"
                ))
            reviewed = true
            // A learner who stops one bank's review has stopped reviewing.
            guard
                try SessionRunner.ask(
                    questions, bank: name, record: bank.record, progress: progress, repl: repl, review: true)
            else { return }
        }
        if !reviewed {
            // What `quiz stats` counts as due today may come due later today: say when.
            let now = Date()
            let names = Set(banks.map { REPL.name(of: $0.path) })
            let later = progress.progress.memory.filter { key, memory in
                guard let slash = key.firstIndex(of: "/"), names.contains(String(key[..<slash])) else { return false }
                return memory.state.due > now
            }.map(\.value.state.due).min()
            var line = "Nothing to review\(scope): nothing is due and nothing was missed."
            if let later {
                let time = CivilTime(later, secondsFromGMT: LocalTime.secondsFromGMT(at: later))
                let today = CivilTime(now, secondsFromGMT: LocalTime.secondsFromGMT(at: now))
                line +=
                    " The next fact comes due "
                    + (time.dateText == today.dateText
                        ? "today at \(time.timeText.prefix(5))." : "on \(time.dateText).")
            }
            repl.write(repl.renderer.wrap(line))
        }
    }

    /// The bank named, or every bank found: in the bank folders, and the banks `answered` that
    /// `quiz take NAME` finds elsewhere (a bank of your own in the current folder).
    private func chosenBanks(answered: Set<String>) throws -> [BankListing.Entry] {
        if let bank {
            let (path, record) = try options.load(bank)
            return [BankListing.Entry(path: path, record: record)]
        }
        let folders = BankDirectory.searchPaths(extra: options.folders, environment: SessionRunner.environment)
        var listing = BankListing.make(folders: folders)
        let found = Set(listing.banks.map { REPL.name(of: $0.path) })
        for name in answered.subtracting(found).sorted() {
            guard let path = try? BankDirectory.resolve(name, in: folders), REPL.name(of: path) == name,
                let record = BankFile.load(path: path).record
            else { continue }
            listing.banks.append(BankListing.Entry(path: path, record: record))
        }
        guard !listing.banks.isEmpty else {
            StandardError.report(BankListing.noneFound(in: folders))
            for line in listing.lines where line.hasPrefix("Skipped") { StandardError.write(Data((line + "\n").utf8)) }
            throw ExitCode(1)
        }
        return listing.banks
    }
}
