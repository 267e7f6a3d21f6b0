import Foundation
import QuizCore

/// Start-up at a terminal: `quiz take` on the bundled seed bank, spawned at a pseudo-terminal
/// with a full readline history and a progress file of 400 facts and 4,000 answers, timed until
/// the first question's answer prompt; against the floor program, timed until it exits. The
/// three kinds of launch take turns, so that a busy spell on the machine falls on all of them.
enum StartupBench {
    /// Prints the figures; returns what went wrong instead, when they could not be measured.
    static func report(installed: String, floor: String, folder: String, runs: Int) -> String? {
        let files = FileManager.default
        guard files.isExecutableFile(atPath: installed), files.isExecutableFile(atPath: floor),
            let seedData = files.contents(atPath: "QuestionBanks/pakistan-palestine-israel.yaml"),
            let seedBank = BankLoader.load(seedData, format: .yaml, path: "seed").record
        else { return "start-up not measured: the installed quiz, the floor program or the seed bank is missing" }
        let quizArguments = ["take", "pakistan-palestine-israel", "--count", "10", "--seed", "1"]
        do {
            let environment = try LearnerState.write(
                home: folder + "/home", seedBank: seedBank, bankName: "pakistan-palestine-israel", facts: 400,
                attempts: 4_000)
            let journal =
                (try? files.attributesOfItem(atPath: folder + "/home/data/quiz/progress.jsonl")[.size] as? Int)
                .map { Double($0) / 1_048_576 } ?? 0
            // The same for a first-time learner, with no history and no progress: what the progress costs.
            var firstTime = environment
            firstTime["XDG_STATE_HOME"] = folder + "/new/state"
            firstTime["XDG_DATA_HOME"] = folder + "/new/data"
            var quizTimes: [Double] = []
            var floorTimes: [Double] = []
            var newTimes: [Double] = []
            for _ in 0..<runs {
                quizTimes.append(
                    try TerminalLaunch.time(installed, quizArguments, environment: environment, until: "answer> "))
                floorTimes.append(try TerminalLaunch.time(floor, [], environment: environment, until: nil))
                newTimes.append(
                    try TerminalLaunch.time(installed, quizArguments, environment: firstTime, until: "answer> "))
            }
            let quizTime = median(quizTimes)
            let floorTime = median(floorTimes)
            let newTime = median(newTimes)
            print(
                String(
                    format: """

                        Start-up at a terminal, to the first question's prompt (median of %d; history of 500 lines, \
                        progress of 400 facts and 4,000 answers, %.1f MiB):
                          quiz as installed %.1f ms; empty static Foundation program %.1f ms; ratio %.2f (target: 2 or less)
                          (a first-time learner, no history or progress: %.1f ms, ratio %.2f)
                        """, runs, journal, quizTime * 1000, floorTime * 1000, quizTime / floorTime, newTime * 1000,
                    newTime / floorTime))
            return nil
        } catch let failure as TerminalLaunch.Failure {
            return "start-up: quiz showed no question: \(failure.description)"
        } catch {
            return "start-up: could not prepare the learner's files: \(error)"
        }
    }

    private static func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
}
