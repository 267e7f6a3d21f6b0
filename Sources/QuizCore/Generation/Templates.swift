/// The question templates, one function each. A template reads one record item (the fact it
/// tests) and returns every question it can make from it — none when the record cannot support a
/// fair one (too few distractors, an answer the prompt would give away, an ambiguous date).
struct Templates {
    let index: RecordIndex
    let choiceCount: Int

    /// Every template, with the kind of item it starts from.
    enum Name: String, CaseIterable, Sendable {
        case eventYear = "event-year"
        case eventInYear = "event-in-year"
        case eventWho = "event-who"
        case eventWhoTyped = "event-who-typed"
        case eventWhere = "event-where"
        case eventTrue = "event-true"
        case eventFalse = "event-false"
        case quantityValue = "quantity-value"
        case quantityChoice = "quantity-choice"
        case eventFirst = "event-first"
        case eventOrder = "event-order"
        case eventYearMatch = "event-year-match"
        case statementTrue = "statement-true"
        case statementStatus = "statement-status"
        case statementHolder = "statement-holder"
        case statementFalseHolder = "statement-false-holder"
        case statementFalseFact = "statement-false-fact"
        case statementCloze = "statement-cloze"
        case positionTopic = "position-topic"
        case holderPositions = "holder-positions"
        case holderPositionMatch = "holder-position-match"
        case entityExpansion = "entity-expansion"
        case entityShortForm = "entity-short-form"
        case entityDescription = "entity-description"
        case entityDate = "entity-date"

        var kind: Question.Kind {
            switch self {
            case .eventYear, .entityDate: .year
            case .eventInYear, .eventWho, .eventWhere, .quantityChoice, .eventFirst, .statementStatus, .statementHolder,
                .positionTopic:
                .multipleChoice
            case .eventWhoTyped, .entityExpansion, .entityShortForm, .entityDescription: .shortAnswer
            case .eventTrue, .eventFalse, .statementTrue, .statementFalseHolder, .statementFalseFact: .trueFalse
            case .quantityValue: .numeric
            case .eventOrder: .ordering
            case .eventYearMatch, .holderPositionMatch: .matching
            case .statementCloze: .cloze
            case .holderPositions: .multipleAnswer
            }
        }
    }

    /// A question with the fields every template fills the same way.
    func question(
        _ template: Name, _ parts: [String], prompt: String, options: [String] = [], left: [String] = [],
        answer: Question.Answer, accepted: [String] = [], explanation: String, source: String?,
        statementKind: Statement.Kind, facts: [String], tags: [String]
    ) -> Question {
        Question(
            id: (["g", template.rawValue] + parts).joined(separator: "."), kind: template.kind, prompt: prompt,
            options: options, left: left, answer: answer, accepted: accepted, explanation: explanation, source: source,
            statementKind: statementKind, facts: facts, template: template.rawValue, tags: tags)
    }

    /// A statement as the record attributes it, for explanations and true/false prompts.
    func attributed(_ statement: Statement) -> String {
        switch statement.kind {
        case .fact:
            return statement.text
        case .position:
            return "Stated position of \(holderName(statement)): \(statement.text)"
        case .claim:
            if let holder = statement.holder, let name = index.holderName(holder) {
                let lead = index.sources[holder] != nil ? "Claimed by \(name)" : "Claimed by \(name)"
                return "\(lead)\(statusPhrase(statement).map { ", \($0)" } ?? ""): \(statement.text)"
            }
            return
                "\(statusPhrase(statement).map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "Claimed"): \(statement.text)"
        }
    }

    func holderName(_ statement: Statement) -> String {
        statement.holder.flatMap(index.holderName) ?? "someone"
    }

    func statusPhrase(_ statement: Statement) -> String? {
        switch statement.status {
        case .reported?: "reported, according to the text"
        case .apparent?: "apparently so, according to the text"
        case .rumoured?: "rumoured, according to the text"
        case nil: nil
        }
    }

    /// The explanation shown after a statement's question: the statement with its attribution,
    /// and the author's note.
    func explanation(_ statement: Statement) -> String {
        attributed(statement) + (statement.note.map { " (\($0))" } ?? "")
    }

    /// Tags of an event or statement, for `--topic`.
    func tags(_ statement: Statement) -> [String] {
        statement.about.flatMap { id in index.eventsByID[id].map { index.record.events[$0].tags } ?? [] }
    }

    /// A kind of entity as a noun: "Which country…".
    static func noun(_ kind: Entity.Kind) -> String {
        switch kind {
        case .person: "person"
        case .country: "country"
        case .organisation: "organisation"
        case .group: "group"
        case .place: "place"
        case .war: "war"
        case .concept: "idea"
        case .other: "name"
        }
    }
}
