// Benchmarks: `make bench`.
//
// Generates a synthetic record (100,000 events, 20,000 entities by default) as YAML and as JSON,
// then loads each in a child process, so that every measurement gets its own peak memory figure.
// When python3 is present it times Python's json.load and PyYAML's C loader on the same files,
// side by side. Then the binary as `make install` ships it: its size, and its start-up at a
// terminal against an empty static Swift program; saving answers on a disk; generating; grading.
// Usage: QuizBench [--events N] [--entities N] [--runs N] [--keep DIR] [--installed QUIZ]
//                  [--floor PROGRAM]
//        QuizBench load FILE   (one measurement, used by the parent)
//        QuizBench grade       (the grading figures alone)
//        QuizBench startup [RUNS]   (the start-up figures alone, after a 'make bench')
//        QuizBench progress-file PATH   (writes the persistence benchmark's progress file)
// Exits non-zero when a measurement could not be made (a start-up that shows no question).
import Foundation
import QuizCore
import QuizTerminal

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "load", arguments.count == 2 {
    let path = arguments[1]
    let clock = ContinuousClock()
    let start = clock.now
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
        exit(1)
    }
    let limits = BankLimits(maxBytes: 1 << 30)
    let bank = BankLoader.load(data, format: BankFormat(fileName: path) ?? .yaml, path: path, limits: limits)
    let elapsed = clock.now - start
    guard let record = bank.record else {
        for diagnostic in bank.diagnostics.prefix(5) { print(diagnostic) }
        exit(1)
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(seconds(elapsed), usage.ru_maxrss, record.events.count, record.entities.count)
    exit(0)
}

