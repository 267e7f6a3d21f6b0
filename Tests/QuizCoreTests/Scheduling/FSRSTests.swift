import Foundation
import TestSupport
import Testing

@testable import QuizCore

/// FSRS-6 against vectors from the reference implementation, py-fsrs 6.3.2 with fuzzing off
/// (Fixtures/FSRS/make_vectors.py wrote them).
@Suite struct FSRSTests {
    struct Vectors: Decodable {
        struct Review: Decodable {
            var rating: Int
            var time: String
            var state: Int
            var step: Int?
            var stability: Double
            var difficulty: Double
            var due: String
            var retrievability: [String: Double]
        }
        struct Sequence: Decodable, CustomTestStringConvertible {
            var name: String
            var reviews: [Review]
            var testDescription: String { name }
        }
        var parameters: [Double]
        var start: String
        var sequences: [Sequence]
    }

    static let vectors: Vectors = {
        let url = Repository.url("Tests/QuizCoreTests/Fixtures/FSRS/vectors.json")
        return try! JSONDecoder().decode(Vectors.self, from: Data(contentsOf: url))
    }()

    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)!
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    @Test func theVectorsCoverEnough() {
        #expect(Self.vectors.sequences.count >= 30)
        #expect(Self.vectors.parameters == FSRS.defaultParameters)
        let states = Set(Self.vectors.sequences.flatMap { $0.reviews.map(\.state) })
        #expect(states == [1, 2, 3])
    }

    @Test(arguments: vectors.sequences)
    func reproducesPyFSRS(_ sequence: Vectors.Sequence) {
        let scheduler = FSRS()
        var state = MemoryState.new(at: Self.date(Self.vectors.start))
        for (index, review) in sequence.reviews.enumerated() {
            let now = Self.date(review.time)
            state = scheduler.review(state, rating: Rating(rawValue: review.rating)!, at: now)
            let place = "\(sequence.name) review \(index + 1)"
            #expect(state.phase.rawValue == review.state, "\(place): state")
            #expect(state.step == review.step, "\(place): step")
            #expect(
                Self.close(state.stability ?? 0, review.stability),
                "\(place): stability \(state.stability ?? 0) vs \(review.stability)")
            #expect(Self.close(state.difficulty ?? 0, review.difficulty), "\(place): difficulty")
            #expect(state.due == Self.date(review.due), "\(place): due \(state.due) vs \(review.due)")
            for (days, expected) in review.retrievability {
                let probe = now.addingTimeInterval(Double(Int(days)!) * 86_400)
                #expect(Self.close(scheduler.retrievability(state, at: probe), expected), "\(place): R at +\(days) d")
            }
        }
    }

    @Test func retrievabilityIsNinetyPercentAfterStabilityDays() {
        let scheduler = FSRS()
        let start = Date(timeIntervalSince1970: 0)
        let state = MemoryState(phase: .review, step: nil, stability: 10, difficulty: 5, due: start, lastReview: start)
        #expect(abs(scheduler.retrievability(state, at: start.addingTimeInterval(10 * 86_400)) - 0.9) < 1e-12)
        #expect(scheduler.retrievability(.new(at: start), at: start) == 0)
    }

    @Test func aHigherDesiredRetentionShortensIntervals() {
        #expect(FSRS(desiredRetention: 0.95).nextInterval(100) < FSRS().nextInterval(100))
        #expect(FSRS(desiredRetention: 0.8).nextInterval(100) > FSRS().nextInterval(100))
        #expect(FSRS().nextInterval(100) == 100)
    }

    @Test func intervalsRoundHalfToEven() {
        let scheduler = FSRS()
        #expect(scheduler.nextInterval(2.5) == 2)
        #expect(scheduler.nextInterval(3.5) == 4)
        #expect(scheduler.nextInterval(0.2) == 1)
        #expect(scheduler.nextInterval(1e9) == 36_500)
    }
}
