import FoundationEssentials

import func Glibc.pow

/// How a review went, as FSRS counts it. Ratings come from the grade, not from the learner.
public enum Rating: Int, Sendable, Hashable, Codable, CaseIterable {
    case again = 1
    case hard, good, easy
}

/// What a learner's memory of one fact is: FSRS's card, kept per fact.
public struct MemoryState: Sendable, Hashable, Codable {
    /// Where the fact is in learning.
    public enum Phase: Int, Sendable, Hashable, Codable {
        case learning = 1
        case review, relearning
    }

    public var phase: Phase
    /// The learning or relearning step; `nil` in review.
    public var step: Int?
    /// Days for recall to fall to 90%; `nil` before the first review.
    public var stability: Double?
    /// 1 (easy) to 10 (hard); `nil` before the first review.
    public var difficulty: Double?
    /// When the fact is due again.
    public var due: Date
    /// When it was last reviewed.
    public var lastReview: Date?

    /// A fact never reviewed, due at once.
    public static func new(at now: Date) -> MemoryState {
        MemoryState(phase: .learning, step: 0, stability: nil, difficulty: nil, due: now, lastReview: nil)
    }
}

/// The FSRS-6 scheduler, as py-fsrs 6.3.2 computes it with fuzzing off: the same formulas in
/// the same order of operations, so that stabilities and difficulties agree to the last bits and
/// states and due times exactly.
public struct FSRS: Sendable {
    /// The 21 default FSRS-6 weights.
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    public let parameters: [Double]
    /// The recall probability intervals aim for (0.9 by default).
    public let desiredRetention: Double
    /// Learning steps, in seconds (1 and 10 minutes by default).
    public let learningSteps: [TimeInterval]
    /// Relearning steps, in seconds (10 minutes by default).
    public let relearningSteps: [TimeInterval]
    /// The longest interval, in days.
    public let maximumInterval: Int

    private let decay: Double
    private let factor: Double

    /// Creates a scheduler; parameters other than 21 weights fall back to the defaults.
    public init(
        parameters: [Double] = defaultParameters, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600], maximumInterval: Int = 36_500
    ) {
        self.parameters = parameters.count == 21 ? parameters : Self.defaultParameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        decay = -self.parameters[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    private static let e = 2.718_281_828_459_045  // Euler's number, as C's M_E
    private static let day: TimeInterval = 86_400

    /// Whole days from `earlier` to `later`, floored (as Python's `timedelta.days`).
    static func elapsedDays(from earlier: Date, to later: Date) -> Int {
        Int((later.timeIntervalSince(earlier) / day).rounded(.down))
    }

    /// The probability of recalling the fact at `now`; 0 before the first review.
    public func retrievability(_ state: MemoryState, at now: Date) -> Double {
        guard let last = state.lastReview, let stability = state.stability else { return 0 }
        let days = Double(max(0, Self.elapsedDays(from: last, to: now)))
        return pow(1 + factor * days / stability, decay)
    }

    /// The state after a review with `rating` at `now`.
    public func review(_ state: MemoryState, rating: Rating, at now: Date) -> MemoryState {
        var next = state
        let days = state.lastReview.map { Self.elapsedDays(from: $0, to: now) }
        let sameDay = days.map { $0 < 1 } ?? false
        var interval: TimeInterval

        switch state.phase {
        case .learning, .relearning:
            if let stability = state.stability, let difficulty = state.difficulty {
                next.stability =
                    sameDay
                    ? shortTermStability(stability, rating)
                    : nextStability(difficulty, stability, retrievability(state, at: now), rating)
                next.difficulty = nextDifficulty(difficulty, rating)
            } else {
                next.stability = max(parameters[rating.rawValue - 1], 0.001)
                next.difficulty = clampDifficulty(initialDifficulty(rating))
            }
            let steps = state.phase == .learning ? learningSteps : relearningSteps
            let step = state.step ?? 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                interval = graduate(&next)
            } else {
                switch rating {
                case .again:
                    next.step = 0
                    interval = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        interval = steps[0] * 1.5
                    } else if step == 0 {
                        interval = (steps[0] + steps[1]) / 2
                    } else {
                        interval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        interval = graduate(&next)
                    } else {
                        next.step = step + 1
                        interval = steps[step + 1]
                    }
                case .easy:
                    interval = graduate(&next)
                }
            }
        case .review:
            let stability = state.stability ?? 0.001
            let difficulty = state.difficulty ?? 5
            next.stability =
                sameDay
                ? shortTermStability(stability, rating)
                : nextStability(difficulty, stability, retrievability(state, at: now), rating)
            next.difficulty = nextDifficulty(difficulty, rating)
            if rating == .again && !relearningSteps.isEmpty {
                next.phase = .relearning
                next.step = 0
                interval = relearningSteps[0]
            } else {
                interval = TimeInterval(nextInterval(next.stability!)) * Self.day
            }
        }
        next.due = now.addingTimeInterval(interval)
        next.lastReview = now
        return next
    }

    private func graduate(_ state: inout MemoryState) -> TimeInterval {
        state.phase = .review
        state.step = nil
        return TimeInterval(nextInterval(state.stability!)) * Self.day
    }

    /// Days until recall falls to the desired retention: rounded half to even, 1…maximum.
    func nextInterval(_ stability: Double) -> Int {
        let raw = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        return min(max(Int(raw.rounded(.toNearestOrEven)), 1), maximumInterval)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, 1), 10)
    }

    private func initialDifficulty(_ rating: Rating) -> Double {
        parameters[4] - pow(Self.e, parameters[5] * Double(rating.rawValue - 1)) + 1
    }

    private func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase =
            pow(Self.e, parameters[17] * (Double(rating.rawValue) - 3 + parameters[18]))
            * pow(stability, -parameters[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, 0.001)
    }

    private func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let target = initialDifficulty(.easy)  // unclamped: the mean-reversion target
        let delta = -(parameters[6] * (Double(rating.rawValue) - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(parameters[7] * target + (1 - parameters[7]) * damped)
    }

    private func nextStability(_ difficulty: Double, _ stability: Double, _ retrievability: Double, _ rating: Rating)
        -> Double
    {
        let next: Double
        if rating == .again {
            let longTerm =
                parameters[11] * pow(difficulty, -parameters[12]) * (pow(stability + 1, parameters[13]) - 1)
                * pow(Self.e, (1 - retrievability) * parameters[14])
            let shortTerm = stability / pow(Self.e, parameters[17] * parameters[18])
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? parameters[15] : 1
            let easyBonus = rating == .easy ? parameters[16] : 1
            next =
                stability
                * (1 + pow(Self.e, parameters[8]) * (11 - difficulty) * pow(stability, -parameters[9])
                    * (pow(Self.e, (1 - retrievability) * parameters[10]) - 1) * hardPenalty * easyBonus)
        }
        return max(next, 0.001)
    }
}
