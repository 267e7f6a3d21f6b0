import Foundation
import QuizCore
import QuizTerminal

/// Saving and opening a large progress file, on a disk.
enum PersistenceBench {
    struct Figures {
        var historyMiB: Double
        var tail: Int
        var open: Double
        var openEverything: Double
        var save: Double
        var stats: Double
        var migration: Double
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let facts = 10_000
    static let attempts = 100_000

    static func attempt(_ index: Int, at time: Date) -> Attempt {
        Attempt(
            questionID: "g.event-true.e\(index % facts)", facts: ["e\(index % facts)"], bank: "bench", kind: .trueFalse,
            answer: "true", expected: "True", outcome: index % 4 == 0 ? .incorrect : .correct, miss: nil,
            feedback: "Correct.", credit: index % 4 == 0 ? 0 : 1, hints: 0, responseSeconds: 4, time: time,
            tags: ["bench"], id: String(format: "%032x", index))
    }

    /// Writes the history in the older form (no header), brings it to this version's form as
    /// the first quiz would, then appends `tail` more lines past the checkpoint.
    static func prepare(path: String, tail: Int) throws -> (time: Date, migration: Double) {
        var progress = LearnerProgress()
        let scheduler = FSRS()
        var time = Date(timeIntervalSince1970: 1_700_000_000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        func lines(_ range: Range<Int>) throws -> Data {
            var data = Data()
            for index in range {
                time = time.addingTimeInterval(60)
                let attempt = attempt(index, at: time)
                let memory = progress.record(attempt, scheduler: scheduler)
                data.append(try encoder.encode(LearnerProgress.JournalEntry(attempt: attempt, memory: memory)))
                data.append(UInt8(ascii: "\n"))
            }
            return data
        }
        try encoder.encode(LearnerProgress()).write(to: URL(fileURLWithPath: path))
        try lines(0..<(attempts - tail)).write(to: URL(fileURLWithPath: path + "l"))
        let clock = ContinuousClock()
        let start = clock.now
        _ = try ProgressFile.open(path: path, access: .write, attempts: false)
        let migration = seconds(clock.now - start)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "l"))
        try handle.seekToEnd()
        try handle.write(contentsOf: try lines((attempts - tail)..<attempts))
        try handle.close()
        return (time, migration)
    }

    static func run(folder: String, installed: String) throws -> Figures {
        let path = folder + "/big-progress.json"
        let tail = 1_000  // about half the compaction bound of 1 MiB
        var (time, migration) = try prepare(path: path, tail: tail)
        let size = (try FileManager.default.attributesOfItem(atPath: path + "l")[.size] as? Int) ?? 0
        let clock = ContinuousClock()
        func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
            var times: [Double] = []
            for _ in 0..<runs {
                let start = clock.now
                try body()
                times.append(seconds(clock.now - start))
            }
            return times.sorted()[runs / 2]
        }
        var file: ProgressFile?
        let open = try median(5) { file = try ProgressFile.open(path: path, access: .write, attempts: false) }
        let openEverything = try median(5) { _ = try ProgressFile.open(path: path, access: .read, attempts: true) }
        guard let file, file.progress.memory.count == facts else {
            throw Failure(
                description: "the progress opened with \(file?.progress.memory.count ?? 0) facts, not \(facts)")
        }
        var index = attempts
        let save = try median(15) {
            time = time.addingTimeInterval(60)
            try file.append(attempt(index, at: time))
            index += 1
        }
        var statsFailure: String?
        let stats = median(5) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: installed)
            process.arguments = ["stats", "--json", "--progress", path]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            do { try process.run() } catch { statsFailure = "\(error)" }
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationStatus != 0 { statsFailure = String(decoding: message, as: UTF8.self) }
        }
        if let statsFailure { throw Failure(description: "quiz stats failed: \(statsFailure)") }
        return Figures(
            historyMiB: Double(size) / 1_048_576, tail: tail, open: open, openEverything: openEverything, save: save,
            stats: stats, migration: migration)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
