/// A quiz's questions as bytes, and back: what the quiz cache keeps, so that a quiz asked again
/// (the same bank, options and seed) starts without generating and judging it anew.
///
/// The bytes begin with the key they were made for; `decode` returns the questions only for
/// bytes that are whole, carry that key and hold questions that can be asked (every index in
/// range). Anything else gives `nil`, never a crash: a cache file is read like any other file.
public enum QuestionArchive {
    /// What a quiz was made from: everything its questions depend on.
    public struct Key: Sendable, Hashable {
        /// The program that made it (its file's identity): another build may generate otherwise.
        public var program: [UInt8]
        /// The bank's bytes, hashed, and their count.
        public var bankHash: UInt64
        public var bankSize: Int
        /// The options.
        public var count: Int
        public var kinds: [Question.Kind]
        public var topics: [String]
        /// The seed, or `nil` for a quiz prepared for the next run without `--seed` (the archive
        /// then holds the seed it was made with).
        public var seed: UInt64?

        /// Creates a key; kinds and topics are kept sorted, so their order on the command line
        /// does not matter.
        public init(
            program: [UInt8], bank: some Collection<UInt8>, count: Int, kinds: Set<Question.Kind>,
            topics: Set<String>, seed: UInt64?
        ) {
            self.program = program
            bankHash = Self.hash(bank)
            bankSize = bank.count
            self.count = count
            self.kinds = kinds.sorted { $0.rawValue < $1.rawValue }
            self.topics = topics.sorted()
            self.seed = seed
        }

        /// A 64-bit hash of `bytes`, eight at a time (FNV-1a's constants, with a rotation so that
        /// every bit of a word reaches the high bits): stable across runs and builds, unlike
        /// `Hasher`, and quick on a bank of some tens of kilobytes.
        static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
            let prime: UInt64 = 0x0000_0100_0000_01b3
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
            func mix(_ word: UInt64) {
                hash = (hash ^ word) &* prime
                hash = (hash << 29) | (hash >> 35)
            }
            let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
                let raw = UnsafeRawBufferPointer(buffer)
                var offset = 0
                while offset + 8 <= raw.count {
                    mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                    offset += 8
                }
                var last: UInt64 = 0
                for (shift, byte) in raw[offset...].enumerated() { last |= UInt64(byte) << (8 * shift) }
                mix(last)
                return true
            }
            if done == nil { return Self.hash(Array(bytes)) }
            return hash &* prime
        }

        /// A short name for the key, for a file name: the same key always gives the same name.
        public var name: String {
            var writer = Writer()
            write(to: &writer)
            let digits = String(Self.hash(writer.bytes), radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }

        func write(to writer: inout Writer) {
            writer.bytes(program)
            writer.integer(bankHash)
            writer.integer(UInt64(bankSize))
            writer.integer(UInt64(count))
            writer.strings(kinds.map(\.rawValue))
            writer.strings(topics)
            writer.optional(seed) { $0.integer($1) }
        }
    }

    /// A quiz as it is kept: enough to show it before its bank is read again.
    public struct Quiz: Sendable, Hashable {
        /// The seed that made it.
        public var seed: UInt64
        /// The bank's title, which heads the quiz.
        public var title: String
        /// The questions, in the order asked.
        public var questions: [Question]

        /// Creates a quiz.
        public init(seed: UInt64, title: String, questions: [Question]) {
            self.seed = seed
            self.title = title
            self.questions = questions
        }
    }

    /// The first bytes of every archive, with the format's version.
    static let magic: [UInt8] = Array("quiz-archive-1\n".utf8)

    /// The bytes for `quiz`, made for `key`.
    public static func encode(_ quiz: Quiz, key: Key) -> [UInt8] {
        var writer = Writer()
        writer.raw(magic)
        key.write(to: &writer)
        writer.integer(quiz.seed)
        writer.string(quiz.title)
        writer.integer(UInt64(quiz.questions.count))
        for question in quiz.questions { writer.question(question) }
        return writer.bytes
    }

    /// The quiz, when `bytes` are an archive made for `key`, whole and well formed, of at least
    /// one question; otherwise `nil`.
    public static func decode(_ bytes: [UInt8], key: Key) -> Quiz? {
        var expected = Writer()
        expected.raw(magic)
        key.write(to: &expected)
        guard bytes.count > expected.bytes.count, bytes.starts(with: expected.bytes) else { return nil }
        var reader = Reader(bytes: bytes, offset: expected.bytes.count)
        guard let seed = reader.integer(), let title = reader.string(), let count = reader.count(each: 8), count > 0
        else { return nil }
        var questions: [Question] = []
        questions.reserveCapacity(count)
        for _ in 0..<count {
            guard let question = reader.question(), question.isAskable else { return nil }
            questions.append(question)
        }
        guard reader.isAtEnd else { return nil }
        return Quiz(seed: seed, title: title, questions: questions)
    }
}

