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

    /// "According to the text, who was the count who represented Italy at the signing?": asked
    /// of a description that says what the entity was in the history, which opens with an article
    /// or a possessive. A bare title ("former Pakistani President") is not asked: naming the one
    /// holder of a title the text gives tests a label, not anything the person did or said.
    func entityDescription(_ entity: Entity) -> [Question] {
        guard let description = entity.description, Self.opensWithDeterminer(description),
            !TextTools.leaks(TextTools.names(of: entity), in: description)
        else {
            return []
        }
        let prompt: String
        let words = description.split(separator: " ", maxSplits: 3).map(String.init)
        if words.count == 4, words[0].lowercased() == "the", ["who", "which", "that"].contains(words[2]) {
            // "the count who represented Italy…" is asked "Which count represented Italy…?"
            prompt = "According to the text, which \(words[1]) \(words[3])?"
        } else {
            let noun = entity.kind == .person ? "who" : "which \(Self.noun(entity.kind))"
            prompt = "According to the text, \(noun) was \(description)?"
        }
        return [
            question(
                .entityDescription, [entity.id], prompt: prompt,
                answer: .text(entity.name), accepted: entity.aliases,
                explanation: "The text describes \(entity.name) as \(description).", source: sourceOf(entity),
                statementKind: .fact,
                facts: [entity.id], tags: [])
        ]
    }

    /// Whether a noun phrase opens with an article, a possessive or a demonstrative.
    static func opensWithDeterminer(_ phrase: String) -> Bool {
        let first = phrase.prefix { $0 != " " }.lowercased()
        return ["the", "a", "an", "his", "her", "its", "their", "this", "that", "one"].contains(first)
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
                explanation: "The text dates \(entity.name) to \(DateLabel.text(for: date)).", source: sourceOf(entity),
                statementKind: .fact, facts: [entity.id], tags: [])
        ]
    }
}
