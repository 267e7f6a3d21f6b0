import ArgumentParser
import FoundationEssentials
import QuizTerminal

/// `quiz lint PATH...`: checks bank files and reports every problem.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check bank files for errors.",
        discussion: """
            Prints each problem as path:line:column: error: message, then one summary line per file. \
            With --questions, also shows every question generation made of the record and dropped or \
            flagged, with the reason, and a summary line per bank (kept, flagged, rejected by reason). \
            Exits 0 when every file is clean (warnings allowed), 1 when any has errors, 2 on usage errors.
            """)

    @Argument(help: ArgumentHelp("Bank files, or folders to check every bank file in.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Also show the generated questions the critic rejected or flagged, and why.")
    var questions = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one bank file or folder to check") }
    }

    func run() throws {
        let report = BankLinter.lint(paths: paths, questions: questions)
        for line in report.lines { print(line) }
        for line in report.usageErrors { StandardError.write(Data((line + "\n").utf8)) }
        if report.fileCount > 1 {
            print(
                "\(BankLinter.plural(report.fileCount, "file")) checked: \(BankLinter.plural(report.errorCount, "error")), \(BankLinter.plural(report.warningCount, "warning"))"
            )
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
