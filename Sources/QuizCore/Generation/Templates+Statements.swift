extension Templates {
    /// The questions a template makes from one statement.
    func statementQuestions(_ template: Name, _ statement: Statement, random: inout SeededRandom) -> [Question] {
        switch template {
        case .statementTrue: return statementTrue(statement, random: &random)
        case .statementStatus: return statementStatus(statement, random: &random)
        case .statementHolder: return statementHolder(statement, random: &random)
        case .statementFalseHolder: return statementFalseHolder(statement, random: &random)
        case .statementCloze: return statementCloze(statement)
        case .positionCompare: return positionCompare(statement, random: &random)
        default: return []
        }
    }

    private func make(
        _ template: Name, _ statement: Statement, _ parts: [String] = [], prompt: String, options: [String] = [],
        left: [String] = [], answer: Question.Answer, accepted: [String] = [], subject: String? = nil,
        rivals: [String] = []
    ) -> Question {
        question(
            template, [statement.id] + parts, prompt: prompt, options: options, left: left, answer: answer,
            accepted: accepted, explanation: explanation(statement), source: statement.source,
            statementKind: statement.kind, facts: [statement.id], tags: tags(statement), subject: subject,
            rivals: rivals)
    }

    /// The statement as the text attributes it, for a true/false prompt. The record words what
    /// the text says in its own way, so it is never printed as a quotation: the attribution
    /// comes first, as a sentence, and the statement after it.
    private func claimSentence(_ statement: Statement, holder: String? = nil) -> String {
        // "Official sources gave a figure of 379 dead." is put to the learner with its holder,
        // or another, in its own place: "According to the text, the Congress gave …".
        if let rest = afterSwappableHolder(statement) {
            return "According to the text, \(holder ?? holderName(statement))\(rest)"
        }
        let sentence = TextTools.capitalized(reported(statement))
        switch statement.kind {
        case .fact:
            return "The text states this as fact: \(sentence)"
        case .position:
            return "The text gives this as the position of \(holder ?? holderName(statement)): \(sentence)"
        case .claim:
            if let holderID = statement.holder, holder == nil, index.sources[holderID] != nil {
                return "The text's author makes this claim: \(sentence)"
            }
            if holder != nil || statement.holder != nil {
                return "The text attributes this claim to \(holder ?? holderName(statement)): \(sentence)"
            }
            switch statement.status {
            case .rumoured?: return "The text passes this on as a rumour: \(sentence)"
            case .apparent?: return "The text says this was apparently so: \(sentence)"
            default: return "The text reports this, without saying who says so: \(sentence)"
            }
        }
    }

    /// The statement as the text attributes it: true. Asked only of statements that could also
    /// be asked false, and then for about half of them, so that "True" is no safe guess.
    func statementTrue(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        guard Self.asksTrue(statement.id), rivalHolder(for: statement, random: &random) != nil else { return [] }
        return [
            make(
                .statementTrue, statement, prompt: "True or false? \(claimSentence(statement))",
                options: ["True", "False"], answer: .truth(true))
        ]
    }

    /// How does the text pass this claim on: as a report, a rumour? Asked of claims the text
    /// passes on as a report or a rumour, and only where the record qualifies claims in more than
    /// one way, so that the key is not always the same. Every such question offers the same five
    /// labels: a label missing from one question would point to its answer in another. A claim the
    /// text only hedges ("apparently") is not asked: a hedge can be read as hearsay or as the
    /// author's own doubt, so more than one label would be defensible.
    func statementStatus(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        let labels: [(Statement.Status?, String)] = [
            (nil, "as plain fact"), (.reported, "as a report"), (.rumoured, "as a rumour"),
            (.apparent, "as something that only seems to be so"), (nil, "as the author's own opinion"),
        ]
        guard statement.kind == .claim, statement.holder == nil, let status = statement.status, status != .apparent,
            index.record.statements.contains(where: { $0.kind == .claim && $0.status != nil && $0.status != status }),
            !sharesItsSource(statement)
        else { return [] }
        let answer = labels.first { $0.0 == status }!.1
        let (options, position) = Choices.shuffled(
            answer: answer, distractors: labels.map(\.1).filter { $0 != answer }, random: &random)
        return [
            make(
                .statementStatus, statement,
                prompt: "\(TextTools.capitalized(statement.text)) How does the text present this statement?",
                options: options, answer: .option(position))
        ]
    }

    /// Whether a claim came with another claim the text qualifies differently, in the same event
    /// or on the same basis ("information… including rumours"): which label fits each is then
    /// arguable, and the question is not asked.
    private func sharesItsSource(_ statement: Statement) -> Bool {
        let sources = Set(statement.about.filter { index.eventsByID[$0] != nil || index.statementsByID[$0] != nil })
            .union(index.links.neighbours[statement.id] ?? [])
        guard !sources.isEmpty else { return false }
        return index.record.statements.contains { other in
            other.id != statement.id && other.kind == .claim && other.status != nil && other.status != statement.status
                && !sources.isDisjoint(with: Set(other.about).union(index.links.neighbours[other.id] ?? []))
        }
    }

    /// Entities that hold views in the record and could fairly be offered as the holder of
    /// `statement` instead of its own.
    private func rivalHolders(for statement: Statement, count: Int, random: inout SeededRandom) -> [Entity] {
        guard let holderID = statement.holder else { return [] }
        // Entities the statement names or is about are no rivals: "_____ desired to colonize
        // Ethiopia" cannot fairly offer Ethiopia.
        // Those who take their own stand on the same topic stay rivals even where it names them:
        // Ethiopia's reading of Article 17 against Italy's.
        let sameTopic = statement.topic.flatMap { index.holdersByTopic[$0] } ?? []
        // A stand that names the other party gives itself away ("a protectorate over Ethiopia" is
        // no claim of Ethiopia's): whoever the reported claim names is never offered.
        let excluded = mentionedIDs(in: reported(statement)).union(Set(statement.about).subtracting(sameTopic))
            .union([holderID])
        let own = index.entities[holderID]
        let plausible: (Entity) -> Bool =
            own.map { self.fits(against: $0, in: statement.date?.yearSpan, holder: true) } ?? {
                index.cast.holders.contains($0.id)
            }
        // A group is loosely bounded ("some historians"): offered only as another account of the
        // same thing, against a person or group.
        let critic = critic
        let ownName = own?.name
        let fits: (Entity) -> Bool = { candidate in
            guard plausible(candidate) else { return false }
            // "some historians" is no fair wrong answer beside "some modern historians".
            if let ownName, QuestionCritic.oneContainsTheOther(candidate.name, ownName) { return false }
            guard candidate.kind == .group else { return true }
            return own.map { critic.rivalAccounts(candidate, $0) } ?? false
        }
        let candidates = Choices.sampleEntities(
            index, kinds: RecordIndex.actorKinds.union([.group]), count: count, excluding: excluded,
            excludingNames: own.map(TextTools.names(of:)) ?? [], where: fits, random: &random)
        // Not a rival if the record also gives this text to it.
        return candidates.filter { other in
            !index.record.statements.contains {
                $0.holder == other.id && Choices.key($0.text) == Choices.key(statement.text)
            }
        }
    }

    private func rivalHolder(for statement: Statement, random: inout SeededRandom) -> Entity? {
        // A statement that names its own holder ("Italy claimed…") cannot be given to another,
        // unless it names it first and only there ("Official sources gave a figure…").
        guard statement.kind != .fact, let holder = statement.holder, index.entities[holder] != nil else { return nil }
        var copy = random
        if !mentionsHolder(holder, in: reported(statement)) {
            return rivalHolders(for: statement, count: 1, random: &copy).first
        }
        // Put in the sentence's own words with another holder, the statement must be false of
        // that holder by the text: only one whose own account the text sets against it will do
        // ("Congress leaders objected to the partition" is no false item for the Calcutta
        // upper classes, who challenged it too).
        guard afterSwappableHolder(statement) != nil else { return nil }
        let contrasted = contrastedHolders(of: statement)
        guard !contrasted.isEmpty else { return nil }
        return rivalHolders(for: statement, count: 8, random: &copy).first { contrasted.contains($0.id) }
    }

    /// The holders of the statements the text sets against this one (`contrasts-with`, either way).
    func contrastedHolders(of statement: Statement) -> Set<String> {
        var ids = Set(statement.links[.contrast])
        for other in index.record.statements where other.links[.contrast].contains(statement.id) {
            ids.insert(other.id)
        }
        return Set(ids.compactMap { index.statementsByID[$0].flatMap { index.record.statements[$0].holder } })
    }

    /// Who holds this position, or makes this claim? Wrong options hold views of their own in
    /// the record; the text's author is offered too when it makes claims, so that it is not
    /// always the answer.
    func statementHolder(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        // The text's author as the answer is a pattern, not a piece of history: its own claims
        // are not asked this way.
        guard statement.kind != .fact, let holderID = statement.holder, index.entities[holderID] != nil,
            let answer = index.holderName(holderID)
        else { return [] }
        // Another account's holder that reads like this one ("some historians" beside "some
        // modern historians"): offered, two answers are defensible; left out, the answer is the
        // only one of its sort. The question is not asked.
        let critic = critic
        if let own = index.entities[holderID],
            index.cast.holders.contains(where: { id in
                guard id != holderID, let other = index.entities[id] else { return false }
                return critic.rivalAccounts(other, own) && QuestionCritic.oneContainsTheOther(other.name, own.name)
            })
        {
            return []
        }
        var text = statement.text
        let clause = reportingClause(statement)
        if let entity = index.entities[holderID] {
            if let clause {
                text = String(clause)
            } else if let mention = freeMention(of: entity, in: text) {
                text = TextTools.blanking(mention.range, in: text)
            }
            if TextTools.leaks(TextTools.names(of: entity), in: text) { return [] }
        }
        let rivals = rivalHolders(for: statement, count: choiceCount - 1, random: &random)
        var distractors = rivals.map(\.name)
        if index.entities[holderID] != nil, distractors.count < choiceCount - 1,
            let author = index.cast.holders.sorted().first(where: { index.sources[$0] != nil }),
            let name = index.holderName(author)
        {
            distractors.append(name)
        }
        guard !distractors.isEmpty else { return [] }
        let (options, position) = Choices.shuffled(answer: answer, distractors: distractors, random: &random)
        let verb = statement.kind == .position ? "holds this position" : "makes this claim"
        return [
            make(
                .statementHolder, statement,
                // "Italy claimed that …" is asked "who claimed that …?", in the text's own words.
                // "_____ gave a figure of …" is asked "who gave a figure of …?" too.
                prompt: clause.map { "According to the text, who\(Self.withoutFullStop($0))?" }
                    ?? Self.openingBlankQuestion(text, asking: "who")
                    ?? "\(TextTools.capitalized(text)) According to the text, who \(verb)?", options: options,
                answer: .option(position), accepted: index.entities[holderID]?.aliases ?? [],
                subject: index.entities[holderID] != nil ? holderID : nil, rivals: rivals.map(\.id))
        ]
    }

    /// The statement attributed to a rival holder: false. Paired with `statementTrue`.
    func statementFalseHolder(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        guard !Self.asksTrue(statement.id), let holder = statement.holder,
            let other = rivalHolder(for: statement, random: &random)
        else { return [] }
        return [
            make(
                .statementFalseHolder, statement,
                prompt: "True or false? \(claimSentence(statement, holder: other.name))",
                options: ["True", "False"], answer: .truth(false), subject: holder, rivals: [other.id])
        ]
    }

    /// Fill in a name the statement mentions; the prompt keeps the attribution.
    func statementCloze(_ statement: Statement) -> [Question] {
        var questions: [Question] = []
        // The author's own judgements are asked as whose view they are, never drilled.
        if let holder = statement.holder, index.sources[holder] != nil { return [] }
        let candidates = statement.about + (statement.holder.map { [$0] } ?? [])
        var seen: Set<String> = []
        for id in candidates where seen.insert(id).inserted {
            guard let entity = index.entities[id], let mention = freeMention(of: entity, in: statement.text)
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
                if id == statement.holder, blanked.hasPrefix("_____ ") {
                    // "_____ wanted …" says itself that the blank holds the view.
                    lead = "Fill in the blank, according to the text:"
                } else if id == statement.holder {
                    lead = "The text gives this as a stated position. Fill in the blank:"
                } else if let holder = statement.holder, startsWithHolder(holder, blanked) {
                    // "Pakistan has maintained its stance…" says whose position it is already.
                    lead = "Fill in the blank, according to the text:"
                } else {
                    let verb = statement.holder.map(index.takesPluralVerb) == true ? "hold" : "holds"
                    lead = "According to the text, \(holderName(statement)) \(verb) this position. Fill in the blank:"
                }
            case .claim:
                if let holder = statement.holder, holder != id, let name = index.holderName(holder) {
                    lead =
                        index.sources[holder] != nil
                        ? "The text's author makes this claim. Fill in the blank:"
                        : "According to the text, \(name) claimed the following. Fill in the blank:"
                } else if statement.holder != nil {
                    lead = "The text gives this as someone's claim. Fill in the blank:"
                } else {
                    lead =
                        statement.status == .apparent
                        ? "The text says only that this was apparently so. Fill in the blank:"
                        : "The text passes this on \(statusPhrase(statement) ?? "as a claim"), without saying whose it is. Fill in the blank:"
                }
            }
            let matched = String(statement.text[mention.range])
            let accepted = [entity.name] + entity.aliases.filter { $0 != entity.name }
            let blanks = ([matched] + accepted.filter { Choices.key($0) != Choices.key(matched) })
            questions.append(
                make(
                    .statementCloze, statement, [id], prompt: "\(lead) \(TextTools.capitalized(blanked))",
                    answer: .blanks([blanks]),
                    subject: id))
        }
        return questions
    }

    /// What a statement says its holder claims, without the holder: "Italy claimed that Article 17
    /// imposed a protectorate" reports "Article 17 imposed a protectorate". The statement's own
    /// text where it does not open that way.
    func reported(_ statement: Statement) -> String {
        guard let clause = reportingClause(statement),
            let verb = Self.reportingVerbs.first(where: { clause.hasPrefix($0) })
        else { return statement.text }
        return TextTools.capitalized(String(clause.dropFirst(verb.count)))
    }

    /// The words after the holder in a statement that opens "Italy claimed that …": " claimed
    /// that …".
    func reportingClause(_ statement: Statement) -> Substring? {
        guard let holder = statement.holder, let after = afterOpeningHolder(holder, statement.text),
            let verb = Self.reportingVerbs.first(where: { after.hasPrefix($0) }), after.count > verb.count
        else { return nil }
        return after
    }

    static func withoutFullStop(_ text: Substring) -> Substring {
        text.hasSuffix(".") ? text.dropLast() : text
    }

    static let reportingVerbs: [String] = [
        "claimed", "said", "argued", "maintained", "held", "insisted", "believed",
        "stated", "declared", "asserted", "claims", "says", "argues", "maintains", "holds", "insists", "believes",
        "states", "declares", "asserts",
    ].map { " \($0) that " }

    /// Whether a position's text opens with its holder's name, as its subject ("Pakistan has
    /// maintained its stance…"): the quote then says whose position it is.
    func startsWithHolder(_ holder: String, _ text: String) -> Bool {
        afterOpeningHolder(holder, text) != nil
    }

    /// The rest of a text that opens with its holder's name ("Italy| claimed that…"); nil when it
    /// does not.
    private func afterOpeningHolder(_ holder: String, _ text: String) -> Substring? {
        guard let entity = index.entities[holder], let mention = TextTools.mention(of: entity, in: text) else {
            return nil
        }
        let before = text[..<mention.range.lowerBound]
        guard before.isEmpty || before == "The " || before == "the " else { return nil }
        return text[mention.range.upperBound...]
    }

    /// The rest of a statement that opens with its holder, as a subject another holder could take
    /// ("Official British Indian sources| gave a figure of 379 dead."): a verb in a past tense,
    /// which reads the same after any subject, and no other mention of the holder. `nil` for a
    /// statement that reports its holder's words ("Italy claimed that …"), which is asked
    /// without them.
    func afterSwappableHolder(_ statement: Statement) -> Substring? {
        guard let holder = statement.holder, reportingClause(statement) == nil,
            let rest = afterOpeningHolder(holder, statement.text), rest.hasPrefix(" ")
        else { return nil }
        let verb = String(rest.dropFirst().prefix { $0.isLetter })
        guard Self.isRegularPastTense(verb) || Self.unchangingPastTenses.contains(verb),
            !mentionsHolder(holder, in: String(rest))
        else { return nil }
        return rest
    }

    /// Whether a text names a holder, or points to it with a word made from its name: a position
    /// that says "Italy claimed…" gives away whose it is.
    func mentionsHolder(_ holder: String, in text: String) -> Bool {
        guard let entity = index.entities[holder] else { return false }
        return TextTools.mentions(entity, in: text) || QuestionCritic.derivedWord(of: entity, in: text) != nil
    }

    /// Two holders on one topic: which of these is X's stated position? The wrong options are
    /// other holders' positions on the same topic, so the learner must know who said which.
    func positionCompare(_ statement: Statement, random: inout SeededRandom) -> [Question] {
        guard statement.kind == .position, let holder = statement.holder, let topic = statement.topic,
            let name = index.holderName(holder)
        else { return [] }
        let own = (index.positionsByHolder[holder] ?? []).map { Choices.key($0.text) }
        guard !mentionsHolder(holder, in: statement.text) else { return [] }
        // Rivals on another side: a president's stance is no rival of his own state's.
        func apart(_ other: String?) -> Bool {
            guard let other else { return false }
            guard let mine = index.entities[holder], let theirs = index.entities[other] else { return true }
            return !index.cast.sameSide(mine, theirs)
        }
        let others = index.record.statements.lazy.filter {
            $0.kind == .position && $0.topic == topic && $0.holder != holder && apart($0.holder)
                && !own.contains(Choices.key($0.text)) && !self.mentionsHolder(holder, in: $0.text)
        }.prefix(64).map(\.text)
        let distractors = Choices.distinct(
            Array(others).seededShuffle(using: &random), count: choiceCount - 1, excluding: [statement.text])
        guard !distractors.isEmpty else { return [] }
        let (options, position) = Choices.shuffled(answer: statement.text, distractors: distractors, random: &random)
        return [
            make(
                .positionCompare, statement,
                prompt:
                    "The text gives more than one stance on \(topic). Which of these is the position of \(name)?",
                options: options, answer: .option(position))
        ]
    }

    /// Which of these does the text give as the holder's stated positions? (select all)
    func holderPositions(_ holder: String, random: inout SeededRandom) -> [Question] {
        guard let positions = index.positionsByHolder[holder], let name = index.holderName(holder) else { return [] }
        var seenTexts: Set<String> = []
        // A position that names its holder, or the holder asked about, gives the key away.
        let distinctPositions = positions.filter {
            !mentionsHolder(holder, in: $0.text) && seenTexts.insert(Choices.key($0.text)).inserted
        }
        guard !distinctPositions.isEmpty else { return [] }
        let right = distinctPositions.seededShuffle(using: &random).prefix(max(1, choiceCount / 2))
        let own = index.entities[holder]
        let wrong = index.record.statements.lazy.filter { other in
            guard other.kind == .position, let otherHolder = other.holder, otherHolder != holder,
                !mentionsHolder(holder, in: other.text), !mentionsHolder(otherHolder, in: other.text)
            else { return false }
            guard let own, let rival = index.entities[otherHolder] else { return true }
            return !index.cast.sameSide(own, rival)
        }.prefix(64)
        let wrongTexts = Choices.distinct(
            Array(wrong.map(\.text)).seededShuffle(using: &random), count: choiceCount - right.count,
            excluding: positions.map(\.text))
        guard !wrongTexts.isEmpty else { return [] }
        let options = (right.map(\.text) + wrongTexts).seededShuffle(using: &random)
        let correct = right.map { options.firstIndex(of: $0.text)! }.sorted()
        return [
            question(
                .holderPositions, [holder],
                prompt: "Which of these does the text give as positions of \(name)? Choose all that apply.",
                options: options, answer: .options(correct),
                explanation: right.map { "Position of \(name): \($0.text)" }.joined(separator: " "),
                source: right.first?.source, statementKind: .position, facts: right.map(\.id), tags: [])
        ]
    }

    /// Match each stated position to its holder.
    func holderPositionMatch(random: inout SeededRandom) -> [Question] {
        // Holders on one side (a state and its president) are not told apart here.
        var holders: [String] = []
        for holder in index.positionsByHolder.keys.sorted() {
            let entity = index.entities[holder]
            let apart = holders.allSatisfy { other in
                guard let entity, let rival = index.entities[other] else { return true }
                return !index.cast.sameSide(entity, rival)
            }
            if apart { holders.append(holder) }
        }
        guard holders.count >= 2 else { return [] }
        let chosen = holders.seededShuffle(using: &random).prefix(4).sorted()
        let pairs = chosen.compactMap { holder -> (String, Statement)? in
            // The position must name none of the holders being matched.
            guard let name = index.holderName(holder),
                let position = index.positionsByHolder[holder]?.first(where: { position in
                    !chosen.contains { mentionsHolder($0, in: position.text) }
                })
            else { return nil }
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
                prompt: "Match each position to whose it is, according to the text.",
                options: shown, left: left, answer: .pairs(names.map { shown.firstIndex(of: $0)! }),
                explanation: pairs.map { "Position of \($0.0): \($0.1.text)" }.joined(separator: " "),
                source: pairs.first?.1.source, statementKind: .position, facts: pairs.map(\.1.id), tags: [])
        ]
    }
}
