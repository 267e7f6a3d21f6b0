extension QuestionGenerator {
    /// An authored question, ready to ask: options shuffled by the seed, attribution and
    /// explanation taken from the items it tests.
    func authored(_ authored: AuthoredQuestion, random: inout SeededRandom) -> Question {
        let statements = authored.tests.compactMap { id in record.statements.first { $0.id == id } }
        let kind: Statement.Kind =
            statements.contains { $0.kind == .claim }
            ? .claim : statements.contains { $0.kind == .position } ? .position : .fact
        let explanation =
            authored.explanation
            ?? authored.tests.compactMap { id -> String? in
                if let event = record.events.first(where: { $0.id == id }) { return event.summary }
                // Positions and claims keep their holder in the explanation, as generated ones do.
                if let statement = statements.first(where: { $0.id == id }) { return templates.attributed(statement) }
                if let event = record.events.first(where: { $0.quantities.contains { $0.id == id } }) {
                    return event.summary
                }
                return nil
            }.joined(separator: " ")
        var question = Question(
            id: authored.id, kind: authored.kind, prompt: authored.prompt, options: [], left: [], answer: .truth(true),
            accepted: [], explanation: explanation, source: authored.source, statementKind: kind,
            facts: authored.tests.isEmpty ? [authored.id] : authored.tests,
            template: "authored", tags: authored.tags)
        question.notes = authored.notes
        question.patterns = authored.patterns
        question.wrongFeedback = authored.wrongFeedback
        question.rightFeedback = authored.rightFeedback
        switch authored.answer {
        case .choice(let choices, let correct):
            let shown = choices.seededShuffle(using: &random)
            question.options = shown
            question.answer = .option(shown.firstIndex(of: choices[correct])!)
        case .choices(let choices, let correct):
            let shown = choices.seededShuffle(using: &random)
            question.options = shown
            question.answer = .options(correct.map { shown.firstIndex(of: choices[$0])! }.sorted())
        case .truth(let value):
            question.options = ["True", "False"]
            question.answer = .truth(value)
        case .text(let text, let accepted):
            question.answer = .text(text)
            question.accepted = accepted
        case .number(let value, let tolerance, let unit):
            question.answer = .number(value, tolerance: tolerance, unit: unit, approximate: false)
            question.accepted = authored.alternatives
        case .date(let date):
            question.answer = .date(date)
        case .order(let items):
            let shown = items.seededShuffle(using: &random)
            question.options = shown
            question.answer = .order(items.map { shown.firstIndex(of: $0)! })
        case .pairs(let pairs):
            let rights = pairs.map(\.right)
            let shown = (rights + authored.distractors).seededShuffle(using: &random)
            question.left = pairs.map(\.left)
            question.options = shown
            question.answer = .pairs(rights.map { shown.firstIndex(of: $0)! })
        case .blanks(let parts):
            question.answer = .blanks(
                parts.compactMap { part in
                    if case .blank(let answers) = part { return answers }
                    return nil
                })
        }
        return question
    }
}
