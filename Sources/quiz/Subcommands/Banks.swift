import ArgumentParser
import FoundationEssentials
import QuizTerminal

/// `quiz banks`: lists the banks quiz can find, with their sizes.
struct Banks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "banks", abstract: "List the question banks quiz can find.")

    @OptionGroup var options: BankOptions

    func run() throws {
        let folders = BankDirectory.searchPaths(
            extra: options.folders, environment: ProcessInfo.processInfo.environment)
        let listing = BankListing.make(folders: folders)
        for line in listing.lines { print(line) }
        if listing.banks.isEmpty { throw ExitCode(1) }
    }
}
