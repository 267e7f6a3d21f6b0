extension Templates {
    /// The template that matches one kind of link.
    static func linkTemplate(_ kind: Links.Kind) -> Name {
        switch kind {
        case .reason: .reasonMatch
        case .basis: .basisMatch
        case .contrast: .contrastMatch
        }
    }

    /// One linked pair: the item that gives the link and the item it is given for.
    private struct LinkPair {
        var giver: String
        var target: String
        var giverGist: String
        var targetGist: String
    }

    /// Match each of these to the reason the text gives for it (or to what it rests on, or to
    /// what it contrasts it with): one question for all the links of a kind, never one per link.
    /// Asked one by one, the links' own answers would be each other's wrong options, every
    /// question would print the others' answers, and none could be believable for its target.
    ///
    /// Only links the text itself draws (a holder's reasons are the holder's, and a rumour gives
    /// none), three to five of them, no two sharing an end and none on a chain of reasons with
    /// another, so that every item has exactly one partner a learner could defend; and a spare
    /// on the right that partners nothing, or none is asked.
    func linkMatch(_ kind: Links.Kind, random: inout SeededRandom) -> [Question] {
        var pairs: [LinkPair] = []
        var taken: Set<String> = []
        for giver in index.links.gisted where index.links.givers[kind]?.contains(giver) ?? false {
            guard let giverGist = index.links.gists[giver], let item = linkedItem(giver), drawnByTheText(item, kind)
            else { continue }
            for target in item.links[kind] {
                guard let targetGist = index.links.gists[target], !taken.contains(giver), !taken.contains(target),
                    connected(to: [giver, target], by: kind).isDisjoint(with: taken)
                else { continue }
                pairs.append(LinkPair(giver: giver, target: target, giverGist: giverGist, targetGist: targetGist))
                taken.formUnion([giver, target])
            }
        }
        guard pairs.count >= 3, Set(pairs.map { Choices.key($0.giverGist) }).count == pairs.count,
            Set(pairs.map { Choices.key($0.targetGist) }).count == pairs.count
        else { return [] }
        // A spare that partners nothing, or the last pair is forced: an item of the record with a
        // gist and no link of any kind, so that it is no reason (basis, contrast) the text gives
        // for anything.
        let spares = index.links.gisted.filter { index.links.neighbours[$0] == nil }.compactMap {
            index.links.gists[$0]
        }
        let spare = Choices.distinct(
            spares.seededShuffle(using: &random), count: 1, excluding: pairs.map(\.giverGist) + pairs.map(\.targetGist))
        guard !spare.isEmpty else { return [] }
        let chosen = Array(pairs.seededShuffle(using: &random).prefix(5))
        let left = chosen.map { TextTools.capitalized($0.targetGist) }
        let givers = chosen.map(\.giverGist)
        let shown = (givers + spare).seededShuffle(using: &random)
        let (prompt, relation): (String, String) =
            switch kind {
            case .reason: ("Match each of these to the reason the text gives for it.", "a reason for")
            case .basis: ("Match each of these to what the text gives as its basis.", "the basis of")
            case .contrast: ("Match each of these to what the text contrasts it with.", "set against")
            }
        let explanation = chosen.map { "The text gives \($0.giverGist) as \(relation) \($0.targetGist)." }
        let first = chosen.first.flatMap { linkedItem($0.giver) }
        return [
            question(
                Self.linkTemplate(kind), chosen.map(\.giver).sorted(), prompt: prompt, options: shown, left: left,
                answer: .pairs(givers.map { shown.firstIndex(of: $0)! }),
                explanation: explanation.joined(separator: " "), source: first?.source, statementKind: .fact,
                facts: chosen.map(\.giver), tags: [])
        ]
    }

    /// An event or a statement, by id.
    private enum LinkedItem {
        case event(Event)
        case statement(Statement)

        var links: Links {
            switch self {
            case .event(let event): event.links
            case .statement(let statement): statement.links
            }
        }

        var source: String {
            switch self {
            case .event(let event): event.source
            case .statement(let statement): statement.source
            }
        }
    }

    private func linkedItem(_ id: String) -> LinkedItem? {
        if let statement = index.statement(id) { return .statement(statement) }
        return index.event(id).map { .event($0) }
    }

    /// Whether the text itself draws a link: a claim's reason is its holder's, and a claim the
    /// text only passes on (a rumour, a report) has nobody behind it to give a reason. Bases and
    /// contrasts are always the text's reading.
    private func drawnByTheText(_ item: LinkedItem, _ kind: Links.Kind) -> Bool {
        guard kind == .reason, case .statement(let statement) = item, statement.kind == .claim else { return true }
        return statement.holder.map { index.sources[$0] != nil } ?? false
    }

    /// The items linked to `start` by links of one kind, both ways; for reasons, through any
    /// number of steps (a reason for a reason is a reason a learner could defend).
    private func connected(to start: [String], by kind: Links.Kind) -> Set<String> {
        var seen = Set(start)
        var frontier = start
        while let id = frontier.popLast() {
            for other in index.links.neighbours[id] ?? [] where !seen.contains(other) && linked(id, other, by: kind) {
                seen.insert(other)
                if kind == .reason { frontier.append(other) }
            }
        }
        return seen
    }

    private func linked(_ a: String, _ b: String, by kind: Links.Kind) -> Bool {
        linkedItem(a)?.links[kind].contains(b) ?? false || linkedItem(b)?.links[kind].contains(a) ?? false
    }
}
