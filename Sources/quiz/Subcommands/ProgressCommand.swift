import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz progress`: the learner's progress files, checked, merged and exported.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Check, merge or export your progress files.",
        subcommands: [Merge.self, Check.self, ExportAttempts.self])

    /// `--progress FILE`, shared by the subcommands.
    struct Location: ParsableArguments {
        @Option(
            help: ArgumentHelp(PlayOptions.progressHelp, valueName: "file"))
        var progress: String?
    }

    /// `quiz progress merge OTHER`: another progress file's answers into this one.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge another progress file (from another machine) into yours.",
            discussion: """
                Every answer of either file is kept once (answers are told apart by their id), in time \
                order, and the memory of every fact is recomputed by replaying them. Merging A into B gives \
                what B into A gives; merging again changes nothing. OTHER is only read.
                """)

        @Argument(
            help: ArgumentHelp(
                "The other progress file (its .json; the history beside it is read too).", valueName: "other"))
        var other: String

        @OptionGroup var location: Location

        func run() throws {
            let theirs = try SessionRunner.openProgress(other, access: .read, attempts: true, interactive: false)
            let mine = try SessionRunner.openProgress(
                location.progress, access: .write, attempts: true, interactive: true)
            do {
                let result = try mine.merge(theirs.attempts)
                print(
                    result.changed
                        ? "Merged \(other) into \(mine.path): \(result.added) new answers, \(result.total) in all."
                        : "Nothing to merge: \(mine.path) already holds every answer of \(other) (\(result.total) in all)."
                )
            } catch {
                StandardError.report(error.description)
                throw ExitCode(1)
            }
        }
    }

    /// `quiz progress check`: whether the progress files read, line by line.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that your progress files read; exits 1 when they do not.",
            discussion: """
                Reads progress.json and its history without changing either, and reports the answers and \
                facts they hold, every line of the history that does not read (by line number), and the \
                lines earlier quizzes set aside. Exits 0 when everything reads, 1 otherwise.
                """)

        @OptionGroup var location: Location

        func run() throws {
            let path = ProgressFile.defaultPath(option: location.progress, environment: SessionRunner.environment)
            let report: ProgressFile.Report
            do {
                report = try ProgressFile.check(path: path)
            } catch {
                StandardError.report(error.description)
                throw ExitCode(1)
            }
            for line in report.lines { print(line) }
            if !report.isClean { throw ExitCode(1) }
        }
    }

    /// `quiz progress export --to csv`: one row per answer.
    struct ExportAttempts: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv
        }

        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export every answer, one row each, for a spreadsheet.",
            discussion: "Columns: \(AttemptTable.columns.joined(separator: ", ")).")

        @Option(help: ArgumentHelp("The format: csv.", valueName: "format"))
        var to: Format

        @Option(name: .shortAndLong, help: ArgumentHelp("Write here (default: standard output).", valueName: "out"))
        var output: String?

        @OptionGroup var location: Location

        func run() throws {
            let progress = try SessionRunner.openProgress(
                location.progress, access: .read, attempts: true, interactive: false)
            let text = AttemptTable.csv(progress.attempts)
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                print(text, terminator: "")
            }
        }
    }
}
