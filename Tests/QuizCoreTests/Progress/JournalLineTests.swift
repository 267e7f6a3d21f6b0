import Foundation
import PropertyBased
import Testing

@testable import QuizCore

/// The fast reader of history lines must read exactly what `JSONDecoder` reads, or give up.
@Suite struct JournalLineTests {
    static func coders() -> (JSONEncoder, JSONDecoder) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (encoder, decoder)
    }

    /// Text without escapes when `plain`, else with quotes, backslashes and control characters.
    static func text(_ random: inout SeededRandom, plain: Bool) -> String {
        let pool = ["a", "Z", "1948", " ", "é", "Türkiye", "’", "/", "🇵🇰", "ﬁ", "-", ":", "{", "}", "[", "]", ","]
        let hard = ["\"", "\\", "\n", "\t", "\u{1}"]
        let count = random.below(6)
        return (0..<count).map { _ in
            !plain && random.below(4) == 0 ? hard[random.below(hard.count)] : pool[random.below(pool.count)]
        }.joined()
    }

    static func number(_ random: inout SeededRandom) -> Double {
        switch random.below(4) {
        case 0: Double(random.below(5))
        case 1: Double(random.below(100_000)) / 10_000
        case 2: Double(bitPattern: (random.next() >> 2) | 1 << 52)  // a positive normal number below 2
        default: -Double(random.below(1_000)) / 7
        }
    }

    static func date(_ random: inout SeededRandom) -> Date {
        Date(timeIntervalSince1970: Double(Int(random.next() % 6_000_000_000) - 2_000_000_000))
    }

    static func entry(seed: Int, plain: Bool) -> LearnerProgress.JournalEntry {
        var random = SeededRandom(seed: UInt64(seed))
        func maybe<T>(_ make: (inout SeededRandom) -> T) -> T? { random.below(2) == 0 ? nil : make(&random) }
        let attempt = Attempt(
            questionID: text(&random, plain: plain),
            facts: (0..<random.below(3)).map { _ in text(&random, plain: plain) },
            bank: text(&random, plain: plain), kind: Question.Kind.allCases[random.below(Question.Kind.allCases.count)],
            answer: text(&random, plain: plain), expected: text(&random, plain: plain),
            outcome: Attempt.Outcome.allCases[random.below(Attempt.Outcome.allCases.count)],
            miss: maybe { Attempt.Miss.allCases[$0.below(Attempt.Miss.allCases.count)] },
            feedback: text(&random, plain: plain), credit: number(&random),
            hints: random.below(5) - 1, responseSeconds: number(&random), time: date(&random),
            tags: maybe { random in (0..<random.below(3)).map { _ in text(&random, plain: plain) } },
            points: maybe(number), worth: maybe(number), timed: maybe { $0.below(2) == 0 },
            options: maybe { random in (0..<random.below(5)).map { _ in text(&random, plain: plain) } },
            chosen: maybe { random in (0..<random.below(3)).map { _ in text(&random, plain: plain) } })
        var memory: [String: LearnerProgress.FactMemory] = [:]
        for _ in 0..<random.below(4) {
            let state = MemoryState(
                phase: [.learning, .review, .relearning][random.below(3)], step: maybe { $0.below(3) },
                stability: maybe(number), difficulty: maybe(number), due: date(&random), lastReview: maybe(date))
            memory[text(&random, plain: plain) + "/" + text(&random, plain: plain)] = LearnerProgress.FactMemory(
                state: state, reviews: random.below(50), lapses: random.below(9))
        }
        return LearnerProgress.JournalEntry(attempt: attempt, memory: memory)
    }

    @Test func readsEveryLineTheEncoderWritesWithoutEscapes() async throws {
        let (encoder, decoder) = Self.coders()
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...1_000_000)) { seed in
            let entry = Self.entry(seed: seed, plain: true)
            let line = try! encoder.encode(entry)
            let fast = line.withUnsafeBytes { JournalLine.decode($0) }
            #expect(fast == entry, "\(String(decoding: line, as: UTF8.self))")
            #expect(fast == (try? decoder.decode(LearnerProgress.JournalEntry.self, from: line)))
        }
    }

    /// Lines with escapes, and lines damaged at random: the fast reader agrees with JSONDecoder or
    /// leaves the line to it.
    @Test func agreesWithJSONDecoderOrGivesUp() async throws {
        let (encoder, decoder) = Self.coders()
        let damage: [[UInt8]] = [
            [], Array(" ".utf8), Array("null".utf8), Array("\"".utf8), Array(",".utf8),
            Array("0".utf8), Array("-".utf8), Array("}".utf8), Array("\"x\":1,".utf8), Array("1e400".utf8),
            Array(".5".utf8), [0xC3], [0xFF],
        ]
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SeededRandom(seed: UInt64(seed))
            var line = Array(try! encoder.encode(Self.entry(seed: seed, plain: random.below(2) == 0)))
            if random.below(4) != 0 {
                let at = random.below(line.count)
                let length = min(random.below(4), line.count - at)
                line.replaceSubrange(at..<at + length, with: damage[random.below(damage.count)])
            }
            let fast = line.withUnsafeBytes { JournalLine.decode($0) }
            let reference = try? decoder.decode(LearnerProgress.JournalEntry.self, from: Data(line))
            if let fast {
                #expect(fast == reference, "\(String(decoding: line, as: UTF8.self))")
            }
        }
    }

    /// Dates before 1600 are left to JSONDecoder: its calendar is Julian before 1582.
    @Test func readsTheDatesJSONDecoderReads() throws {
        let (_, decoder) = Self.coders()
        for text in ["1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "1900-03-01T12:00:00Z", "1600-03-01T00:00:00Z"] {
            let json =
                #"{"attempt":{"answer":"","bank":"b","expected":"","facts":[],"feedback":"","hints":0,"kind":"year","outcome":"correct","questionID":"q","responseSeconds":1,"score":1,"time":"\#(text)"},"memory":{}}"#
            let fast = Array(json.utf8).withUnsafeBytes { JournalLine.decode($0) }
            let reference = try decoder.decode(LearnerProgress.JournalEntry.self, from: Data(json.utf8))
            #expect(fast == reference, "\(text)")
        }
        let ancient =
            #"{"attempt":{"answer":"","bank":"b","expected":"","facts":[],"feedback":"","hints":0,"kind":"year","outcome":"correct","questionID":"q","responseSeconds":1,"score":1,"time":"1066-10-14T09:00:00Z"},"memory":{}}"#
        #expect(Array(ancient.utf8).withUnsafeBytes { JournalLine.decode($0) } == nil)
    }

    /// A kind or outcome this version does not know is left to JSONDecoder, never a crash.
    @Test func unknownKindsAreLeftToTheDecoder() {
        for (kind, outcome) in [("essay", "correct"), ("year", "brilliant")] {
            let json =
                #"{"attempt":{"answer":"","bank":"b","expected":"","facts":[],"feedback":"","hints":0,"kind":"\#(kind)","outcome":"\#(outcome)","questionID":"q","responseSeconds":1,"score":1,"time":"2000-01-01T00:00:00Z"},"memory":{}}"#
            #expect(Array(json.utf8).withUnsafeBytes { JournalLine.decode($0) } == nil, "\(kind) \(outcome)")
        }
    }
}
