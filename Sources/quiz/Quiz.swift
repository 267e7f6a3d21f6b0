import ArgumentParser
import FoundationEssentials
import Glibc
import QuizCore
import QuizTerminal

/// The `quiz` command: a terminal quiz engine for history.
@main
struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take history quizzes in the terminal, review what you missed, and author question banks.",
        discussion: Self.discussion,
        version: "0.1.0 (GNU readline \(ReadlineLineReader.libraryVersion))",
        subcommands: [
            Start.self, Take.self, Timeline.self, Review.self, Stats.self, Analyze.self, Banks.self, Lint.self,
            Preview.self,
            New.self, Import.self, Export.self, ProgressCommand.self,
        ],
        defaultSubcommand: Start.self
    )

    /// Parses the command line and runs it. Usage errors exit with status 2, as `lint` documents.
    static func main() {
        // A full disk or a file-size limit must fail a write with an error we report, not kill
        // the process mid-save.
        signal(SIGXFSZ, SIG_IGN)
        let arguments = Self.prepared(Array(CommandLine.arguments.dropFirst()))
        let quick = Self.parsedQuickly(arguments)
        if quick == nil, let word = arguments.first, let message = Self.unknownCommand(word) {
            StandardError.write(Data((message + "\n").utf8))
            Glibc.exit(2)
        }
        do {
            if let quick {
                try quick.run()
                return
            }
            var command: ParsableCommand = try Self.parsedDirectly(arguments) ?? parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success, arguments.contains("--experimental-dump-help") {
                let dump = message(for: error)
                print(ManualDump.withoutHiddenCommands(dump) ?? dump)
                Glibc.exit(0)
            }
            if code == .validationFailure {
                StandardError.write(Data((usageMessage(for: error) + "\n").utf8))
                Glibc.exit(2)
            }
            // Help, the version and completion scripts go to standard output; an exit code
            // carries its own message, already written.
            if code == .success || error is ExitCode { exit(withError: error) }
            StandardError.report(TerminalText.sanitized(reason(error)))
            Glibc.exit(code.rawValue)
        }
    }
}

extension Quiz {
    /// The commands a user types, as `quiz --help` lists them.
    static var commandNames: [String] {
        configuration.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName }
    }

    /// What to say when the first word is no command: `quiz` alone takes only options, so a word
    /// there is a mistyped command ("quiz tkae"), never an argument.
    static func unknownCommand(_ word: String) -> String? {
        guard !word.hasPrefix("-"), word != "help", word != "start", !commandNames.contains(word) else { return nil }
        let guess =
            Spelling.closest(to: word, among: commandNames)
            ?? commandNames.first { $0.hasPrefix(word) || word.hasPrefix($0) }
        return "quiz: '\(TerminalText.sanitized(word))' is not a quiz command"
            + (guess.map { "; did you mean '\($0)'?" } ?? ".")
            + "\nCommands: \(commandNames.joined(separator: ", ")). See 'quiz --help'."
    }

    /// Arguments that name a subcommand and ask nothing of quiz itself (no help, version or
    /// completion script), parsed by that subcommand alone: the parser then reflects on one
    /// command's options instead of every command's, a large share of start-up. Whatever that
    /// parse refuses is parsed again the usual way, so errors and help read the same.
    static func parsedDirectly(_ arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first,
            let command = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
            !arguments.dropFirst().contains(where: asksQuizItself)
        else { return nil }
        return try? command.parseAsRoot(Array(arguments.dropFirst()))
    }

    /// Arguments the root command answers: help, the version, completion scripts.
    static func asksQuizItself(_ argument: String) -> Bool {
        argument == "-h" || argument == "--help" || argument == "help" || argument == "--version"
            || argument.hasPrefix("--generate-completion-script") || argument.hasPrefix("--experimental")
    }

    /// The arguments with a negative count joined to its option (`--count=-3`), so that it is
    /// refused as a count below one rather than read as a missing value.
    static func prepared(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if ["--count", "-c"].contains(argument), index + 1 < arguments.count,
                arguments[index + 1].hasPrefix("-"), Int(arguments[index + 1]) != nil
            {
                result.append("--count=\(arguments[index + 1])")
                index += 2
            } else {
                result.append(argument)
                index += 1
            }
        }
        return result
    }
}

/// Options every subcommand that reads banks shares.
struct BankOptions: ParsableArguments {
    /// The bank named on the command line, loaded; its diagnostics go to standard error and
    /// exit with status 1 when it has errors.
    func load(_ bank: String) throws -> (path: String, record: Record) {
        let path = try Self.resolve(bank, folders: folders)
        return (path, try Self.load(path: path).record)
    }

    /// The path of the bank named `bank`, found among the bank folders and `folders`.
    static func resolve(_ bank: String, folders: [String]) throws -> String {
        try BankDirectory.resolve(
            bank, in: BankDirectory.searchPaths(extra: folders, environment: SessionRunner.environment))
    }

    /// The bank at `path`, loaded, with its bytes.
    static func load(path: String) throws -> (record: Record, bytes: [UInt8]) {
        let (loaded, bytes) = BankFile.loadKeepingBytes(path: path)
        guard let record = loaded.record else {
            for diagnostic in loaded.diagnostics {
                StandardError.write(Data((TerminalText.sanitized(diagnostic.description) + "\n").utf8))
            }
            throw ExitCode(1)
        }
        return (record, bytes)
    }

    @Option(
        name: .customLong("banks"),
        help: ArgumentHelp("Also look for banks in this folder (repeatable).", valueName: "dir"))
    var folders: [String] = []
}
