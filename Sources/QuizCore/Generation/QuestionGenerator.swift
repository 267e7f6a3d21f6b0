/// Makes quizzes from a record: every question it can ask fairly (`--all`), or a selection that
/// covers different facts before it repeats one and mixes kinds of question.
///
/// Deterministic: the same record, options and seed give the same questions in the same order.
public struct QuestionGenerator: Sendable {
    /// A unit of selection: the record item a group of templates starts from.
    enum Fact: Hashable {
        case event(Int)
        case statement(Int)
        case entity(Int)
        case holder(String)
        case holderMatch
        case linkMatch(Links.Kind)
        case authored(Int)
    }

    let record: Record
    private let index: RecordIndex
    let templates: Templates
    private var options: GenerationOptions
    private let critic: QuestionCritic
    /// For records small enough to judge whole, every candidate `--all` weighs, judged as its
    /// review would: a quiz then asks only questions that review keeps, so the rules that judge a
    /// bank as a whole (duplicates, keys a learner could predict) hold in every quiz too. Only
    /// the candidates a quiz draws on are judged, as it draws on them.
    private var whole: KeepJudge?

    /// Records up to this many events and statements are judged whole before a quiz.
    static let wholeReviewLimit = 2_000

    static let eventTemplates: [Templates.Name] = [
        .eventYear, .eventDuring, .eventInYear, .eventWho, .eventWhoTyped, .eventWhere, .quantityValue,
        .quantityChoice, .eventFirst, .eventOrder, .eventYearMatch,
    ]
    static let statementTemplates: [Templates.Name] = [
        .statementTrue, .statementStatus, .statementHolder, .statementFalseHolder, .statementCloze, .positionCompare,
    ]
    static let entityTemplates: [Templates.Name] = [
        .entityDescription, .entityDate,
    ]

    /// Prepares a generator; indexing the record is the only work done here.
    public init(record: Record, options: GenerationOptions = GenerationOptions()) {
        self.record = record
        self.options = options
        index = RecordIndex(record)
        templates = Templates(index: index, choiceCount: options.choiceCount)
        critic = QuestionCritic(index: index)
        whole = nil
        if record.events.count + record.statements.count <= Self.wholeReviewLimit, options.count != nil {
            var random = SeededRandom(seed: 0)
            whole = KeepJudge(wholeCandidates(selectableFacts(), random: &random), critic: critic)
        }
    }

    /// The quiz: `options.count` questions, or all of them when `count` is `nil`.
    public func questions(seed: UInt64) -> [Question] {
        var random = SeededRandom(seed: seed)
        let facts = selectableFacts()
        guard let count = options.count else {
            return reviewAll(facts, random: &random).filter(\.isKept).map(\.question)
        }
        var judge = whole
        return select(count, from: facts.seededShuffle(using: &random), judge: &judge, random: &random)
    }

    /// The kinds of question a record yields, in `Question.Kind.allCases` order: the kinds a quiz
    /// on it can be limited to (`--type`), each yielding at least one question.
    ///
    /// Not simply the kinds of its `--all` quiz: a quiz limited to one kind is reviewed among
    /// that kind's candidates alone, so a question that an `--all` review drops for repeating a
    /// preferred one of another kind is kept there. Each kind is judged as its own quiz is.
    /// - Parameters:
    ///   - record: the bank.
    ///   - topics: only questions on these topic tags; every question when empty.
    /// - Returns: the kinds, empty when the record (or those topics) yields no question.
    public static func kinds(in record: Record, topics: Set<String> = []) -> [Question.Kind] {
        let generator = QuestionGenerator(record: record, options: GenerationOptions(count: nil, topics: topics))
        // The candidates and seed a quiz's judge is built from (see `init`).
        var random = SeededRandom(seed: 0)
        let candidates = generator.wholeCandidates(generator.selectableFacts(), random: &random)
        return Question.Kind.allCases.filter { kind in
            let ofKind = candidates.filter { $0.kind == kind }
            return !ofKind.isEmpty && generator.critic.review(ofKind).contains(where: \.isKept)
        }
    }

    /// For a record small enough to judge whole and a quiz of a given length, the candidates
    /// judged and their judge, as a quiz starts with them: what tests hold against the review.
    func wholeJudgement() -> (candidates: [Question], judge: KeepJudge)? {
        guard let whole else { return nil }
        var random = SeededRandom(seed: 0)
        return (wholeCandidates(selectableFacts(), random: &random), whole)
    }

    /// Every candidate the templates make, in record order, with the critic's findings: what
    /// `quiz lint --questions` shows an author. Kept ones are exactly what `--all` asks.
    public func reviews(seed: UInt64) -> [Review] {
        var random = SeededRandom(seed: seed)
        return reviewAll(selectableFacts(), random: &random)
    }

