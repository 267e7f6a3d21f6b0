import Foundation
import QuizCore

/// Start-up at a terminal: `quiz take` on the bundled seed bank, spawned at a pseudo-terminal
/// with a full readline history and a progress file of 400 facts and 4,000 answers, timed until
/// the first question's answer prompt; against the floor program, timed until it exits.
///
/// A learner who takes a quiz again finds it made already (the quiz cache); the first time, it
/// is made as quiz starts. Both are measured: the same quiz with its cache in place, and with its
/// cache emptied before each launch. So is a first-time learner, with nothing on disk. The kinds
/// of launch take turns, so that a busy spell on the machine falls on all of them.
enum StartupBench {
    /// Prints the figures; returns what went wrong instead, when they could not be measured.
    static func report(installed: String, floor: String, folder: String, runs: Int) -> String? {
        let files = FileManager.default
        // Absolute: XDG folders given as relative paths are ignored, as the specification says.
        let folder = folder.hasPrefix("/") ? folder : files.currentDirectoryPath + "/" + folder
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
            // The same learner, whose cache is emptied before each launch.
            var uncached = environment
            uncached["XDG_CACHE_HOME"] = folder + "/uncached"
            // A first-time learner: no history, no progress, no cache.
            var firstTime = environment
            firstTime["XDG_STATE_HOME"] = folder + "/new/state"
            firstTime["XDG_DATA_HOME"] = folder + "/new/data"
            firstTime["XDG_CACHE_HOME"] = folder + "/new/cache"
            // The quiz, made once before: as a learner who took it before finds it.
            _ = try TerminalLaunch.time(installed, quizArguments, environment: environment, until: "answer> ")
            var times: [String: [Double]] = [:]
            for _ in 0..<runs {
                times["cached", default: []].append(
                    try TerminalLaunch.time(installed, quizArguments, environment: environment, until: "answer> "))
                times["floor", default: []].append(
                    try TerminalLaunch.time(floor, [], environment: environment, until: nil))
                try? files.removeItem(atPath: folder + "/uncached")
                times["uncached", default: []].append(
                    try TerminalLaunch.time(installed, quizArguments, environment: uncached, until: "answer> "))
                try? files.removeItem(atPath: folder + "/new")
                times["new", default: []].append(
                    try TerminalLaunch.time(installed, quizArguments, environment: firstTime, until: "answer> "))
            }
            let floorTime = median(times["floor"]!)
            func figure(_ name: String) -> String {
                let time = median(times[name]!)
                return String(format: "%.1f ms, ratio %.2f", time * 1000, time / floorTime)
            }
            print(
                String(
                    format: """

                        Start-up at a terminal, to the first question's prompt (median of %d; history of 500 lines, \
                        progress of 400 facts and 4,000 answers, %.1f MiB); the empty static Foundation program: %.1f ms
                          quiz as installed, the quiz made before (cached): %@ (target: 2 or less)
                          the same quiz made as it starts (cache emptied first): %@
                          a first-time learner (no history, progress or cache): %@
                        """, runs, journal, floorTime * 1000, figure("cached"), figure("uncached"), figure("new")))
            return nil
        } catch let failure as TerminalLaunch.Failure {
            return "start-up: quiz showed no question: \(failure.description)"
        } catch {
            return "start-up: could not prepare the learner's files: \(error)"
        }
    }

    private static func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
}