// A progress file of 10,000 facts and 100,000 attempts at PATH, as the persistence benchmark
// measures it, for profiling `quiz stats --progress PATH` and the like.
if arguments.first == "progress-file", arguments.count == 2 {
    _ = try PersistenceBench.prepare(path: arguments[1], tail: 1_000)
    exit(0)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

// One generation measurement: load (untimed), then select and generate a quiz, best of `runs`.
if arguments.first == "generate", arguments.count >= 3, let count = Int(arguments[2]) {
    let path = arguments[1]
    let data = FileManager.default.contents(atPath: path) ?? Data()
    let bank = BankLoader.load(
        data, format: BankFormat(fileName: path) ?? .yaml, path: path, limits: BankLimits(maxBytes: 1 << 30))
    guard let record = bank.record else { exit(1) }
    let clock = ContinuousClock()
    var best = Double.infinity
    var produced = 0
    if arguments.count > 3 {  // a breakdown, for profiling: preparing the generator alone
        var prepare = Double.infinity
        for _ in 0..<5 {
            let start = clock.now
            let generator = QuestionGenerator(record: record, options: GenerationOptions(count: count))
            prepare = min(prepare, seconds(clock.now - start))
            _ = generator
        }
        print("prepare", prepare)
    }
    for run in 0..<5 {
        let start = clock.now
        let questions = QuestionGenerator(record: record, options: GenerationOptions(count: count)).questions(
            seed: UInt64(run))
        best = min(best, seconds(clock.now - start))
        produced = questions.count
    }
    print(best, produced)
    exit(0)
}

// Start-up alone (`QuizBench startup [RUNS]`), for working on it: the installed binary and the
// floor as `make bench` leaves them.
if arguments.first == "startup" {
    let runs = arguments.count > 1 ? Int(arguments[1]) ?? 21 : 21
    let folder = DiskFolder.pick([".build/bench/disk"])?.path ?? NSTemporaryDirectory()
    let problem = StartupBench.report(
        installed: ".build/bench/install/usr/local/bin/quiz", floor: ".build/bench/empty-foundation-static",
        folder: folder + "/startup-\(getpid())", runs: runs)
    if let problem { print("FAIL: \(problem)") }
    exit(problem == nil ? 0 : 1)
}

// Grading alone (`QuizBench grade`), for profiling.
if arguments.first == "grade" {
    GradingBench.report()
    exit(0)
}

func textOption(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let number = Int(arguments[index + 1])
    else { return value }
    return number
}

let eventCount = option("--events", default: 100_000)
let entityCount = option("--entities", default: 20_000)
let runs = option("--runs", default: 3)
let folder: String = {
    if let index = arguments.firstIndex(of: "--keep"), index + 1 < arguments.count { return arguments[index + 1] }
    return NSTemporaryDirectory() + "quiz-bench-\(getpid())"
}()
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

print("Generating a record of \(eventCount) events and \(entityCount) entities…")
let record = SyntheticRecord(events: eventCount, entities: entityCount)
let yamlPath = folder + "/synthetic.yaml"
let jsonPath = folder + "/synthetic.json"
try Data(record.yaml().utf8).write(to: URL(fileURLWithPath: yamlPath))
try Data(record.json().utf8).write(to: URL(fileURLWithPath: jsonPath))

struct Measurement {
    var seconds: Double
    var peakMiB: Double
}

/// Runs a command `runs` times; returns the fastest run and the largest peak memory.
func measure(_ executable: String, _ arguments: [String]) -> Measurement? {
    var best: Measurement?
    for _ in 0..<runs {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = output.split(whereSeparator: \.isWhitespace)
        guard process.terminationStatus == 0, fields.count >= 2, let seconds = Double(fields[0]),
            let kilobytes = Double(fields[1])
        else {
            print("  (\(executable) failed: \(output.prefix(300)))")
            return nil
        }
        let run = Measurement(seconds: seconds, peakMiB: kilobytes / 1024)
        best = Measurement(
            seconds: min(best?.seconds ?? .infinity, run.seconds), peakMiB: max(best?.peakMiB ?? 0, run.peakMiB))
    }
    return best
}

let pythonScript = """
    import json, resource, sys, time
    path, kind = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    with open(path, 'rb') as f:
        if kind == 'json':
            json.load(f)
        else:
            import yaml
            yaml.load(f, Loader=yaml.CSafeLoader)
    print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
let python =
    ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }
    .first { FileManager.default.isExecutableFile(atPath: $0) }

let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
func size(_ path: String) -> String {
    let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return String(format: "%.1f MiB", Double(bytes) / 1_048_576)
}
print("Files: YAML \(size(yamlPath)), JSON \(size(jsonPath)); best of \(runs) runs, each in a fresh process.\n")
print("format  what                                     time (s)   peak memory (MiB)")
for (format, path) in [("JSON", jsonPath), ("YAML", yamlPath)] {
    let ours = measure(me, ["load", path])
    if let ours {
        print(
            String(
                format: "%@    quiz: read, parse, validate           %8.3f   %8.1f", format, ours.seconds, ours.peakMiB)
        )
    }
    guard let python else { continue }
    let theirs = measure(python, ["-c", pythonScript, path, format.lowercased()])
    let label = format == "JSON" ? "python json.load (parse only)      " : "PyYAML CSafeLoader (parse only)    "
    if let theirs {
        print(String(format: "%@    %@   %8.3f   %8.1f", format, label, theirs.seconds, theirs.peakMiB))
        if let ours {
            print(String(format: "        ratio quiz/python: %.2f", ours.seconds / theirs.seconds))
        }
    }
}

// What could not be measured: reported again at the end, and the exit status is 1.
var failures: [String] = []
@MainActor func fail(_ message: String) {
    print("\nFAIL: \(message)")
    failures.append(message)
}

// Saving and start-up are measured on a disk, not in a RAM file system where fsync is free.
let disk = DiskFolder.pick([".build/bench/disk", "/var/tmp/quiz-bench-\(getpid())"])
if disk == nil { fail("no disk-backed folder found (.build/bench and /var/tmp are in memory)") }
let diskFolder = disk.map { $0.path + "/run-\(getpid())" } ?? folder
try FileManager.default.createDirectory(atPath: diskFolder, withIntermediateDirectories: true)

// The binary as `make install` ships it (installed by `make bench` under .build/bench/install),
// and the honest floor: an empty statically linked Swift program that imports Foundation.
let installed = textOption("--installed") ?? ".build/bench/install/usr/local/bin/quiz"
let floorProgram = textOption("--floor") ?? ".build/bench/empty-foundation-static"
func mebibytes(_ path: String) -> Double? {
    guard let bytes = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
    return Double(bytes) / 1_048_576
}
if let quizSize = mebibytes(installed), let floorSize = mebibytes(floorProgram) {
    print(
        String(
            format: "\nBinary size, stripped: quiz as installed %.1f MiB; an empty static Foundation program %.1f MiB",
            quizSize, floorSize))
} else {
    fail("no installed quiz at \(installed) or no \(floorProgram): run 'make bench'")
}

// Start-up: `quiz take` on the bundled seed bank at a pseudo-terminal, against the floor.
if let problem = StartupBench.report(installed: installed, floor: floorProgram, folder: diskFolder, runs: 21) {
    fail(problem)
}

// Persisting, on the disk folder: a progress file of 10,000 facts and 100,000 attempts, as a
// learner who has used quiz for years has it (the history folded into a checkpoint, with half
// the compaction bound of answers since); opening it for a quiz, saving one answer, and
// `quiz stats` end to end (the installed binary, which reads every attempt).
do {
    let persistence = try PersistenceBench.run(folder: diskFolder, installed: installed)
    print(
        String(
            format: """

                Progress file of 10,000 facts and 100,000 attempts (history %.1f MiB, %d answers since its \
                checkpoint), on %@ (%@):
                  opening it for a quiz %.1f ms (median of 5; target under 100)
                  saving one answer %.1f ms (median of 15; target under 10)
                  quiz stats --json end to end %.1f ms (median of 5; target under 300)
                  (opening it with every attempt, as review and export do: %.1f ms; bringing it from the older \
                format, once: %.2f s)
                """, persistence.historyMiB, persistence.tail, disk?.fileSystem ?? "the temporary folder",
            disk?.path ?? folder, persistence.open * 1000, persistence.save * 1000, persistence.stats * 1000,
            persistence.openEverything * 1000, persistence.migration))
} catch {
    fail("persistence: \(error)")
}

// Grading throughput: the seed bank, and records of 200 and 20,000 entities (see GradingBench).
GradingBench.report()

// Selecting and generating a quiz, after loading.
for count in [1_000] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: me)
    process.arguments = ["generate", jsonPath, String(count)]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(whereSeparator: \.isWhitespace)
    if fields.count == 2, let time = Double(fields[0]) {
        print(
            String(
                format: "\nGenerating a %@-question quiz from the loaded record: %.1f ms (best of 5, %@ questions)",
                String(count), time * 1000, String(fields[1])))
    } else {
        print("\nGeneration benchmark failed: \(output)")
    }
}
if !arguments.contains("--keep") {
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.removeItem(atPath: diskFolder)
}
if !failures.isEmpty {
    print("\nFAIL: \(failures.count) measurement\(failures.count == 1 ? "" : "s") could not be made:")
    for failure in failures { print("  - \(failure)") }
    exit(1)
}