    private func reviewAll(_ facts: [Fact], random: inout SeededRandom) -> [Review] {
        critic.review(wholeCandidates(facts, random: &random))
    }

    /// Every candidate the templates make of `facts` that the options allow, each id once: what
    /// `--all` reviews.
    private func wholeCandidates(_ facts: [Fact], random: inout SeededRandom) -> [Question] {
        var seen: Set<String> = []
        return facts.flatMap { fact in
            candidates(templateNames(for: fact), fact, random: &random)
        }.filter { allowed($0) && seen.insert($0.id).inserted }
    }

    /// Round by round, one question per fact, the kind least used so far first. Within a round no
    /// two questions test the same record item, so a quiz covers different facts before it
    /// repeats one.
    private func select(_ count: Int, from facts: [Fact], judge: inout KeepJudge?, random: inout SeededRandom)
        -> [Question]
    {
        var chosen: [Question] = []
        var used: Set<String> = []
        var kindUse: [Question.Kind: Int] = [:]
        var exhausted: Set<Fact> = []
        var spent: [Fact: Set<Templates.Name>] = [:]
        var roundsWithoutProgress = 0
        var ledger = Ledger()
        // A record judged whole checks explanations too; a larger one, only what the questions
        // themselves print (explanations double the text to compare, for every candidate).
        var printed = PrintedWindow(size: Self.crossLeakWindow, explained: judge != nil)
        while chosen.count < count && roundsWithoutProgress < 2 {
            var covered: Set<String> = []
            var progressed = false
            for fact in facts where chosen.count < count && !exhausted.contains(fact) {
                let names = templateNames(for: fact).filter { options.kinds.isEmpty || options.kinds.contains($0.kind) }
                let ordered: [Templates.Name?] =
                    names.isEmpty
                    ? [nil]
                    : names.seededShuffle(using: &random).enumerated().sorted {
                        (kindUse[$0.element.kind, default: 0], $0.offset) < (
                            kindUse[$1.element.kind, default: 0], $1.offset
                        )
                    }.map(\.element)
                var picked: (question: Question, printed: QuestionCritic.Printed?)?
                var anyLeft = false
                let spentHere = spent[fact] ?? []
                for name in ordered where !(name.map(spentHere.contains) ?? false) {
                    // A fact already asked in this form: the template is not even tried.
                    if let name, let id = id(of: fact),
                        ledger.hasAsked(id, family: Ledger.family(ofTemplate: name.rawValue))
                    {
                        spent[fact, default: []].insert(name)
                        continue
                    }
                    // Each new question with what it prints, worked out once for the window.
                    let fresh: [(question: Question, printed: QuestionCritic.Printed?)] = make(
                        name, fact, judge: &judge, random: &random
                    ).compactMap { question in
                        guard allowed(question), !used.contains(question.id) else { return nil }
                        if question.template == "authored" { return (question, nil) }
                        guard ledger.duplicate(of: question) == nil else { return nil }
                        let mine = QuestionCritic.Printed(question, critic: critic, explained: printed.explained)
                        return printed.givesAway(mine, critic: critic) ? nil : (question, mine)
                    }
                    // A template with nothing new for this fact is not asked again: later rounds
                    // would only regenerate what was already used.
                    if fresh.isEmpty, let name { spent[fact, default: []].insert(name) }
                    anyLeft = anyLeft || !fresh.isEmpty
                    // In the first pass of a round, keep to facts not yet covered in it.
                    let apart =
                        roundsWithoutProgress == 0
                        ? fresh.filter { covered.isDisjoint(with: $0.question.facts) } : fresh
                    if !apart.isEmpty {
                        picked = apart[random.below(apart.count)]
                        break
                    }
                }
                if !anyLeft { exhausted.insert(fact) }
                guard let (question, shown) = picked else { continue }
                chosen.append(question)
                printed.append(shown ?? QuestionCritic.Printed(question, critic: critic, explained: printed.explained))
                ledger.keep(question)
                used.insert(question.id)
                covered.formUnion(question.facts)
                kindUse[question.kind, default: 0] += 1
                progressed = true
            }
            roundsWithoutProgress = progressed ? 0 : roundsWithoutProgress + 1
        }
        return chosen
    }

    /// How many of the latest questions of a quiz a new one is checked against for giving their
    /// answers away: all of them in a quiz of usual length, at a bounded cost in a long one.
    static let crossLeakWindow = 40

    /// The latest questions of a quiz, with the words they print and the first words of their
    /// answers counted, so that a new question is scanned against one of them only where a word
    /// of one stands in the other.
    struct PrintedWindow {
        let size: Int
        /// Whether explanations count as printed.
        let explained: Bool
        private var recent: [QuestionCritic.Printed] = []
        private var words: [UInt64: Int] = [:]
        private var heads: [UInt64: Int] = [:]

