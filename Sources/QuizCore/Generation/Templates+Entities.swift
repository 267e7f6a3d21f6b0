extension Templates {
    /// The questions a template makes from one entity.
    func entityQuestions(_ template: Name, _ entity: Entity) -> [Question] {
        switch template {
        case .entityExpansion: return entityExpansion(entity)
        case .entityShortForm: return entityShortForm(entity)
        case .entityDescription: return entityDescription(entity)
        case .entityDate: return entityDate(entity)
        default: return []
        }
    }

    /// An alias that is an abbreviation of the name, letter for letter: "PLO" for "the Palestine
    /// Liberation Organization" ("USSR" for "the Soviet Union" is no such thing).
    private func abbreviation(_ entity: Entity) -> String? {
        let initials = entity.name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .filter { $0.first?.isUppercase == true }
            .compactMap(\.first).map { Character($0.uppercased()) }
        return entity.aliases.first { alias in
            (2...8).contains(alias.count) && alias.allSatisfy { $0.isUppercase || $0 == "." }
                && Array(alias.filter { $0 != "." }) == initials
        }
    }

    private func sourceOf(_ entity: Entity) -> String? {
        entity.source ?? (index.record.sources.count == 1 ? index.record.sources[0].id : nil)
    }

    /// What does PLO stand for?
    func entityExpansion(_ entity: Entity) -> [Question] {
        guard let short = abbreviation(entity) else { return [] }
        return [
            question(
                .entityExpansion, [entity.id], prompt: "What does \(short) stand for?", answer: .text(entity.name),
                explanation: "\(short): \(entity.name).", source: sourceOf(entity), statementKind: .fact,
                facts: [entity.id], tags: [])
        ]
    }

    /// What is the usual short form of the Palestine Liberation Organization?
    func entityShortForm(_ entity: Entity) -> [Question] {
        guard let short = abbreviation(entity) else { return [] }
        return [
            question(
                .entityShortForm, [entity.id], prompt: "What is the short form of \(entity.name)?",
                answer: .text(short),
                explanation: "\(entity.name) is known as \(short).", source: sourceOf(entity), statementKind: .fact,
                facts: [entity.id], tags: [])
        ]
    }

    /// Who is described as "former Pakistani President"?
    func entityDescription(_ entity: Entity) -> [Question] {
        guard let description = entity.description, !TextTools.leaks(TextTools.names(of: entity), in: description)
        else {
            return []
        }
        let noun = entity.kind == .person ? "Who" : "Which \(Self.noun(entity.kind))"
        return [
            question(
                .entityDescription, [entity.id], prompt: "\(noun) does the text describe as \(description)?",
                answer: .text(entity.name), accepted: entity.aliases,
                explanation: "\(entity.name): \(description).", source: sourceOf(entity), statementKind: .fact,
                facts: [entity.id], tags: [])
        ]
    }

    /// When was the war?
    func entityDate(_ entity: Entity) -> [Question] {
        guard entity.kind == .war, let date = entity.date, let span = date.yearSpan,
            !TextTools.containsYear(in: entity.name, from: [span.lowerBound, span.upperBound])
        else { return [] }
        let prompt: String
        if date.isAskableAsYear {
            prompt = "In what year did \(entity.name) take place, according to the text?"
        } else if date.isAskableAsSpan {
            prompt = "Over which years did \(entity.name) take place, according to the text?"
        } else {
            return []
        }
        return [
            question(
                .entityDate, [entity.id], prompt: prompt, answer: .date(date),
                explanation: "\(entity.name): \(DateLabel.text(for: date)).", source: sourceOf(entity),
                statementKind: .fact, facts: [entity.id], tags: [])
        ]
    }
}
