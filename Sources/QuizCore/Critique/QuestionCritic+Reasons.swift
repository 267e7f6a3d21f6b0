/// The reasons the rules between questions give, in words an author can act on: which question
/// is repeated and how, and where one question prints another's answer.
extension QuestionCritic {
    /// Why `question` repeats a kept one.
    /// - Parameters:
    ///   - repeated: what the ledger found.
    ///   - question: the question judged.
    ///   - kept: the questions kept before it, the repeated one among them.
    /// - Returns: the reason, naming the earlier question (as the author's own when it is).
    func reason(for repeated: Ledger.Repeat, of question: Question, kept: [Question]) -> String {
        let earlier = kept.last { $0.id == repeated.earlier }
        let name = earlier?.template == "authored" ? "\(repeated.earlier), your own question," : repeated.earlier
        switch repeated.reason {
        case .samePrompt:
            return "\(name) already asks this, in the same words and with the same answer"
        case .authoredItem(let item):
            return
                "\(name) already tests this \(describe(item: item)); generated questions stay off the items your questions test"
        case .sameAnswer:
            return
                "\(name) has the same answer, \(question.answerText): two questions with one answer ask one thing twice"
        case .sameForm(let item, let family):
            return
                "\(name) already asks about this \(describe(item: item)) in a form of the same kind (\(Self.label(family)))"
        case .sameItemAndAnswer(let item):
            return "\(name) already tests this \(describe(item: item)) with the same answer, \(question.answerText)"
        }
    }

    /// Where `question` and the kept question `other` print each other's answers: one question's
    /// prompt, options or explanation (shown after answering, so printed too) holding the
    /// other's answer.
    func leakReason(_ question: Question, _ other: Question) -> String {
        var parts: [String] = []
        if let (places, form) = printing(question, in: other) {
            parts.append(
                "\(other.id)'s \(Self.list(places)) \(Self.verb(places)) this one's answer, \(Self.shown(question, as: form))"
            )
        }
        if let (places, form) = printing(other, in: question) {
            parts.append(
                "this one's \(Self.list(places)) \(Self.verb(places)) the answer to \(other.id), \(Self.shown(other, as: form))"
            )
        }
        return parts.isEmpty ? "it and \(other.id) print each other's answers" : parts.joined(separator: "; and ")
    }

    /// The parts of `printer` that print a form of `question`'s answer, and the form found first.
    private func printing(_ question: Question, in printer: Question) -> (places: [String], form: String)? {
        let forms = Printed(question, critic: self).forms
        let items = printer.kind == .ordering || printer.kind == .matching ? "items" : "options"
        let texts = [
            ("prompt", printer.prompt), (items, printer.shownItems.joined(separator: "\n")),
            ("explanation", printer.explanation),
        ]
        var places: [String] = []
        var found: String?
        for (place, text) in texts {
            guard let form = forms.first(where: { TextTools.leaks([$0], in: text) }) else { continue }
            places.append(place)
            found = found ?? form
        }
        return found.map { (places, $0) }
    }

    /// The verb for places: "its prompt prints", "its options print".
    private static func verb(_ places: [String]) -> String {
        places == ["prompt"] || places == ["explanation"] ? "prints" : "print"
    }

    /// Places joined as a phrase, the explanation said to be the "Why" a learner reads.
    private static func list(_ places: [String]) -> String {
        let named = places.map { $0 == "explanation" ? "explanation (the “Why” shown after answering)" : $0 }
        return named.count < 2 ? named.joined() : named.dropLast().joined(separator: ", ") + " and " + named.last!
    }

    /// A question's answer as a learner sees it, and the form printed when that is another.
    private static func shown(_ question: Question, as form: String) -> String {
        let answer = question.answerText
        let bare = answer.lowercased().hasPrefix("the ") ? String(answer.dropFirst(4)) : answer
        return [answer, bare].contains { Choices.key($0) == Choices.key(form) }
            ? answer : "\(answer) (printed as “\(form)”)"
    }

    /// An item of the record by what it is and its id: "event (siege)".
    func describe(item id: String) -> String {
        let kind: String
        if index.event(id) != nil {
            kind = "event"
        } else if let statement = index.statement(id) {
            kind = statement.kind == .fact ? "statement" : statement.kind.rawValue
        } else if let entity = index.entities[id] {
            kind = entity.kind == .other ? "entity" : entity.kind.rawValue
        } else if index.record.events.contains(where: { $0.quantities.contains { $0.id == id } }) {
            kind = "figure"
        } else {
            kind = "item"
        }
        return "\(kind) (\(id))"
    }

    /// What a family of questions asks, for a reason.
    private static func label(_ family: String) -> String {
        switch family {
        case "when": "when"
        case "number": "how many"
        case "blank": "a name in its text"
        case "chronology": "the order in time"
        case "holder": "who holds it"
        case "truth": "true or false"
        default: family
        }
    }
}
