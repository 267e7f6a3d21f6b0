import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz import --from FORMAT FILE [-o OUT]`: turns a file in a format teachers already use into
/// a bank that lints clean.
struct Import: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case gift, aiken, bsd, csv, tsv, timeline
    }

    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import questions from GIFT, Aiken, a BSD quiz table, CSV or TSV, or a TimelineJS timeline, into a bank.",
        discussion: """
            Errors point to their line in the source file. Ids the file gives (GIFT's [id:...], TimelineJS's \
            unique_id) are kept as they are when a bank allows them, and group names become topics as they \
            are; other ids come from the questions' own text, so re-importing a changed file keeps learners' \
            progress on the questions that did not change. With -o, an existing file is left as it is \
            unless --force is given.
            """)

    @Option(
        help: ArgumentHelp(
            "The source format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var from: Format

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
    var file: String

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write the bank here (default: standard output).", valueName: "out"))
    var output: String?

    @Flag(help: "Replace the bank file -o names when it exists.")
    var force = false

    @Option(
        help: ArgumentHelp(
            "For bsd: the column titles, as in quiz's index file (pres{ident}:term:vice:succ{essor}); by default read from the 'index' file beside FILE.",
            valueName: "titles"))
    var columns: String?

    /// The index line for a BSD data file: given, or found in the `index` file beside it.
    private func bsdIndex() throws -> String {
        if let columns { return columns }
        let folder = PathText.folder(of: file)
        let name = PathText.lastComponent(file)
        let index = (folder.isEmpty ? "." : folder) + "/index"
        if let text = try? String(contentsOfFile: index, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let path = line.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
                if PathText.lastComponent(path) == name { return String(line) }
            }
        }
        StandardError.write(
            Data(
                "\(TerminalText.sanitized(file)):1:1: error: \(TerminalText.sanitized(index)) has no line for \(TerminalText.sanitized(name)); give the column titles with --columns\n"
                    .utf8))
        throw ExitCode(1)
    }

    func run() throws {
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            StandardError.report(
                "\(TerminalText.sanitized(output)) already exists; it was left as it is (--force replaces it)")
            throw ExitCode(1)
        }
        let bytes: [UInt8]
        do {
            bytes = try BankFile.read(path: file, limit: BankLimits.standard.maxBytes)
        } catch {
            StandardError.write(Data("\(TerminalText.sanitized(error.description))\n".utf8))
            throw ExitCode(1)
        }
        guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else {
            StandardError.write(
                Data("\(TerminalText.sanitized(file)):1:1: error: the file is not UTF-8 text\n".utf8))
            throw ExitCode(1)
        }
        let title = REPL.name(of: file).replacingAll("-", with: " ").replacingAll("_", with: " ")
        let index = from == .bsd ? try bsdIndex() : ""
        let (record, diagnostics) =
            switch from {
            case .bsd: BSDQuizFormat.read(text, index: index, sourceTitle: title)
            case .gift: GIFTFormat.read(text, sourceTitle: title)
            case .aiken: AikenFormat.read(text, sourceTitle: title)
            case .csv: TableFormat.read(text, separator: ",", sourceTitle: title)
            case .tsv: TableFormat.read(text, separator: "\t", sourceTitle: title)
            case .timeline: TimelineFormat.read(bytes, sourceTitle: title)
            }
        for var diagnostic in diagnostics {
            diagnostic.path = file
            StandardError.write(Data((TerminalText.sanitized(diagnostic.description) + "\n").utf8))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
        if record.questions.isEmpty && record.events.isEmpty {
            StandardError.write(
                Data(
                    "\(TerminalText.sanitized(file)):1:1: error: found nothing to import: no \(from == .timeline ? "dated events" : "questions")\n"
                        .utf8))
            throw ExitCode(1)
        }
        let yaml = BankWriter.yaml(
            record,
            comment:
                "Imported from \(TerminalText.sanitized(REPL.name(of: file))) (\(from.rawValue)). Check it with quiz lint."
        )
        // The bank must read back clean; anything else is a bug here, not in the source.
        let check = BankLoader.load(Array(yaml.utf8), format: .yaml, path: output ?? "<import>")
        guard check.record != nil else {
            for diagnostic in check.diagnostics {
                StandardError.report("internal error: the imported bank does not read back: \(diagnostic)")
            }
            throw ExitCode(1)
        }
        if let output {
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            StandardError.write(
                Data(
                    "Imported \(Plural.count(record.questions.count, "question")) and \(Plural.count(record.events.count, "event")) into \(TerminalText.sanitized(output)).\n"
                        .utf8))
        } else {
            print(yaml, terminator: "")
        }
    }
}
