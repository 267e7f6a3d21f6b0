extension Templates {
    /// The questions a template makes from one statement.
    func statementQuestions(_ template: Name, _ statement: Statement, random: inout SeededRandom) -> [Question] {
        switch template {
        case .statementTrue: return [statementTrue(statement)]
        case .statementStatus: return statementStatus(statement, random: &random)
        case .statementHolder: return statementHolder(statement, random: &random)
        case .statementFalseHolder: return statementFalseHolder(statement, random: &random)
        case .statementFalseFact: return statementFalseFact(statement)
        case .statementCloze: return statementCloze(statement)
        case .positionTopic: return positionTopic(statement, random: &random)
        default: return []
        }
    }

    private func make(
        _ template: Name, _ statement: Statement, _ parts: [String] = [], prompt: String, options: [String] = [],
        left: [String] = [], answer: Question.Answer, accepted: [String] = []
    ) -> Question {
        question(
            template, [statement.id] + parts, prompt: prompt, options: options, left: left, answer: answer,
            accepted: accepted, explanation: explanation(statement), source: statement.source,
            statementKind: statement.kind, facts: [statement.id], tags: tags(statement))
    }

    /// The statement as the text attributes it, for a true/false prompt.
    private func claimSentence(_ statement: Statement, holder: String? = nil) -> String {
        let quoted = "“\(statement.text)”"
        switch statement.kind {
        case .fact:
            return "according to the text, \(quoted)"
        case .position:
            return "the text gives this as the stated position of \(holder ?? holderName(statement)): \(quoted)"
        case .claim:
            if let holderID = statement.holder, holder == nil, index.sources[holderID] != nil {
                return "the text's author makes this claim: \(quoted)"
            }
            if holder != nil || statement.holder != nil {
                return "the text attributes this claim to \(holder ?? holderName(statement)): \(quoted)"
            }
            switch statement.status {
            case .rumoured?: return "the text passes this on as a rumour: \(quoted)"
            case .apparent?: return "the text says this was apparently so: \(quoted)"
            default: return "the text reports this, without saying who says so: \(quoted)"
            }
        }
    }

    func statementTrue(_ statement: Statement) -> Question {
        make(
            .statementTrue, statement, prompt: "True or false: \(claimSentence(statement))",
            options: ["True", "False"],
            answer: .truth(true))
    }

    /// How does the text present it: as fact, as a report, as a rumour, as apparent? Asked of
    /// facts and of claims the text qualifies.
    func statementStatus(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        let labels: [(Statement.Status?, String)] = [
            (nil, "as plain fact"), (.reported, "as something reported, without saying by whom"),
            (.rumoured, "as a rumour"), (.apparent, "as what apparently was so"),
        ]
        guard
            statement.kind == .fact || (statement.kind == .claim && statement.status != nil && statement.holder == nil)
        else { return [] }
        let answer = labels.first { $0.0 == statement.status }!.1
        let (options, position) = Choices.shuffled(
            answer: answer, distractors: labels.map(\.1).filter { $0 != answer }, random: &random)
        return [
            make(
                .statementStatus, statement, prompt: "How does the text present this? “\(statement.text)”",
                options: options,
                answer: .option(position))
        ]
    }

    /// Who holds this position, or makes this claim?
    func statementHolder(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        guard statement.kind != .fact, let holderID = statement.holder, let answer = index.holderName(holderID) else {
            return []
        }
        var text = statement.text
        if let entity = index.entities[holderID] {
            if let mention = TextTools.mention(of: entity, in: text) {
                text = TextTools.blanking(mention.range, in: text)
            }
            if TextTools.leaks(TextTools.names(of: entity), in: text) { return [] }
        }
        let excluded = mentionedIDs(in: statement.text).union([holderID])
        let kinds =
            index.entities[holderID].map { Set([$0.kind]).union(RecordIndex.actorKinds) } ?? RecordIndex.actorKinds
        let others = Choices.sampleEntities(
            index, kinds: kinds, count: choiceCount - 1, excluding: excluded,
            excludingNames: index.entities[holderID].map(TextTools.names(of:)) ?? [answer], random: &random)
        guard !others.isEmpty else { return [] }
        let (options, position) = Choices.shuffled(answer: answer, distractors: others.map(\.name), random: &random)
        let verb = statement.kind == .position ? "holds this stated position" : "makes this claim"
        return [
            make(
                .statementHolder, statement, prompt: "According to the text, who \(verb)? “\(text)”", options: options,
                answer: .option(position), accepted: index.entities[holderID]?.aliases ?? [])
        ]
    }

    /// The statement attributed to someone else: false.
    func statementFalseHolder(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        guard statement.kind != .fact, let holderID = statement.holder, let entity = index.entities[holderID] else {
            return []
        }
        let excluded = mentionedIDs(in: statement.text).union([holderID])
        guard
            let other = Choices.sampleEntities(
                index, kinds: RecordIndex.actorKinds, count: 1, excluding: excluded,
                excludingNames: TextTools.names(of: entity), random: &random
            ).first
        else { return [] }
        // Not false if the record also gives this text to the other holder.
        if index.record.statements.contains(where: { $0.holder == other.id && $0.text == statement.text }) { return [] }
        return [
            make(
                .statementFalseHolder, statement,
                prompt: "True or false: \(claimSentence(statement, holder: other.name))",
                options: ["True", "False"], answer: .truth(false))
        ]
    }

    /// A qualified claim presented as plain fact: false. The point of the record is knowing who
    /// says what.
    func statementFalseFact(_ statement: Statement) -> [Question] {
        guard statement.kind == .claim, statement.status != nil else { return [] }
        return [
            make(
                .statementFalseFact, statement,
                prompt: "True or false: the text states this as plain fact: “\(statement.text)”",
                options: ["True", "False"],
                answer: .truth(false))
        ]
    }

    /// Fill in a name the statement mentions; the prompt keeps the attribution.
    func statementCloze(_ statement: Statement) -> [Question] {
        var questions: [Question] = []
        let candidates = statement.about + (statement.holder.map { [$0] } ?? [])
        var seen: Set<String> = []
        for id in candidates where seen.insert(id).inserted {
            guard let entity = index.entities[id], let mention = TextTools.mention(of: entity, in: statement.text)
            else {
                continue
            }
            let blanked = TextTools.blanking(mention.range, in: statement.text)
            let names = TextTools.names(of: entity)
            guard !TextTools.leaks(names, in: blanked) else { continue }
            let lead: String
            switch statement.kind {
            case .fact: lead = "Fill in the blank, according to the text:"
            case .position:
                lead =
                    id == statement.holder
                    ? "Fill in the blank in this stated position, according to the text:"
                    : "Fill in the blank in this stated position of \(holderName(statement)):"
            case .claim:
                if let holder = statement.holder, holder != id, let name = index.holderName(holder) {
                    lead = "Fill in the blank in this claim by \(name):"
                } else {
                    lead = "Fill in the blank in this claim, \(statusPhrase(statement) ?? "according to the text"):"
                }
            }
            let matched = String(statement.text[mention.range])
            let accepted = [entity.name] + entity.aliases.filter { $0 != entity.name }
            let blanks = ([matched] + accepted.filter { Choices.key($0) != Choices.key(matched) })
            questions.append(
                make(.statementCloze, statement, [id], prompt: "\(lead) “\(blanked)”", answer: .blanks([blanks])))
        }
        return questions
    }

    /// What is the holder's stated position on the topic?
    func positionTopic(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        guard statement.kind == .position, let holder = statement.holder, let topic = statement.topic,
            let name = index.holderName(holder)
        else { return [] }
        // Wrong options: positions and claims of other holders on other topics, so that none is
        // also this holder's stance.
        let candidates = index.record.statements.lazy.filter {
            $0.kind != .fact && $0.holder != holder && $0.topic != topic && $0.id != statement.id
        }.prefix(64).map(\.text)
        let distractors = Choices.distinct(
            Array(candidates).seededShuffle(using: &random), count: choiceCount - 1, excluding: [statement.text])
        guard !distractors.isEmpty else { return [] }
        let (options, position) = Choices.shuffled(answer: statement.text, distractors: distractors, random: &random)
        return [
            make(
                .positionTopic, statement,
                prompt: "According to the text, what is the stated position of \(name) on \(topic)?",
                options: options, answer: .option(position))
        ]
    }

    /// Which of these does the text give as the holder's stated positions? (select all)
    func holderPositions(_ holder: String, random: inout SeededRandom) -> [Question] {
        guard let positions = index.positionsByHolder[holder], let name = index.holderName(holder) else { return [] }
        var seenTexts: Set<String> = []
        let distinctPositions = positions.filter { seenTexts.insert(Choices.key($0.text)).inserted }
        let right = distinctPositions.seededShuffle(using: &random).prefix(max(1, choiceCount / 2))
        let wrong = index.record.statements.lazy.filter { $0.kind != .fact && $0.holder != holder }.prefix(64)
        let wrongTexts = Choices.distinct(
            Array(wrong.map(\.text)).seededShuffle(using: &random), count: choiceCount - right.count,
            excluding: positions.map(\.text))
        guard !wrongTexts.isEmpty else { return [] }
        let options = (right.map(\.text) + wrongTexts).seededShuffle(using: &random)
        let correct = right.map { options.firstIndex(of: $0.text)! }.sorted()
        return [
            question(
                .holderPositions, [holder],
                prompt: "Which of these does the text give as stated positions of \(name)? Choose all that apply.",
                options: options, answer: .options(correct),
                explanation: right.map { "Stated position of \(name): \($0.text)" }.joined(separator: " "),
                source: right.first?.source, statementKind: .position, facts: right.map(\.id), tags: [])
        ]
    }

    /// Match each stated position to its holder.
    func holderPositionMatch(random: inout SeededRandom) -> [Question] {
        let holders = index.positionsByHolder.keys.sorted()
        guard holders.count >= 2 else { return [] }
        let chosen = holders.seededShuffle(using: &random).prefix(4).sorted()
        let pairs = chosen.compactMap { holder -> (String, Statement)? in
            guard let name = index.holderName(holder), let position = index.positionsByHolder[holder]?.first else {
                return nil
            }
            return (name, position)
        }
        // Names and texts must be unique, or the matching would have two right answers.
        guard pairs.count >= 2, Set(pairs.map { Choices.key($0.0) }).count == pairs.count,
            Set(pairs.map { Choices.key($0.1.text) }).count == pairs.count
        else { return [] }
        let left = pairs.map(\.1.text)
        let names = pairs.map(\.0)
        let shown = names.seededShuffle(using: &random)
        return [
            question(
                .holderPositionMatch, chosen,
                prompt: "Match each stated position to whose it is, according to the text.",
                options: shown, left: left, answer: .pairs(names.map { shown.firstIndex(of: $0)! }),
                explanation: pairs.map { "Stated position of \($0.0): \($0.1.text)" }.joined(separator: " "),
                source: pairs.first?.1.source, statementKind: .position, facts: pairs.map(\.1.id), tags: [])
        ]
    }
}
