import FoundationEssentials

/// A fast reader for the lines of the progress history in the exact form `JSONEncoder` writes
/// them (sorted keys, no spaces, no escapes in strings, whole-second ISO 8601 dates).
///
/// `JSONDecoder` spends about 20 µs on a line, which at a few thousand answers is most of the
/// time quiz takes to show its first question. This reader does the same work in a fraction of
/// that; for any line not in that form (an escape, a key it does not know, a `null`, a space) it
/// gives up, and the caller decodes the line with `JSONDecoder` as before, so what is read never
/// depends on which of the two read it.
package enum JournalLine {
    /// The entry on `line`, or nil when the line is not in the form this reader knows.
    /// With `memory` false, the entry's memory is skipped, not read, and left empty.
    package static func decode(_ line: UnsafeRawBufferPointer, memory: Bool = true) -> LearnerProgress.JournalEntry? {
        var reader = Reader(bytes: line)
        guard let entry = reader.entry(memory: memory), reader.offset == line.count else { return nil }
        return entry
    }

    /// The history's header line, or nil when the line is not in the form this reader knows.
    package static func decodeHeader(_ line: UnsafeRawBufferPointer) -> JournalHeader? {
        var reader = Reader(bytes: line)
        var generation: String?
        var memory: [String: LearnerProgress.FactMemory]?
        let read = reader.object { reader, key in
            switch key {
            case "generation" where generation == nil:
                generation = reader.string()
                return generation != nil
            case "memory" where memory == nil:
                memory = reader.memory()
                return memory != nil
            default:
                return false
            }
        }
        guard read, reader.offset == line.count, let generation, let memory else { return nil }
        return JournalHeader(generation: generation, memory: memory)
    }

    /// A schema 3 `progress.json` as this version writes it (one line, keys sorted), or nil for
    /// any other form.
    package static func decodeDocument(_ bytes: UnsafeRawBufferPointer) -> ProgressDocument? {
        var reader = Reader(bytes: bytes)
        var version: Int?
        var checkpoint: ProgressDocument.Checkpoint?
        let read = reader.object { reader, key in
            switch key {
            case "schemaVersion" where version == nil:
                version = reader.int()
                return version != nil
            case "checkpoint" where checkpoint == nil:
                checkpoint = reader.checkpoint()
                return checkpoint != nil
            default:
                return false
            }
        }
        _ = reader.take(UInt8(ascii: "\n"))
        guard read, reader.offset == bytes.count, version == ProgressDocument.schemaVersion else { return nil }
        return ProgressDocument(checkpoint: checkpoint)
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        init(bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            return true
        }

        /// Reads `{"key":value,...}`, handing each key (its bytes) to `field`, which reads the
        /// value and says whether it knew the key.
        mutating func object(_ field: (inout Reader, RawString) -> Bool) -> Bool {
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            repeat {
                guard let key = rawString(), take(UInt8(ascii: ":")), field(&self, key) else { return false }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}"))
        }

        /// The bytes of a string without escapes or control characters.
        mutating func rawString() -> RawString? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = offset
            var ascii = true
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    offset += 1
                    return RawString(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<offset - 1]), isASCII: ascii)
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                if byte >= 0x80 { ascii = false }
                offset += 1
            }
            return nil
        }

        /// A string without escapes, in valid UTF-8.
        mutating func string() -> String? { rawString()?.string }

        mutating func strings() -> [String]? { list { $0.string() } }

        /// The text of a JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        mutating func numberText(integer: Bool) -> Substring? {
            let start = offset
            _ = take(UInt8(ascii: "-"))
            guard digits(leadingZeroAlone: true) else { return nil }
            if !integer {
                if take(UInt8(ascii: ".")), !digits(leadingZeroAlone: false) { return nil }
                if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                    if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                    guard digits(leadingZeroAlone: false) else { return nil }
                }
            }
            return Substring(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        }

        mutating func digits(leadingZeroAlone: Bool) -> Bool {
            let start = offset
            while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
            guard offset > start else { return false }
            // JSON allows no leading zero ("01"): leave such a number to JSONDecoder.
            return !(leadingZeroAlone && offset - start > 1 && bytes[start] == UInt8(ascii: "0"))
        }

        /// A double in the normal range, or an exact zero: numbers that overflow or underflow are
        /// left to JSONDecoder, which refuses some of them.
        mutating func double() -> Double? {
            guard let text = numberText(integer: false), let value = Double(text) else { return nil }
            if value == 0 {
                let mantissa = text.prefix { $0 != "e" && $0 != "E" }
                return mantissa.allSatisfy { $0 == "0" || $0 == "-" || $0 == "." } ? value : nil
            }
            return value.isFinite && value.magnitude >= .leastNormalMagnitude ? value : nil
        }

        mutating func int() -> Int? { numberText(integer: true).flatMap { Int($0) } }

        mutating func bool() -> Bool? {
            for (literal, value) in [("true", true), ("false", false)] {
                let utf8 = literal.utf8
                if offset + utf8.count <= bytes.count, bytes[offset..<(offset + utf8.count)].elementsEqual(utf8) {
                    offset += utf8.count
                    return value
                }
            }
            return nil
        }

        /// "2024-12-24T00:27:07Z", and no other form of date; none before 1600 (Foundation's calendar
        /// is Julian before 1582, this one Gregorian throughout).
        mutating func date() -> Date? {
            guard let utf8 = rawString()?.bytes else { return nil }
            guard utf8.count == 20, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
                utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
                utf8[19] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(utf8[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
                year >= 1600, (1...12).contains(month), (1...Self.daysIn(month, of: year)).contains(day), hour < 24,
                minute < 60, second < 60
            else { return nil }
            let days = Self.daysSince1970(year: year, month: month, day: day)
            return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second))
        }

        static func daysIn(_ month: Int, of year: Int) -> Int {
            switch month {
            case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        /// Howard Hinnant's `days_from_civil`.
        static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
            let shiftedYear = month <= 2 ? year - 1 : year
            let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
            let yearOfEra = shiftedYear - era * 400
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        // Each field reader below refuses a key it does not know or has seen already: such a line
        // goes to JSONDecoder.

        mutating func entry(memory readMemory: Bool) -> LearnerProgress.JournalEntry? {
            var attempt: Attempt?
            var memory: [String: LearnerProgress.FactMemory]?
            let read = object { reader, key in
                switch key {
                case "attempt" where attempt == nil:
                    attempt = reader.attempt()
                    return attempt != nil
                case "memory" where memory == nil:
                    memory = readMemory ? reader.memory() : (reader.skipValue() ? [:] : nil)
                    return memory != nil
                default:
                    return false
                }
            }
            guard read, let attempt, let memory else { return nil }
            return LearnerProgress.JournalEntry(attempt: attempt, memory: memory)
        }

        mutating func checkpoint() -> ProgressDocument.Checkpoint? {
            var bytes: Int?
            var generation: String?
            var lines: Int?
            var memory: [String: LearnerProgress.FactMemory]?
            var summary: ProgressSummary?
            let read = object { reader, key in
                switch key {
                case "summary" where summary == nil:
                    summary = reader.summary()
                    return summary != nil
                case "bytes" where bytes == nil:
                    bytes = reader.int()
                    return bytes != nil
                case "generation" where generation == nil:
                    generation = reader.string()
                    return generation != nil
                case "lines" where lines == nil:
                    lines = reader.int()
                    return lines != nil
                case "memory" where memory == nil:
                    memory = reader.memory()
                    return memory != nil
                default:
                    return false
                }
            }
            guard read, let bytes, let generation, let lines, let memory, let summary else { return nil }
            return ProgressDocument.Checkpoint(
                generation: generation, bytes: bytes, lines: lines, memory: memory, summary: summary)
        }

        mutating func summary() -> ProgressSummary? {
            var banks: [String: ProgressSummary.Tally]?
            var topics: [String: ProgressSummary.Tally]?
            var topicFacts: [String: Set<String>]?
            var quarters: [Int]?
            var attempts: [Int]?
            var credit: [Double]?
            let read = object { reader, key in
                switch key {
                case "banks" where banks == nil:
                    banks = reader.tallies()
                    return banks != nil
                case "topics" where topics == nil:
                    topics = reader.tallies()
                    return topics != nil
                case "topicFacts" where topicFacts == nil:
                    var facts: [String: Set<String>] = [:]
                    let read = reader.object { reader, raw in
                        guard let key = raw.string, facts[key] == nil, let list = reader.strings() else { return false }
                        facts[key] = Set(list)
                        return true
                    }
                    topicFacts = read ? facts : nil
                    return read
                case "quarters" where quarters == nil:
                    quarters = reader.list { $0.int() }
                    return quarters != nil
                case "quarterAttempts" where attempts == nil:
                    attempts = reader.list { $0.int() }
                    return attempts != nil
                case "quarterCredit" where credit == nil:
                    credit = reader.list { $0.double() }
                    return credit != nil
                default:
                    return false
                }
            }
            guard read, let banks, let topics, let topicFacts, let quarters, let attempts, let credit,
                quarters.count == attempts.count, quarters.count == credit.count
            else { return nil }
            return ProgressSummary(
                banks: banks, topics: topics, topicFacts: topicFacts, quarters: quarters, attempts: attempts,
                credit: credit)
        }

        mutating func tallies() -> [String: ProgressSummary.Tally]? {
            var tallies: [String: ProgressSummary.Tally] = [:]
            let read = object { reader, raw in
                guard let name = raw.string, tallies[name] == nil else { return false }
                var tally = ProgressSummary.Tally()
                var seen: Set<String> = []
                let read = reader.object { reader, key in
                    switch key {
                    case "attempts" where seen.insert("attempts").inserted:
                        guard let value = reader.int() else { return false }
                        tally.attempts = value
                    case "credit" where seen.insert("credit").inserted:
                        guard let value = reader.double() else { return false }
                        tally.credit = value
                    case "streak" where seen.insert("streak").inserted:
                        guard let value = reader.int() else { return false }
                        tally.streak = value
                    default:
                        return false
                    }
                    return true
                }
                guard read, seen.count == 3 else { return false }
                tallies[name] = tally
                return true
            }
            return read ? tallies : nil
        }

        /// `[item, ...]`, each read by `item`.
        mutating func list<Item>(_ item: (inout Reader) -> Item?) -> [Item]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var items: [Item] = []
            if take(UInt8(ascii: "]")) { return items }
            repeat {
                guard let next = item(&self) else { return nil }
                items.append(next)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? items : nil
        }

        /// Steps over one JSON value of any kind without reading it; false when it is not one.
        mutating func skipValue(depth: Int = 0) -> Bool {
            guard offset < bytes.count, depth < 64 else { return false }
            switch bytes[offset] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = bytes[offset] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                offset += 1
                if take(close) { return true }
                repeat {
                    if isObject {
                        guard skipString(), take(UInt8(ascii: ":")) else { return false }
                    }
                    guard skipValue(depth: depth + 1) else { return false }
                } while take(UInt8(ascii: ","))
                return take(close)
            case UInt8(ascii: "\""): return skipString()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return numberText(integer: false) != nil
            }
        }

        /// Steps over a string, escapes and all.
        mutating func skipString() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while offset < bytes.count {
                let byte = bytes[offset]
                offset += byte == UInt8(ascii: "\\") ? 2 : 1
                if byte == UInt8(ascii: "\"") { return true }
                if byte < 0x20 { return false }
            }
            return false
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard offset + count <= bytes.count,
                UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[offset..<offset + count])
            else { return false }
            offset += count
            return true
        }

        mutating func memory() -> [String: LearnerProgress.FactMemory]? {
            var memory: [String: LearnerProgress.FactMemory] = [:]
            let read = object { reader, raw in
                guard let key = raw.string, memory[key] == nil, let fact = reader.factMemory() else { return false }
                memory[key] = fact
                return true
            }
            return read ? memory : nil
        }

        mutating func factMemory() -> LearnerProgress.FactMemory? {
            var lapses: Int?
            var reviews: Int?
            var state: MemoryState?
            let read = object { reader, key in
                switch key {
                case "lapses" where lapses == nil:
                    lapses = reader.int()
                    return lapses != nil
                case "reviews" where reviews == nil:
                    reviews = reader.int()
                    return reviews != nil
                case "state" where state == nil:
                    state = reader.memoryState()
                    return state != nil
                default:
                    return false
                }
            }
            guard read, let lapses, let reviews, let state else { return nil }
            return LearnerProgress.FactMemory(state: state, reviews: reviews, lapses: lapses)
        }

        mutating func memoryState() -> MemoryState? {
            var phase: MemoryState.Phase?
            var step: Int?
            var stability: Double?
            var difficulty: Double?
            var due: Date?
            var lastReview: Date?
            let read = object { reader, key in
                switch key {
                case "phase" where phase == nil:
                    phase = reader.int().flatMap(MemoryState.Phase.init(rawValue:))
                    return phase != nil
                case "step" where step == nil:
                    step = reader.int()
                    return step != nil
                case "stability" where stability == nil:
                    stability = reader.double()
                    return stability != nil
                case "difficulty" where difficulty == nil:
                    difficulty = reader.double()
                    return difficulty != nil
                case "due" where due == nil:
                    due = reader.date()
                    return due != nil
                case "lastReview" where lastReview == nil:
                    lastReview = reader.date()
                    return lastReview != nil
                default:
                    return false
                }
            }
            guard read, let phase, let due else { return nil }
            return MemoryState(
                phase: phase, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview
            )
        }

        mutating func attempt() -> Attempt? {
            var answer: String?
            var bank: String?
            var chosen: [String]?
            var expected: String?
            var facts: [String]?
            var feedback: String?
            var hints: Int?
            var id: String?
            var kind: String?
            var miss: String?
            var options: [String]?
            var outcome: String?
            var points: Double?
            var questionID: String?
            var responseSeconds: Double?
            var score: Double?
            var tags: [String]?
            var time: Date?
            var timed: Bool?
            var worth: Double?
            func read(_ field: inout String?, _ reader: inout Reader) -> Bool {
                guard field == nil else { return false }
                field = reader.string()
                return field != nil
            }
            func read(_ field: inout Double?, _ reader: inout Reader) -> Bool {
                guard field == nil else { return false }
                field = reader.double()
                return field != nil
            }
            func read(_ field: inout [String]?, _ reader: inout Reader) -> Bool {
                guard field == nil else { return false }
                field = reader.strings()
                return field != nil
            }
            let read = object { reader, key in
                switch key {
                case "answer": return read(&answer, &reader)
                case "bank": return read(&bank, &reader)
                case "chosen": return read(&chosen, &reader)
                case "expected": return read(&expected, &reader)
                case "facts": return read(&facts, &reader)
                case "feedback": return read(&feedback, &reader)
                case "hints" where hints == nil:
                    hints = reader.int()
                    return hints != nil
                case "id": return read(&id, &reader)
                case "kind": return read(&kind, &reader)
                case "miss": return read(&miss, &reader)
                case "options": return read(&options, &reader)
                case "outcome": return read(&outcome, &reader)
                case "points": return read(&points, &reader)
                case "questionID": return read(&questionID, &reader)
                case "responseSeconds": return read(&responseSeconds, &reader)
                case "score": return read(&score, &reader)
                case "tags": return read(&tags, &reader)
                case "time" where time == nil:
                    time = reader.date()
                    return time != nil
                case "timed" where timed == nil:
                    timed = reader.bool()
                    return timed != nil
                case "worth": return read(&worth, &reader)
                default: return false
                }
            }
            // A kind, outcome or miss this version does not know is left to JSONDecoder, which says
            // what is wrong with the line.
            guard read, let questionID, let facts, let bank, let kind, let answer, let expected, let outcome,
                let feedback, let score, let hints, let responseSeconds, let time,
                let typedKind = Question.Kind(rawValue: kind), let typedOutcome = Attempt.Outcome(rawValue: outcome)
            else { return nil }
            var typedMiss: Attempt.Miss?
            if let miss {
                guard let known = Attempt.Miss(rawValue: miss) else { return nil }
                typedMiss = known
            }
            return Attempt(
                questionID: questionID, facts: facts, bank: bank, kind: typedKind, answer: answer, expected: expected,
                outcome: typedOutcome, miss: typedMiss, feedback: feedback, credit: score, hints: hints,
                responseSeconds: responseSeconds, time: time, tags: tags, points: points, worth: worth, timed: timed,
                id: id, options: options, chosen: chosen)
        }
    }
}

/// The bytes of a JSON string without escapes, as they are in the line.
private struct RawString {
    let bytes: UnsafeRawBufferPointer
    let isASCII: Bool

    /// The text, when the bytes are valid UTF-8.
    var string: String? {
        let raw = bytes.assumingMemoryBound(to: UInt8.self)
        let text = String(decoding: raw, as: UTF8.self)
        // Decoding repairs invalid UTF-8; it was valid when nothing had to be repaired.
        return isASCII || text.utf8.elementsEqual(raw) ? text : nil
    }

    /// A key matches a literal when its bytes are the literal's.
    static func ~= (pattern: StaticString, key: RawString) -> Bool {
        pattern.utf8CodeUnitCount == key.bytes.count
            && UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount).elementsEqual(key.bytes)
    }
}
