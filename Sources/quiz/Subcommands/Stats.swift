import ArgumentParser
import FoundationEssentials
import QuizCore
import QuizTerminal

/// `quiz stats`: attempts, accuracy, mastered facts, streaks and what falls due, per bank and topic.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Show where you stand: accuracy, mastered facts, streaks and reviews due.")

    @Flag(help: "Print the same figures as JSON.")
    var json = false

    @OptionGroup var play: PlayOptions

    func run() throws {
        // The attempts added up, from the checkpoint and the lines after it: not every attempt.
        let progress = try SessionRunner.openProgress(
            play.progress, access: .read, attempts: false, interactive: false)
        let statistics = Statistics(
            summary: progress.summary, memory: progress.progress.memory, at: Date(),
            secondsFromGMT: LocalTime.secondsFromGMT)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(statistics), as: UTF8.self))
        } else {
            print(SessionRunner.makeRenderer(play).statistics(statistics))
        }
    }
}
