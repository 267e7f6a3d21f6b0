/// Which candidates `QuestionCritic.review` keeps, worked out only for the questions asked about.
///
/// The review judges every candidate in order of preference and keeps one when it passes the
/// rules on its own and nothing kept before it repeats it, gives its answer away or shows how
/// the text came by its claim. Each of those tests is between two questions, so a candidate is
/// kept exactly when it passes on its own and no earlier candidate that is itself kept conflicts
/// with it: the judge follows that definition back from the question asked about, and judges no
/// more of the set than the answer depends on. A quiz of ten questions from a bank of hundreds of
/// candidates then costs a few dozen judgements, not hundreds, before its first question.
///
/// Its answers are those of `review(_:)` on the same candidates, question for question.
struct KeepJudge {
    private let critic: QuestionCritic
    private let questions: [Question]
    /// Each candidate's place in the review's order of preference.
    private let rank: [Int]
    private let checksSet: Bool
    private let offsetsByID: [String: Int]
    private let families: [String]
    private let answerKeys: [String?]
    private let promptKeys: [UInt64]
    private var printed: [QuestionCritic.Printed?]
    /// Whether the review keeps each candidate before its last rule (predictable holders).
    private var kept: [Bool?]
    /// The holder questions that rule drops, once one is asked about.
    private var predictable: Set<Int>?

    /// A judge of `questions`, the whole set a review would be given, in the order it would be.
    init(_ questions: [Question], critic: QuestionCritic) {
        self.critic = critic
        self.questions = questions
        var rank = [Int](repeating: 0, count: questions.count)
        let order = questions.indices.sorted {
            (QuestionCritic.preference(questions[$0]), $0) < (QuestionCritic.preference(questions[$1]), $1)
        }
        for (place, offset) in order.enumerated() { rank[offset] = place }
        self.rank = rank
        checksSet = questions.count <= QuestionCritic.setCheckLimit
        var byID: [String: Int] = [:]
        for offset in questions.indices where byID[questions[offset].id] == nil { byID[questions[offset].id] = offset }
        offsetsByID = byID
        families = questions.map(Ledger.family(of:))
        answerKeys = questions.map(Ledger.answerKey(of:))
        promptKeys = questions.map(Ledger.promptKey)
        printed = Array(repeating: nil, count: questions.count)
        kept = Array(repeating: nil, count: questions.count)
    }

    /// Whether the review keeps the candidate with this id; `false` for an id it was not given.
    mutating func keeps(id: String) -> Bool {
        guard let offset = offsetsByID[id] else { return false }
        return keeps(offset)
    }

    /// Whether the review keeps the candidate at `offset`, after every rule.
    mutating func keeps(_ offset: Int) -> Bool {
        guard keptBeforeLastRule(offset) else { return false }
        guard questions[offset].template == Templates.Name.statementHolder.rawValue else { return true }
        return !predictableHolders().contains(offset)
    }

    /// The holder questions `QuestionCritic.predictableHolders` drops: it weighs every kept one.
    private mutating func predictableHolders() -> Set<Int> {
        if let predictable { return predictable }
        let holderTemplate = Templates.Name.statementHolder.rawValue
        var holders: [Int] = []
        for offset in questions.indices where questions[offset].template == holderTemplate {
            if keptBeforeLastRule(offset) { holders.append(offset) }
        }
        var offered: [String: Int] = [:]
        var right: [String: Int] = [:]
        for offset in holders {
            for option in questions[offset].options { offered[option, default: 0] += 1 }
            right[questions[offset].answerText, default: 0] += 1
        }
        let dropped = Set(
            holders.filter { offset in
                let answer = questions[offset].answerText
                guard let times = offered[answer] else { return false }
                return times >= 2 && right[answer] == times
            })
        predictable = dropped
        return dropped
    }

    /// The review's verdict before its last rule. Worked out without recursion: a candidate
    /// waits on the stack while an earlier one it depends on is judged.
    private mutating func keptBeforeLastRule(_ target: Int) -> Bool {
        if let known = kept[target] { return known }
        // Each waiting candidate, with the earlier ones that would drop it if kept and how many
        // of those are already known not to be.
        var stack: [(offset: Int, rivals: [Int], next: Int)] = []
        if let verdict = standalone(target) {
            kept[target] = verdict
            return verdict
        }
        stack.append((target, rivals(of: target), 0))
        while !stack.isEmpty {
            let top = stack.count - 1
            let (offset, rivals, start) = stack[top]
            var next = start
            var verdict: Bool?
            var waitsOn: Int?
            while next < rivals.count {
                let rival = rivals[next]
                if let known = kept[rival] {
                    if known {
                        verdict = false
                        break
                    }
                    next += 1
                } else if let alone = standalone(rival) {
                    kept[rival] = alone
                } else {
                    waitsOn = rival
                    break
                }
            }
            if verdict == nil && waitsOn == nil { verdict = true }
            if let verdict {
                kept[offset] = verdict
                stack.removeLast()
            } else if let waitsOn {
                stack[top].next = next
                stack.append((waitsOn, self.rivals(of: waitsOn), 0))
            }
        }
        return kept[target]!
    }

    /// The verdict on a candidate that needs no other: an author's question is always kept (what
    /// the critic finds in it is only pointed out); a generated one that fails a rule on its own
    /// never is. `nil` when the earlier candidates decide.
    private func standalone(_ offset: Int) -> Bool? {
        if questions[offset].template == "authored" { return true }
        return critic.passes(questions[offset]) ? nil : false
    }

    /// The candidates weighed before `offset` that, kept, would drop it: each repeats it (as the
    /// review's ledger sees it), or, for a set small enough to check, prints its answer or shows
    /// how the text came by its claim.
    private mutating func rivals(of offset: Int) -> [Int] {
        var found: [Int] = []
        for other in questions.indices where rank[other] < rank[offset] && kept[other] != false {
            if repeats(other, offset) || (checksSet && revealsAnswer(other, offset)) { found.append(other) }
        }
        return found
    }

    /// Whether the ledger, holding the earlier candidate `earlier`, finds that `offset` repeats it.
    private func repeats(_ earlier: Int, _ offset: Int) -> Bool {
        let question = questions[offset]
        let before = questions[earlier]
        if promptKeys[earlier] == promptKeys[offset] { return true }
        let shared = question.facts.filter(before.facts.contains)
        let family = families[offset]
        // The author's item, but for a date the author does not ask (as the ledger has it).
        if question.template != "authored", before.template == "authored", !shared.isEmpty,
            family != "when" || families[earlier] == "when"
        {
            return true
        }
        let answer = answerKeys[offset]
        if let answer, !Ledger.sharedAnswers.contains(family), answerKeys[earlier] == answer,
            !Ledger.sharedAnswers.contains(families[earlier])
        {
            return true
        }
        guard !shared.isEmpty else { return false }
        if families[earlier] == family && family != "authored" { return true }
        return answer != nil && answerKeys[earlier] == answer
    }

    /// Whether either prints the other's answer, or either shows how the text came by the
    /// other's claim.
    private mutating func revealsAnswer(_ earlier: Int, _ offset: Int) -> Bool {
        let before = questions[earlier]
        let question = questions[offset]
        if critic.revealsStatus(before, question) || critic.revealsStatus(question, before) { return true }
        return critic.givesAway(printedForm(earlier), printedForm(offset))
    }

    private mutating func printedForm(_ offset: Int) -> QuestionCritic.Printed {
        if let known = printed[offset] { return known }
        let form = QuestionCritic.Printed(questions[offset], critic: critic)
        printed[offset] = form
        return form
    }
}
