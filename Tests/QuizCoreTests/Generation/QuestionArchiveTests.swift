import Foundation
import TestSupport
import Testing

@testable import QuizCore

/// The quiz cache's bytes: a quiz read back is the quiz written, for the key it was written for
/// and no other, and bytes that are not whole give nothing, never a crash.
@Suite struct QuestionArchiveTests {
    static let banks = ["pakistan-palestine-israel", "black-hole-of-calcutta", "treaty-of-wuchale"]

    static func bank(_ name: String) -> (bytes: [UInt8], record: Record) {
        let url = Repository.url("QuestionBanks/\(name).yaml")
        let bytes = (try? [UInt8](Data(contentsOf: url))) ?? []
        return (bytes, BankLoader.load(bytes, format: .yaml, path: url.path).record!)
    }

    static func key(_ bytes: [UInt8], seed: UInt64? = 7) -> QuestionArchive.Key {
        QuestionArchive.Key(
            program: [1, 2, 3], bank: bytes, count: 10, kinds: [.cloze, .year], topics: ["wars", "1948"], seed: seed)
    }

    /// A question with every field filled, the optional ones too.
    static let full: Question = {
        var question = Question(
            id: "q.full", kind: .numeric, prompt: "How many?", options: ["a", "b"], left: ["x"],
            answer: .number(12.5, tolerance: 0.5, unit: "ships", approximate: true), accepted: ["twelve and a half"],
            explanation: "Because.", source: "src", statementKind: .claim, facts: ["e1", "e2"],
            template: "authored", tags: ["wars"])
        question.notes = ["a": .init(weight: 0.5, feedback: "Close."), "b": .init(weight: nil, feedback: nil)]
        question.patterns = ["twelve*"]
        question.subject = "Jinnah"
        question.rivals = ["Nehru", "Gandhi"]
        question.wrongFeedback = "No."
        question.rightFeedback = "Yes."
        return question
    }()

    /// Every answer form, each with its options.
    static let answers: [(Question.Answer, [String], [String])] = [
        (.option(1), ["a", "b", "c"], []), (.options([0, 2]), ["a", "b", "c"], []),
        (.truth(false), ["True", "False"], []),
        (.text("Jinnah"), [], []), (.number(3, tolerance: nil, unit: nil, approximate: false), [], []),
        (.date(try! HistoricalDate(parsing: "1948-05-14")), [], []),
        (.date(try! HistoricalDate(parsing: "1947/1949~")), [], []), (.order([2, 0, 1]), ["a", "b", "c"], []),
        (.pairs([1, 0]), ["p", "q"], ["x", "y"]), (.blanks([["one", "1"], ["two"]]), [], []),
    ]

    static func variants() -> [Question] {
        answers.map { answer, options, left in
            var question = full
            question.answer = answer
            question.options = options
            question.left = left
            return question
        }
    }

    @Test func everyFieldAndEveryAnswerComesBack() throws {
        let questions = [Self.full] + Self.variants()
        let key = Self.key(Array("bank".utf8))
        let quiz = QuestionArchive.Quiz(seed: 99, title: "A “title” — with ünicode", questions: questions)
        let read = try #require(QuestionArchive.decode(QuestionArchive.encode(quiz, key: key), key: key))
        #expect(read == quiz)
        #expect(read.seed == 99)
        #expect(read.questions == questions)
        // Notes compare as dictionaries: their order in the bytes does not matter, but each is there.
        #expect(read.questions[0].notes["a"]?.feedback == "Close.")
    }

