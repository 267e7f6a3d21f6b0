extension Templates {
    /// An event or a statement, as link questions see it.
    enum LinkedItem {
        case event(Event)
        case statement(Statement)

        var id: String {
            switch self {
            case .event(let event): event.id
            case .statement(let statement): statement.id
            }
        }

        var gist: String? {
            switch self {
            case .event(let event): event.gist
            case .statement(let statement): statement.gist
            }
        }

        var links: Links {
            switch self {
            case .event(let event): event.links
            case .statement(let statement): statement.links
            }
        }
    }

    /// The kind of link a template asks about.
    static func linkKind(of template: Name) -> Links.Kind? {
        switch template {
        case .linkReason, .linkReasons: .reason
        case .linkBasis: .basis
        case .linkContrast: .contrast
        default: nil
        }
    }

    /// The questions a link template makes from the item that gives the links: one for each item
    /// it links to.
    func linkQuestions(_ template: Name, _ item: LinkedItem, random: inout SeededRandom) -> [Question] {
        guard let kind = Self.linkKind(of: template), item.gist != nil else { return [] }
        return item.links[kind].compactMap { target in
            template == .linkReasons
                ? reasonsQuestion(item, target: target, random: &random)
                : linkQuestion(template, kind, item, target: target, random: &random)
        }
    }

    /// Who draws a link, as the prompt names them; `nil` when the record cannot say. The text
    /// draws its links between its own statements, facts and the stances it reports; a claim held
    /// by someone is that holder's reason; a claim the text only passes on (a rumour, a report)
    /// has nobody behind it to give a reason.
    private func voice(of item: LinkedItem, for kind: Links.Kind) -> String? {
        guard kind == .reason, case .statement(let statement) = item, statement.kind == .claim else {
            return "the text"
        }
        guard let holder = statement.holder else { return nil }
        return index.sources[holder] != nil ? "the text" : index.holderName(holder)
    }

    /// Wrong options: the gists of items that give links of the same kind elsewhere (other
    /// reasons, other bases), so that every option reads as an answer of the right sort, and of
    /// none connected to either end: not another reason for the same thing, nor a reason for a
    /// reason of it, which a learner could defend.
    private func linkDistractors(
        _ kind: Links.Kind, for item: LinkedItem, target: String, count: Int, excluding answers: [String],
        random: inout SeededRandom
    ) -> [String] {
        let table = index.links
        let excluded = connected(to: [item.id, target], by: kind)
        let candidates = table.gisted.filter { !excluded.contains($0) && table.givers[kind]?.contains($0) ?? false }
            .compactMap { table.gists[$0] }
        return Choices.distinct(candidates.seededShuffle(using: &random), count: count, excluding: answers)
    }

    /// The items linked to `start` by any link, and for reasons, every item reached from those
    /// by reason links, both ways and through any number of steps.
    private func connected(to start: [String], by kind: Links.Kind) -> Set<String> {
        var seen = Set(start)
        for id in start { seen.formUnion(index.links.neighbours[id] ?? []) }
        guard kind == .reason else { return seen }
        var frontier = Array(seen)
        while let id = frontier.popLast() {
            for other in index.links.neighbours[id] ?? [] where !seen.contains(other) && linked(id, other, by: .reason)
            {
                seen.insert(other)
                frontier.append(other)
            }
        }
        return seen
    }

    private func linked(_ a: String, _ b: String, by kind: Links.Kind) -> Bool {
        func links(_ id: String) -> Links? {
            index.statement(id)?.links ?? index.event(id)?.links
        }
        return links(a)?[kind].contains(b) ?? false || links(b)?[kind].contains(a) ?? false
    }

    private func linkExplanation(_ item: LinkedItem, _ sentence: String) -> String {
        switch item {
        case .event(let event): return "\(sentence) \(event.summary)"
        case .statement(let statement): return "\(sentence) \(explanation(statement))"
        }
    }

    private func linkFacts(_ item: LinkedItem) -> (source: String, kind: Statement.Kind, tags: [String]) {
        switch item {
        case .event(let event): (event.source, .fact, event.tags)
        case .statement(let statement): (statement.source, statement.kind, tags(statement))
        }
    }

    /// Which of these does the text give as a reason for…, as the basis of…, contrast with…?
    private func linkQuestion(
        _ template: Name, _ kind: Links.Kind, _ item: LinkedItem, target: String, random: inout SeededRandom
    ) -> Question? {
        guard let gist = item.gist, let targetGist = index.links.gists[target], let voice = voice(of: item, for: kind)
        else { return nil }
        let distractors = linkDistractors(
            kind, for: item, target: target, count: choiceCount - 1, excluding: [gist, targetGist], random: &random)
        // Too few are left to the critic, which tells an author why the link makes no question.
        guard !distractors.isEmpty else { return nil }
        let (options, position) = Choices.shuffled(answer: gist, distractors: distractors, random: &random)
        let prompt: String
        let relation: String
        switch kind {
        case .reason:
            prompt = "Which of these does \(voice) give as a reason for \(targetGist)?"
            relation = "\(TextTools.capitalized(voice)) gives \(gist) as a reason for \(targetGist)."
        case .basis:
            prompt = "What does \(voice) give as the basis for \(targetGist)?"
            relation = "The text rests \(targetGist) on \(gist)."
        case .contrast:
            prompt = "Which of these does \(voice) contrast with \(targetGist)?"
            relation = "The text sets \(gist) against \(targetGist)."
        }
        let facts = linkFacts(item)
        return question(
            template, [item.id, target], prompt: prompt, options: options, answer: .option(position),
            explanation: linkExplanation(item, relation), source: facts.source, statementKind: facts.kind,
            facts: [item.id], tags: facts.tags)
    }

    /// Which of these does the text give as reasons for…? Choose all that apply. Asked once for a
    /// target with several reasons from one voice, by the first of them.
    private func reasonsQuestion(_ item: LinkedItem, target: String, random: inout SeededRandom) -> Question? {
        guard let targetGist = index.links.gists[target], let voice = voice(of: item, for: .reason) else { return nil }
        let reasons = index.links.gisted.compactMap { id -> LinkedItem? in
            if let statement = index.statement(id) { return .statement(statement) }
            return index.event(id).map { .event($0) }
        }.filter { $0.links.reasonFor.contains(target) && self.voice(of: $0, for: .reason) == voice }
        guard reasons.count >= 2, reasons.first?.id == item.id else { return nil }
        let right = reasons.compactMap(\.gist)
        let distractors = linkDistractors(
            .reason, for: item, target: target, count: max(2, choiceCount - right.count),
            excluding: right + [targetGist],
            random: &random)
        // Too few are left to the critic, which tells an author why the link makes no question.
        guard !distractors.isEmpty else { return nil }
        let options = (right + distractors).seededShuffle(using: &random)
        let correct = right.compactMap { options.firstIndex(of: $0) }.sorted()
        let facts = linkFacts(item)
        let list = right.joined(separator: "; ")
        return question(
            .linkReasons, [item.id, target],
            prompt: "Which of these does \(voice) give as reasons for \(targetGist)? Choose all that apply.",
            options: options, answer: .options(correct),
            explanation: "\(TextTools.capitalized(voice)) gives these reasons for \(targetGist): \(list).",
            source: facts.source, statementKind: facts.kind, facts: reasons.map(\.id), tags: facts.tags)
    }
}