        init(size: Int, explained: Bool) {
            self.size = size
            self.explained = explained
        }

        mutating func append(_ printed: QuestionCritic.Printed) {
            recent.append(printed)
            for word in printed.words { words[word, default: 0] += 1 }
            for head in printed.heads { heads[head, default: 0] += 1 }
            guard recent.count > size else { return }
            let old = recent.removeFirst()
            for word in old.words { words[word] = words[word]! > 1 ? words[word]! - 1 : nil }
            for head in old.heads { heads[head] = heads[head]! > 1 ? heads[head]! - 1 : nil }
        }

        /// Whether a question, by what it prints, and one of the latest print each other's answers.
        func givesAway(_ mine: QuestionCritic.Printed, critic: QuestionCritic) -> Bool {
            guard !recent.isEmpty else { return false }
            let suspect = mine.heads.contains { words[$0] != nil } || mine.words.contains { heads[$0] != nil }
            return suspect && recent.contains { critic.givesAway($0, mine) }
        }
    }

    /// The record id a fact starts from, when it is one item.
    private func id(of fact: Fact) -> String? {
        switch fact {
        case .event(let offset): record.events[offset].id
        case .statement(let offset): record.statements[offset].id
        case .entity(let offset): record.entities[offset].id
        default: nil
        }
    }

    private func allowed(_ question: Question) -> Bool {
        options.kinds.isEmpty || options.kinds.contains(question.kind)
    }

    /// Every fact, in record order, that matches the topic filter. Without a filter no item is
    /// even looked at: a large record costs only its count here.
    func selectableFacts() -> [Fact] {
        var facts: [Fact] = []
        let topics = options.topics
        if topics.isEmpty {
            facts.reserveCapacity(
                record.questions.count + record.events.count + record.statements.count + record.entities.count + 1)
            facts += record.questions.indices.map(Fact.authored)
            facts += record.events.indices.map(Fact.event)
            facts += record.statements.indices.map(Fact.statement)
            facts += record.entities.indices.map(Fact.entity)
            facts += index.positionsByHolder.keys.sorted().map(Fact.holder)
            if index.positionsByHolder.count >= 2 { facts.append(.holderMatch) }
            for kind in Links.Kind.allCases where !(index.links.givers[kind] ?? []).isEmpty {
                facts.append(.linkMatch(kind))
            }
            return facts
        }
        func matches(_ tags: [String]) -> Bool { tags.contains { topics.contains($0) } }
        for offset in record.questions.indices
        where matches(record.questions[offset].tags + tagsOfItems(record.questions[offset].tests)) {
            facts.append(.authored(offset))
        }
        for offset in record.events.indices where matches(record.events[offset].tags) { facts.append(.event(offset)) }
        for offset in record.statements.indices where matches(templates.tags(record.statements[offset])) {
            facts.append(.statement(offset))
        }
        return facts
    }

    private func tagsOfItems(_ ids: [String]) -> [String] {
        ids.flatMap { id in index.eventsByID[id].map { record.events[$0].tags } ?? [] }
    }

    private func templateNames(for fact: Fact) -> [Templates.Name] {
        switch fact {
        case .event: Self.eventTemplates
        case .statement: Self.statementTemplates
        case .entity: Self.entityTemplates
        case .holder: [.holderPositions]
        case .holderMatch: [.holderPositionMatch]
        case .linkMatch(let kind): [Templates.linkTemplate(kind)]
        case .authored: []
        }
    }

    /// What a template makes of a fact that the critic passes on its own.
    private func make(_ name: Templates.Name?, _ fact: Fact, judge: inout KeepJudge?, random: inout SeededRandom)
        -> [Question]
    {
        generated(name, fact, random: &random).filter { question in
            (judge?.keeps(id: question.id) ?? true) && critic.passes(question)
        }
    }

    private func generated(_ name: Templates.Name?, _ fact: Fact, random: inout SeededRandom) -> [Question] {
        switch fact {
        case .event(let offset):
            return name.map { templates.eventQuestions($0, record.events[offset], random: &random) } ?? []
        case .statement(let offset):
            return name.map { templates.statementQuestions($0, record.statements[offset], random: &random) } ?? []
        case .entity(let offset): return name.map { templates.entityQuestions($0, record.entities[offset]) } ?? []
        case .holder(let holder): return templates.holderPositions(holder, random: &random)
        case .holderMatch: return templates.holderPositionMatch(random: &random)
        case .linkMatch(let kind): return templates.linkMatch(kind, random: &random)
        case .authored(let offset): return [authored(record.questions[offset], random: &random)]
        }
    }

    private func candidates(_ names: [Templates.Name], _ fact: Fact, random: inout SeededRandom) -> [Question] {
        if case .authored = fact { return generated(nil, fact, random: &random) }
        return names.flatMap { generated($0, fact, random: &random) }
    }
}