extension Question {
    /// Whether every index the answer holds points at an option (or, for matching, every item
    /// has a partner): a question that can be shown and graded without going out of bounds.
    var isAskable: Bool {
        let range = options.indices
        switch answer {
        case .option(let index): return range.contains(index)
        case .options(let indices): return !indices.isEmpty && indices.allSatisfy(range.contains)
        case .order(let indices):
            return indices.count == options.count && Set(indices).count == indices.count
                && indices.allSatisfy(range.contains)
        case .pairs(let partners): return partners.count == left.count && partners.allSatisfy(range.contains)
        case .blanks(let blanks): return !blanks.isEmpty
        case .truth, .text, .number, .date: return true
        }
    }
}

extension QuestionArchive {
    /// Appends values as bytes: integers little-endian, texts and lists with their length first.
    struct Writer {
        private(set) var bytes: [UInt8] = []

        mutating func raw(_ more: [UInt8]) { bytes += more }

        mutating func integer(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
        }

        mutating func signed(_ value: Int) { integer(UInt64(bitPattern: Int64(value))) }

        mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

        mutating func bytes(_ value: [UInt8]) {
            integer(UInt64(value.count))
            bytes += value
        }

        mutating func string(_ value: String) { bytes(Array(value.utf8)) }

        mutating func strings(_ values: [String]) {
            integer(UInt64(values.count))
            for value in values { string(value) }
        }

        mutating func integers(_ values: [Int]) {
            integer(UInt64(values.count))
            for value in values { signed(value) }
        }

        mutating func double(_ value: Double) { integer(value.bitPattern) }

        mutating func optional<Value>(_ value: Value?, _ write: (inout Writer, Value) -> Void) {
            bool(value != nil)
            if let value { write(&self, value) }
        }

        mutating func question(_ question: Question) {
            string(question.id)
            string(question.kind.rawValue)
            string(question.prompt)
            strings(question.options)
            strings(question.left)
            answer(question.answer)
            strings(question.accepted)
            string(question.explanation)
            optional(question.source) { $0.string($1) }
            string(question.statementKind.rawValue)
            strings(question.facts)
            string(question.template)
            strings(question.tags)
            let notes = question.notes.sorted { $0.key < $1.key }
            integer(UInt64(notes.count))
            for (key, note) in notes {
                string(key)
                optional(note.weight) { $0.double($1) }
                optional(note.feedback) { $0.string($1) }
            }
            strings(question.patterns)
            optional(question.subject) { $0.string($1) }
            strings(question.rivals)
            optional(question.wrongFeedback) { $0.string($1) }
            optional(question.rightFeedback) { $0.string($1) }
        }

        mutating func answer(_ answer: Question.Answer) {
            switch answer {
            case .option(let index):
                bytes.append(0)
                signed(index)
            case .options(let indices):
                bytes.append(1)
                integers(indices)
            case .truth(let value):
                bytes.append(2)
                bool(value)
            case .text(let text):
                bytes.append(3)
                string(text)
            case .number(let value, let tolerance, let unit, let approximate):
                bytes.append(4)
                double(value)
                optional(tolerance) { $0.double($1) }
                optional(unit) { $0.string($1) }
                bool(approximate)
            case .date(let date):
                // Every date is made by parsing its text, so its text makes it again.
                bytes.append(5)
                string(date.text)
            case .order(let indices):
                bytes.append(6)
                integers(indices)
            case .pairs(let partners):
                bytes.append(7)
                integers(partners)
            case .blanks(let blanks):
                bytes.append(8)
                integer(UInt64(blanks.count))
                for accepted in blanks { strings(accepted) }
            }
        }
    }

