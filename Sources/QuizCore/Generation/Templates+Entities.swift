extension Templates {
    /// The questions a template makes from one entity.
    func entityQuestions(_ template: Name, _ entity: Entity) -> [Question] {
        switch template {
        case .entityDescription: return entityDescription(entity)
        case .entityDate: return entityDate(entity)
        default: return []
        }
    }

    private func sourceOf(_ entity: Entity) -> String? {
        entity.source ?? (index.record.sources.count == 1 ? index.record.sources[0].id : nil)
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
