import ArgumentParser
import FoundationEssentials
import Glibc
import QuizCore
import QuizTerminal

/// `quiz analyze BANK PROGRESS...`: which questions of a bank work, from learners' progress files.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a bank's questions from learners' progress files: which work, which to fix.",
        discussion: """
            Each progress file is one learner; many make a class. Per question and per fact: answers, \
            facility (mean credit), discrimination (\(Discrimination.method), against each learner's \
            credit on the rest of the bank; from \(ItemAnalysis.Thresholds().minimumLearners) learners), \
            mean response time, hints, the options picked and the common wrong answers, with flags: too \
            easy, too hard, negative discrimination, an option never chosen, a wrong answer many learners \
            give. Worst questions first; a question the critic flags too is the first one to fix. The \
            progress files are only read.
            """)

    @Argument(help: ArgumentHelp("A bank file, or the name of a bank in the bank folders.", valueName: "bank"))
    var bank: String

    @Argument(help: ArgumentHelp("Progress files (each one learner's progress.json).", valueName: "progress"))
    var progress: [String]

    @Flag(help: "Print the analysis as JSON, for scripts.")
    var json = false

    @Flag(help: "Print the analysis as CSV, one row per question and per fact, for a spreadsheet.")
    var csv = false

    @Flag(help: "Do not use colour.")
    var noColor = false

    @OptionGroup var options: BankOptions

    func validate() throws {
        if progress.isEmpty { throw ValidationError("name at least one progress file") }
        if json && csv { throw ValidationError("--json and --csv cannot be used together") }
    }

    func run() throws {
        let (path, record) = try options.load(bank)
        let learners = try Self.readLearners(progress)
        let name = REPL.name(of: path)
        for (file, attempts) in zip(progress.uniqued(), learners) where !attempts.contains(where: { $0.bank == name }) {
            Self.report(file, "warning", "no answers to the bank '\(name)'")
        }
        let analysis = ItemAnalysis(record: record, bank: name, learners: learners)
        if json {
            print(analysis.json(), terminator: "")
        } else if csv {
            print(analysis.csv(), terminator: "")
        } else {
            let renderer = SessionRunner.makeRenderer(noColor: noColor)
            print(ItemAnalysisTable(renderer: renderer).lines(analysis).joined(separator: "\n"))
        }
    }

    /// Every file's attempts, each file read once, only read. A file that is missing, damaged or
    /// not a progress file is an error (all of them are named before exiting with status 1);
    /// damaged lines skipped are warnings.
    static func readLearners(_ paths: [String]) throws -> [[Attempt]] {
        var learners: [[Attempt]] = []
        var failed = false
        for path in paths.uniqued() {
            let file: ProgressFile
            do {
                file = try ProgressFile.open(path: path, access: .read, attempts: true)
            } catch {
                report(error.description, path: path)
                failed = true
                continue
            }
            if access(path, F_OK) != 0 && access(file.journalPath, F_OK) != 0 {
                report(path, "error", "no progress file here (nor its history, \(file.journalPath))")
                failed = true
                continue
            }
            for notice in file.notices { report(notice, path: path, level: "warning") }
            learners.append(file.attempts)
        }
        if failed { throw ExitCode(1) }
        return learners
    }

    /// `file: level: message` on standard error.
    static func report(_ file: String, _ level: String, _ message: String) {
        StandardError.write(Data(TerminalText.sanitized("\(file): \(level): \(message)\n", keepNewlines: true).utf8))
    }

    /// A progress file's message, which names the file it is about first, as `file: level: rest`.
    static func report(_ message: String, path: String, level: String = "error") {
        let journal = path.hasSuffix(".json") ? path + "l" : path + ".jsonl"
        for file in [journal, path] where message.hasPrefix(file + ": ") {
            report(file, level, String(message.dropFirst(file.count + 2)))
            return
        }
        report(path, level, message)
    }
}

extension Array where Element == String {
    /// The paths in order, each once.
    fileprivate func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