    /// Reads what `Writer` wrote; every read gives `nil` past the end or on a value out of range.
    struct Reader {
        let bytes: [UInt8]
        var offset: Int

        var isAtEnd: Bool { offset == bytes.count }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            offset += 1
            return bytes[offset - 1]
        }

        mutating func integer() -> UInt64? {
            guard bytes.count - offset >= 8 else { return nil }
            var value: UInt64 = 0
            for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * index) }
            offset += 8
            return value
        }

        mutating func signed() -> Int? { integer().map { Int(Int64(bitPattern: $0)) } }

        /// A count of things each at least `each` bytes long: no more than the bytes left could hold.
        mutating func count(each: Int) -> Int? {
            guard let value = integer(), value <= UInt64(bytes.count - offset) / UInt64(each) else { return nil }
            return Int(value)
        }

        mutating func bool() -> Bool? {
            switch byte() {
            case 0: return false
            case 1: return true
            default: return nil
            }
        }

        mutating func string() -> String? {
            guard let length = count(each: 1) else { return nil }
            let text = String(validating: bytes[offset..<offset + length], as: UTF8.self)
            offset += length
            return text
        }

        /// A list, each item read by `read` and at least eight bytes long (its length or value).
        mutating func list<Value>(_ read: (inout Reader) -> Value?) -> [Value]? {
            guard let count = count(each: 8) else { return nil }
            var values: [Value] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = read(&self) else { return nil }
                values.append(value)
            }
            return values
        }

        mutating func strings() -> [String]? { list { $0.string() } }

        mutating func integers() -> [Int]? { list { $0.signed() } }

        mutating func double() -> Double? { integer().map(Double.init(bitPattern:)) }

        /// An optional: `.some(nil)` when absent, `nil` when unreadable.
        mutating func optional<Value>(_ read: (inout Reader) -> Value?) -> Value?? {
            guard let present = bool() else { return nil }
            guard present else { return .some(nil) }
            guard let value = read(&self) else { return nil }
            return .some(value)
        }

        mutating func question() -> Question? {
            guard let id = string(), let kind = string().flatMap(Question.Kind.init(rawValue:)),
                let prompt = string(), let options = strings(), let left = strings(), let answer = answer(),
                let accepted = strings(), let explanation = string(), let source = optional({ $0.string() }),
                let statementKind = string().flatMap(Statement.Kind.init(rawValue:)), let facts = strings(),
                let template = string(), let tags = strings(), let noteCount = count(each: 10)
            else { return nil }
            var notes: [String: AuthoredQuestion.Note] = [:]
            for _ in 0..<noteCount {
                guard let key = string(), let weight = optional({ $0.double() }),
                    let feedback = optional({ $0.string() })
                else { return nil }
                notes[key] = AuthoredQuestion.Note(weight: weight, feedback: feedback)
            }
            guard notes.count == noteCount, let patterns = strings(), let subject = optional({ $0.string() }),
                let rivals = strings(), let wrongFeedback = optional({ $0.string() }),
                let rightFeedback = optional({ $0.string() })
            else { return nil }
            var question = Question(
                id: id, kind: kind, prompt: prompt, options: options, left: left, answer: answer, accepted: accepted,
                explanation: explanation, source: source, statementKind: statementKind, facts: facts,
                template: template, tags: tags)
            question.notes = notes
            question.patterns = patterns
            question.subject = subject
            question.rivals = rivals
            question.wrongFeedback = wrongFeedback
            question.rightFeedback = rightFeedback
            return question
        }

        mutating func answer() -> Question.Answer? {
            switch byte() {
            case 0: return signed().map { .option($0) }
            case 1: return integers().map { .options($0) }
            case 2: return bool().map { .truth($0) }
            case 3: return string().map { .text($0) }
            case 4:
                guard let value = double(), let tolerance = optional({ $0.double() }),
                    let unit = optional({ $0.string() }), let approximate = bool()
                else { return nil }
                return .number(value, tolerance: tolerance, unit: unit, approximate: approximate)
            case 5: return string().flatMap { try? HistoricalDate(parsing: $0) }.map { .date($0) }
            case 6: return integers().map { .order($0) }
            case 7: return integers().map { .pairs($0) }
            case 8: return list { $0.strings() }.map { .blanks($0) }
            default: return nil
            }
        }
    }
}
