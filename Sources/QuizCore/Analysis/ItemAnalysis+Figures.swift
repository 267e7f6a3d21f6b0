extension ItemAnalysis.Item {
    /// The kinds whose wrong answers are typed text worth grouping: letters (choice, ordering,
    /// matching, timeline places) depend on the order a quiz showed.
    static let typedKinds: Set<Question.Kind> = [.shortAnswer, .numeric, .year, .cloze]

    /// How many of the most common wrong answers are kept.
    static let wrongAnswersKept = 5

    /// The figures of a question (`question` given when the bank yields it) or a fact.
    init(
        id: String, group: ItemAnalysis.Group, status: Status, question: Question?, findings: [Finding],
        tallies: ItemAnalysis.Tallies, thresholds: ItemAnalysis.Thresholds, scope: Scope
    ) {
        let attempts = group.attempts
        let answered = attempts.filter { $0.outcome != .skipped }
        let timed = answered.filter { $0.timed != false }
        self.scope = scope
        self.id = id
        self.status = status
        kind = scope == .fact ? nil : question?.kind ?? attempts.last?.kind
        prompt = question?.prompt
        self.attempts = attempts.count
        learners = group.byLearner.count
        facility = attempts.reduce(0) { $0 + $1.credit } / Double(max(1, attempts.count))
        discrimination = Discrimination(tallies.scores(group), minimum: thresholds.minimumLearners)
        timedAnswers = timed.count
        meanResponseSeconds = timed.isEmpty ? nil : timed.reduce(0) { $0 + $1.responseSeconds } / Double(timed.count)
        hints = attempts.reduce(0) { $0 + $1.hints }
        hinted = attempts.count { $0.hints > 0 }
        skipped = attempts.count - answered.count
        self.findings = findings
        options = []
        unrecordedPicks = 0
        noOption = 0
        wrongAnswers = []
        flags = []
        guard scope == .question else {
            flags = facilityFlags(thresholds)
            return
        }
        if let kind, kind == .multipleChoice || kind == .multipleAnswer {
            countPicks(answered, question: question)
        }
        if let kind, Self.typedKinds.contains(kind) {
            wrongAnswers = Self.wrongAnswers(group)
        }
        flags = facilityFlags(thresholds)
        if options.contains(where: { !$0.isRight && $0.picked == 0 && $0.offered >= thresholds.minimumOffers }) {
            flags.append(.optionNeverChosen)
        }
        if let top = wrongAnswers.first, top.learners >= thresholds.commonWrongLearners,
            Double(top.learners) >= thresholds.commonWrongShare * Double(learners)
        {
            flags.append(.commonWrongAnswer)
        }
    }

    /// Too easy, too hard, negative discrimination.
    private func facilityFlags(_ thresholds: ItemAnalysis.Thresholds) -> [Flag] {
        var flags: [Flag] = []
        if attempts >= thresholds.minimumAttempts {
            if facility > thresholds.tooEasy { flags.append(.tooEasy) }
            if facility < thresholds.tooHard { flags.append(.tooHard) }
        }
        if let value = discrimination.value, value < 0 { flags.append(.negativeDiscrimination) }
        return flags
    }

    /// Each option's showings and picks, from the options and choices the attempts keep.
    private mutating func countPicks(_ answered: [Attempt], question: Question?) {
        var order: [String] = []
        var offered: [String: Int] = [:]
        var picked: [String: Int] = [:]
        for attempt in answered {
            for text in attempt.options ?? [] {
                if offered[text] == nil { order.append(text) }
                offered[text, default: 0] += 1
            }
            guard let chosen = attempt.chosen else {
                unrecordedPicks += 1
                continue
            }
            if chosen.isEmpty { noOption += 1 }
            for text in chosen { picked[text, default: 0] += 1 }
        }
        // Options picked in attempts that did not keep what was shown (none this version writes).
        for text in picked.keys.sorted() where offered[text] == nil { order.append(text) }
        let right = Self.rightOptions(question: question, attempts: answered)
        options = order.map { text in
            Option(text: text, isRight: right.contains(text), offered: offered[text] ?? 0, picked: picked[text] ?? 0)
        }
    }

    /// The right options' texts: the bank's, or for a question it no longer yields, those the
    /// attempts' expected answers name.
    static func rightOptions(question: Question?, attempts: [Attempt]) -> Set<String> {
        if let question {
            switch question.answer {
            case .option(let index): return [question.options[index]]
            case .options(let indices): return Set(indices.map { question.options[$0] })
            default: return []
            }
        }
        var right: Set<String> = []
        for attempt in attempts {
            let named = Set(attempt.expected.components(separatedBy: "; "))
            for text in attempt.options ?? []
            where named.contains(Question.withoutFullStop(text)) || named.contains(text) {
                right.insert(text)
            }
        }
        return right
    }

    /// The wrong answers (not skipped, not blank), grouped by their normal form, most common first.
    static func wrongAnswers(_ group: ItemAnalysis.Group) -> [WrongAnswer] {
        struct Tally {
            var forms: [String: Int] = [:]
            var misses: [String: Int] = [:]
            var count = 0
            var learners: Set<Int> = []
            var first = 0
        }
        var tallies: [String: Tally] = [:]
        for (position, attempt) in group.attempts.enumerated()
        where !attempt.isRight && attempt.outcome != .skipped && attempt.miss != .blank {
            let key = Normalizer.normalize(attempt.answer)
            guard !key.isEmpty else { continue }
            if tallies[key] == nil { tallies[key] = Tally(first: position) }
            tallies[key]!.count += 1
            tallies[key]!.forms[attempt.answer, default: 0] += 1
            tallies[key]!.learners.insert(group.learners[position])
            if let miss = attempt.miss { tallies[key]!.misses[miss.rawValue, default: 0] += 1 }
        }
        func mostFrequent<Key: Comparable>(_ counts: [Key: Int]) -> Key? {
            counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
        }
        return tallies.values.sorted {
            ($1.learners.count, $1.count, $0.first) < ($0.learners.count, $0.count, $1.first)
        }
        .prefix(wrongAnswersKept)
        .map { tally in
            WrongAnswer(
                text: mostFrequent(tally.forms) ?? "", count: tally.count, learners: tally.learners.count,
                miss: mostFrequent(tally.misses).flatMap(Attempt.Miss.init(rawValue:)))
        }
    }
}
