import Foundation
import QuizCore
import QuizTerminal

/// One input the program parses, with what the fuzzer does to it.
///
/// Each target takes arbitrary bytes and must return without crashing. Parsers that accept a
/// record also get it through the question generator and the bank writer, so that whatever an
/// import lets in is exercised downstream too.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case yaml, json, gift, aiken, bsd, csv, timeline, progress, grader, repl, archive

    /// Runs the target on one input.
    public func run(_ bytes: UnsafeRawBufferPointer) {
        let data = Array(bytes.bindMemory(to: UInt8.self))
        switch self {
        case .yaml: bank(BankLoader.load(data, format: .yaml, path: "fuzz.yaml").record)
        case .json: bank(BankLoader.load(data, format: .json, path: "fuzz.json").record)
        case .gift: imported(GIFTFormat.read(text(data), sourceTitle: "fuzz").record)
        case .aiken: imported(AikenFormat.read(text(data), sourceTitle: "fuzz").record)
        case .csv: imported(TableFormat.read(text(data), separator: ",", sourceTitle: "fuzz").record)
        case .timeline: imported(TimelineFormat.read(data, sourceTitle: "fuzz").record)
        case .bsd:
            // The first line is the index line, the rest the data file.
            let whole = text(data)
            let split = whole.firstIndex(of: "\n") ?? whole.endIndex
            let rest = split < whole.endIndex ? whole[whole.index(after: split)...] : ""
            imported(
                BSDQuizFormat.read(String(rest), index: String(whole[..<split]), sourceTitle: "fuzz").record)
        case .progress: Self.progress(data)
        case .grader: grade(data)
        case .repl: repl(text(data))
        case .archive: Self.archive(data)
        }
    }

    /// The key the archive target reads its inputs with: its seed corpus is made for it.
    public static let archiveKey = QuestionArchive.Key(
        program: [], bank: [], count: 10, kinds: [], topics: [], seed: 1)

    /// A quiz cache file, read as quiz reads one; what it holds is asked as a cached quiz is:
    /// shown, answered with each question's own answer, and skipped. Returns how many
    /// questions it held, nil when it was refused.
    @discardableResult
    public static func archive(_ data: [UInt8]) -> Int? {
        guard let quiz = QuestionArchive.decode(data, key: archiveKey) else { return nil }
        var session = Session(bank: "seed", questions: quiz.questions) { Session.Grading(record: Fixture.record) }
        let now = Date(timeIntervalSince1970: 0)
        _ = session.start(now: now)
        for question in quiz.questions {
            _ = session.handle(.answer(question.answerText), now: now)
            _ = session.handle(.skip, now: now)
            if session.isFinished { break }
        }
        _ = session.finish(now: now)
        return quiz.questions.count
    }

    private func text(_ data: [UInt8]) -> String { String(decoding: data, as: UTF8.self) }

    private func bank(_ record: Record?) {
        guard let record else { return }
        generate(record)
    }

    private func imported(_ record: Record) {
        _ = BankWriter.yaml(record)
        generate(record)
    }

    private func generate(_ record: Record) {
        let questions = QuestionGenerator(record: record, options: GenerationOptions(count: 20)).questions(seed: 1)
        _ = GIFTFormat.write(questions)
        let grader = AnswerGrader(record: record)
        for question in questions { _ = grader.grade(question.answerText, for: question) }
    }

    /// The first byte picks the file and the access; the rest is written there and the
    /// progress opened. 0: `progress.json`, read. 1: the history (beside a valid
    /// `progress.json`), read. 2: the history, opened by a writer (which repairs what it finds)
    /// and one answer appended. Returns the attempts read, nil when the files were refused.
    @discardableResult
    public static func progress(_ data: [UInt8]) -> Int? {
        guard let first = data.first else { return nil }
        var template = Array((NSTemporaryDirectory() + "/quiz-fuzz-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { return nil }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = folder + "/progress.json"
        let journal = folder + "/progress.jsonl"
        let contents = Data(data.dropFirst())
        let mode = first % 3
        if mode == 0 {
            _ = FileManager.default.createFile(atPath: base, contents: contents)
        } else {
            _ = FileManager.default.createFile(atPath: base, contents: Data(#"{"schemaVersion":3}"#.utf8))
            _ = FileManager.default.createFile(atPath: journal, contents: contents)
        }
        guard mode == 2 else { return (try? ProgressFile(path: base))?.attempts.count }
        guard let file = try? ProgressFile.open(path: base, access: .write, compactionBytes: 256) else { return nil }
        let attempt = Attempt(
            questionID: "q", facts: ["f"], bank: "b", kind: .trueFalse, answer: "t", expected: "True",
            outcome: .correct,
            miss: nil, feedback: "", credit: 1, hints: 0, responseSeconds: 1, time: Date(timeIntervalSince1970: 0))
        _ = try? file.append(attempt)
        return (try? ProgressFile(path: base))?.attempts.count
    }

    /// The first byte picks a question of the seed bank; the rest is graded as its answer.
    private func grade(_ data: [UInt8]) {
        guard let first = data.first else { return }
        let question = Fixture.questions[Int(first) % Fixture.questions.count]
        _ = Fixture.grader.grade(text(Array(data.dropFirst())), for: question)
    }

    /// Feeds each line to a session, as the REPL does.
    private func repl(_ input: String) {
        var session = Session(bank: "seed", record: Fixture.record, questions: Fixture.questions)
        let now = Date(timeIntervalSince1970: 0)
        _ = session.start(now: now)
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            _ = session.handle(Command(line: String(line)), now: now)
            if session.isFinished { break }
        }
        _ = session.finish(now: now)
    }
}

/// What the targets share: the seed bank and its questions.
enum Fixture {
    static let record: Record = {
        let path =
            ProcessInfo.processInfo.environment["QUIZ_FUZZ_BANK"] ?? "QuestionBanks/pakistan-palestine-israel.yaml"
        guard let record = BankFile.load(path: path).record else { fatalError("\(path): cannot load the fuzzing bank") }
        return record
    }()

    static let questions: [Question] =
        QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 7)

    static let grader = AnswerGrader(record: record)

}
