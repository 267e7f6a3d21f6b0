import Foundation
import QuizCore
import QuizTerminal

/// What a learner who has used quiz for a while has on disk: a full readline history and a
/// progress file of `facts` facts and `attempts` answers over a few months, in the program's
/// own format (a `progress.json` and its `progress.jsonl` history, as `ProgressFile` writes them:
/// written in the older form, then brought to this version's, as the learner's first quiz does).
enum LearnerState {
    /// Writes `<home>/state/quiz/history` and `<home>/data/quiz/progress.json(l)`; returns the
    /// environment that makes quiz use them.
    static func write(
        home: String, seedBank: Record, bankName: String, facts: Int, attempts: Int
    ) throws -> [String: String] {
        let state = home + "/state/quiz"
        let data = home + "/data/quiz"
        for folder in [state, data] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try history().write(toFile: state + "/history", atomically: true, encoding: .utf8)
        try progress(seedBank: seedBank, bankName: bankName, facts: facts, attempts: attempts, into: data)
        return [
            "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_DATA_HOME": home + "/data",
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
        ]
    }

    /// 500 lines, readline's limit in quiz: answers and commands as a learner types them.
    private static func history() -> String {
        let typed = [
            "1948", "Jinnah", ":hint", "true", "false", "a c", "1a 2b", "Liaquat Ali Khan", ":skip", "b", "1967",
            "the PLO", ":why", "c", "Musharraf", "1947-1949", "Oslo", ":stats", "d", "Zia-ul-Haq",
        ]
        return (0..<500).map { typed[($0 * 7) % typed.count] + ($0 % 3 == 0 ? "" : " ") }.joined(separator: "\n")
            + "\n"
    }

    private static func progress(
        seedBank: Record, bankName: String, facts factCount: Int, attempts attemptCount: Int, into folder: String
    ) throws {
        // The seed bank's own questions and facts first, then other banks' facts up to `factCount`.
        let questions = QuestionGenerator(record: seedBank, options: GenerationOptions(count: nil)).questions(seed: 1)
        var items = questions.map { (bank: bankName, id: $0.id, facts: $0.facts, kind: $0.kind) }
        let seedFacts = Set(questions.flatMap(\.facts)).count
        for index in 0..<max(0, factCount - seedFacts) {
            let bank = ["cold-war", "decolonisation", "ottoman-empire"][index % 3]
            items.append((bank: bank, id: "g.event-year.e\(index)", facts: ["e\(index)"], kind: Question.Kind.year))
        }
        var progress = LearnerProgress()
        let scheduler = FSRS()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var journal = Data()
        var random = SeededRandom(seed: 7)
        var time = Date(timeIntervalSince1970: 1_735_000_000)  // about three months of sessions
        for index in 0..<attemptCount {
            time = time.addingTimeInterval(index % 20 == 19 ? 86_400 * 2 : Double(20 + random.next() % 40))
            let item = items[index % items.count]
            let right = random.next() % 4 != 0
            let attempt = Attempt(
                questionID: item.id, facts: item.facts, bank: item.bank, kind: item.kind,
                answer: right ? "1948" : "1950", expected: "1948", outcome: right ? .correct : .incorrect, miss: nil,
                feedback: right ? "Correct." : "Not quite: the answer is 1948.", credit: right ? 1 : 0,
                hints: Int(random.next() % 4 == 0 ? 1 : 0), responseSeconds: Double(3 + random.next() % 20), time: time,
                tags: ["history"])
            let memory = progress.record(attempt, scheduler: scheduler)
            journal.append(try encoder.encode(LearnerProgress.JournalEntry(attempt: attempt, memory: memory)))
            journal.append(UInt8(ascii: "\n"))
        }
        let base = JSONEncoder()
        base.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        base.dateEncodingStrategy = .iso8601
        try base.encode(LearnerProgress()).write(to: URL(fileURLWithPath: folder + "/progress.json"))
        try journal.write(to: URL(fileURLWithPath: folder + "/progress.jsonl"))
        _ = try ProgressFile.open(path: folder + "/progress.json", access: .write, attempts: false)
    }
}
