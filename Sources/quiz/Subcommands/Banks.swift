import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz banks`: lists the banks quiz can find, with their sizes.
struct Banks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "banks", abstract: "List the question banks quiz can find.")

    @Flag(help: "Also list each bank's topics (for --topic) and the types of question it yields (for --type).")
    var topics = false

    @OptionGroup var options: BankOptions

    func run() throws {
        let folders = BankDirectory.searchPaths(
            extra: options.folders, environment: ProcessInfo.processInfo.environment)
        let listing = BankListing.make(folders: folders)
        for (offset, line) in listing.lines.enumerated() {
            print(line)
            // Line 0 is the heading; each bank's line follows in order.
            guard topics, offset >= 1, offset <= listing.banks.count else { continue }
            let record = listing.banks[offset - 1].record
            let kinds = QuestionGenerator.kinds(in: record)
            let topicList = record.topics.isEmpty ? "(none)" : record.topics.joined(separator: ", ")
            print(TerminalText.sanitized("       topics: \(topicList)"))
            print("       types: \(kinds.map(\.rawValue).joined(separator: ", "))")
        }
        if listing.banks.isEmpty { throw ExitCode(1) }
    }
}