    @Test(arguments: banks)
    func theBanksQuizzesComeBackAsTheyWereMade(_ name: String) throws {
        let (bytes, record) = Self.bank(name)
        var quizzes = [QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)]
        for seed in UInt64(0)..<4 {
            quizzes.append(
                QuestionGenerator(record: record, options: GenerationOptions(count: 10)).questions(seed: seed))
        }
        for (index, questions) in quizzes.enumerated() {
            #expect(!questions.isEmpty)
            let key = Self.key(bytes, seed: UInt64(index))
            let quiz = QuestionArchive.Quiz(seed: UInt64(index), title: record.title, questions: questions)
            #expect(QuestionArchive.decode(QuestionArchive.encode(quiz, key: key), key: key) == quiz)
        }
    }

    /// Any field of the key that differs (another build, a bank changed by a byte, other options
    /// or seed) misses.
    @Test func onlyTheKeyItWasMadeForReadsIt() {
        let bytes = Self.bank("treaty-of-wuchale").bytes
        let key = Self.key(bytes)
        let archive = QuestionArchive.encode(
            QuestionArchive.Quiz(seed: 7, title: "T", questions: Self.variants()), key: key)
        var edited = bytes
        edited[edited.count / 2] ^= 0x20
        var others: [QuestionArchive.Key] = []
        var program = key
        program.program = [1, 2, 4]
        others.append(program)
        others.append(Self.key(edited))
        others.append(Self.key(bytes + [0x0a]))
        others.append(
            QuestionArchive.Key(
                program: [1, 2, 3], bank: bytes, count: 11, kinds: [.cloze, .year], topics: ["wars", "1948"], seed: 7))
        others.append(
            QuestionArchive.Key(
                program: [1, 2, 3], bank: bytes, count: 10, kinds: [.cloze], topics: ["wars", "1948"], seed: 7))
        others.append(
            QuestionArchive.Key(
                program: [1, 2, 3], bank: bytes, count: 10, kinds: [.cloze, .year], topics: [], seed: 7))
        others.append(Self.key(bytes, seed: 8))
        others.append(Self.key(bytes, seed: nil))
        #expect(QuestionArchive.decode(archive, key: key) != nil)
        for other in others {
            #expect(other != key)
            #expect(other.name != key.name, "two keys, one file name")
            #expect(QuestionArchive.decode(archive, key: other) == nil)
        }
        // The order of kinds and topics on the command line is not part of the key.
        let reordered = QuestionArchive.Key(
            program: [1, 2, 3], bank: bytes, count: 10, kinds: [.year, .cloze], topics: ["1948", "wars"], seed: 7)
        #expect(reordered == key)
    }

    /// The bank's hash sees every byte, wherever it is, at every length (the tail shorter than a
    /// word included).
    @Test func theBankHashSeesEveryByte() {
        for length in 0...19 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let hash = QuestionArchive.Key.hash(bytes)
            #expect(QuestionArchive.Key.hash(bytes) == hash)
            #expect(QuestionArchive.Key.hash(bytes + [0]) != hash, "a zero byte added at length \(length)")
            for index in bytes.indices {
                var changed = bytes
                changed[index] ^= 1
                #expect(QuestionArchive.Key.hash(changed) != hash, "byte \(index) of \(length)")
            }
        }
        // A collection that is not contiguous hashes as its bytes do.
        let bytes: [UInt8] = Array("a bank of some length".utf8)
        #expect(QuestionArchive.Key.hash(bytes.lazy.map { $0 }) == QuestionArchive.Key.hash(bytes))
    }

    /// Every cut of an archive, and every byte of it flipped: nothing, or questions that can be
    /// asked, and never a crash.
    @Test func damagedBytesGiveNothingOrAskableQuestions() {
        let key = Self.key(Array("bank".utf8))
        let archive = QuestionArchive.encode(
            QuestionArchive.Quiz(seed: 3, title: "T", questions: [Self.full] + Self.variants()), key: key)
        for length in 0..<archive.count {
            #expect(QuestionArchive.decode(Array(archive[..<length]), key: key) == nil, "cut at \(length)")
        }
        #expect(QuestionArchive.decode(archive + [0], key: key) == nil, "a byte too many")
        for index in archive.indices {
            for flip: UInt8 in [0x01, 0x80, 0xff] {
                var damaged = archive
                damaged[index] ^= flip
                if let read = QuestionArchive.decode(damaged, key: key) {
                    let askable = read.questions.allSatisfy { $0.isAskable }
                    #expect(askable, "flipped byte \(index)")
                }
            }
        }
    }

    /// A quiz of no questions is never one to ask.
    @Test func anEmptyQuizIsRefused() {
        let key = Self.key([])
        let empty = QuestionArchive.Quiz(seed: 1, title: "T", questions: [])
        #expect(QuestionArchive.decode(QuestionArchive.encode(empty, key: key), key: key) == nil)
    }

    /// A question whose answer points past its options is refused, whatever made it.
    @Test(arguments: [
        (Question.Answer.option(3), 3, 0), (.option(-1), 3, 0), (.options([]), 3, 0), (.options([0, 5]), 3, 0),
        (.order([0, 1]), 3, 0), (.order([0, 0, 1]), 3, 0), (.order([0, 1, 3]), 3, 0), (.pairs([0, 1]), 2, 3),
        (.pairs([0, 2]), 2, 2), (.blanks([]), 0, 0),
    ])
    func unaskableQuestionsAreRefused(_ answer: Question.Answer, options: Int, left: Int) {
        var question = Self.full
        question.answer = answer
        question.options = (0..<options).map { "option \($0)" }
        question.left = (0..<left).map { "item \($0)" }
        #expect(!question.isAskable)
        let key = Self.key([])
        let quiz = { (question: Question) in QuestionArchive.Quiz(seed: 1, title: "T", questions: [question]) }
        #expect(QuestionArchive.decode(QuestionArchive.encode(quiz(question), key: key), key: key) == nil)
        // The same question with its answer in range is read.
        var fixed = question
        fixed.answer = .truth(true)
        #expect(QuestionArchive.decode(QuestionArchive.encode(quiz(fixed), key: key), key: key)?.questions == [fixed])
    }
}
