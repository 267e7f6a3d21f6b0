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
        case quantityValue = "quantity-value"
        case quantityChoice = "quantity-choice"
        case eventFirst = "event-first"
        case eventOrder = "event-order"
        case eventYearMatch = "event-year-match"
        case statementTrue = "statement-true"
        case statementStatus = "statement-status"
        case statementHolder = "statement-holder"
        case statementFalseHolder = "statement-false-holder"
        case statementCloze = "statement-cloze"
        case positionCompare = "position-compare"
        case eventDuring = "event-during"
        case holderPositions = "holder-positions"
        case holderPositionMatch = "holder-position-match"
        case entityDescription = "entity-description"
        case entityDate = "entity-date"
        case reasonMatch = "reason-match"
        case basisMatch = "basis-match"
        case contrastMatch = "contrast-match"

        var kind: Question.Kind {
            switch self {
            case .eventYear, .entityDate: .year
            case .eventInYear, .eventWho, .eventWhere, .quantityChoice, .eventFirst, .statementStatus, .statementHolder,
                .positionCompare, .eventDuring:
                .multipleChoice
            case .eventWhoTyped, .entityDescription: .shortAnswer
            case .statementTrue, .statementFalseHolder: .trueFalse
            case .quantityValue: .numeric
            case .eventOrder: .ordering
            case .eventYearMatch, .holderPositionMatch, .reasonMatch, .basisMatch, .contrastMatch: .matching
            case .statementCloze: .cloze
            case .holderPositions: .multipleAnswer
            }
        }
    }

    /// Where `text` names `entity`, unless that is inside another entity's longer name ("East
    /// India Company" in "the French East India Company"): blanking or swapping it there would
    /// break the other name.
    func freeMention(of entity: Entity, in text: String) -> Mention? {
        guard let mention = unnestedMention(of: entity, in: text) else { return nil }
        // A plural possessive would read "the _____' right" once blanked.
        var after = text[mention.range.upperBound...].makeIterator()
        if let mark = after.next(), mark == "'" || mark == "’", after.next().map({ $0 == "s" || $0 == "S" }) != true {
            return nil
        }
        return mention
    }

    /// The first mention of `entity` in `text`, unless it lies inside another entity's name.
    private func unnestedMention(of entity: Entity, in text: String) -> Mention? {
        if let table = index.mentionTable[text] {
            guard let range = table.ranges[entity.id] else { return nil }
            let inside = table.ranges.contains { id, other in
                id != entity.id && other != range && other.lowerBound <= range.lowerBound
                    && other.upperBound >= range.upperBound
            }
            return inside ? nil : Mention(entity: entity, range: range)
        }
        guard let mention = TextTools.mention(of: entity, in: text) else { return nil }
        guard index.record.entities.count <= 256 else { return mention }
        for other in index.record.entities where other.id != entity.id {
            guard let longer = TextTools.mention(of: other, in: text) else { continue }
            if longer.range != mention.range, longer.range.lowerBound <= mention.range.lowerBound,
                longer.range.upperBound >= mention.range.upperBound
            {
                return nil
            }
        }
        return mention
    }

    /// The critic, whose rules also pick the options.
    var critic: QuestionCritic { QuestionCritic(index: index) }

    /// Entities that are fair wrong options against `subject` at a time: the critic's rule.
    func fits(against subject: Entity, in years: ClosedRange<Int>?, holder: Bool = false) -> (Entity) -> Bool {
        let critic = critic
        return { critic.implausibility(of: $0, against: subject, in: years, holder: holder) == nil }
    }

    /// Whether an item's true/false question is asked true (otherwise false), fixed by its id so
    /// that about half of a bank's true/false items are true, whatever the seed.
    static func asksTrue(_ id: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash >> 32 & 1 == 0
    }

    /// A question with the fields every template fills the same way.
    func question(
        _ template: Name, _ parts: [String], prompt: String, options: [String] = [], left: [String] = [],
        answer: Question.Answer, accepted: [String] = [], explanation: String, source: String?,
        statementKind: Statement.Kind, facts: [String], tags: [String], subject: String? = nil, rivals: [String] = []
    ) -> Question {
        var question = Question(
            id: (["g", template.rawValue] + parts).joined(separator: "."), kind: template.kind, prompt: prompt,
            options: options, left: left, answer: answer, accepted: accepted, explanation: explanation, source: source,
            statementKind: statementKind, facts: facts, template: template.rawValue, tags: tags)
        question.subject = subject
        question.rivals = rivals
        return question
    }

    /// A statement as the record attributes it, for explanations.
    func attributed(_ statement: Statement) -> String {
        // "Italy claimed that…", "Pakistan has maintained its stance…": the sentence says whose
        // view it is already.
        if statement.kind != .fact, let holder = statement.holder, startsWithHolder(holder, statement.text) {
            return statement.text
        }
        switch statement.kind {
        case .fact:
            return statement.text
        case .position:
            return "The text gives this as the position of \(holderName(statement)): \(statement.text)"
        case .claim:
            if let holder = statement.holder, index.sources[holder] != nil {
                return "The text's author claims this: \(statement.text)"
            }
            if let holder = statement.holder, let name = index.holderName(holder) {
                return
                    "The text gives this as the claim of \(name)\(statusPhrase(statement).map { ", passed on \($0)" } ?? ""): \(statement.text)"
            }
            if statement.status == .apparent { return "The text says this was apparently so: \(statement.text)" }
            return "Passed on by the text \(statusPhrase(statement) ?? "as a claim"): \(statement.text)"
        }
    }

    func holderName(_ statement: Statement) -> String {
        statement.holder.flatMap(index.holderName) ?? "someone"
    }

    /// How the text passes a qualified claim on: "as a rumour".
    func statusPhrase(_ statement: Statement) -> String? {
        switch statement.status {
        case .reported?: "as a report"
        case .apparent?: "as apparently so"
        case .rumoured?: "as a rumour"
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

    /// An entity's sort as a noun: its role when it has one ("Which city…"), else its kind.
    /// A sentence that opens with its blank, asked as a question in its own words: "_____ asked
    /// if the whole tribe was migrating." gives "According to the text, which group asked if the
    /// whole tribe was migrating?". Only a single sentence whose blank is followed by a verb that
    /// does not change with its subject's number (a past tense: "asked", "took"), so that "which
    /// group" reads right whoever the answer is; `nil` otherwise.
    static func openingBlankQuestion(_ blanked: String, asking wh: String) -> String? {
        let blank = "_____"
        guard let start = blanked.firstRange(of: blank), blanked.hasSuffix("."), !blanked.hasSuffix("..") else {
            return nil
        }
        // What comes before the blank: nothing, or an opening phrase ("Following the revolution, ")
        // that reads the same after "According to the text,".
        var intro = ""
        if start.lowerBound != blanked.startIndex {
            let before = blanked[..<start.lowerBound]
            let first = String(before.prefix { $0.isLetter }).lowercased()
            guard before.hasSuffix(", "), openingWords.contains(first) else { return nil }
            intro = first + before.dropFirst(first.count)
        }
        let rest = blanked[start.upperBound...].dropLast()
        guard !rest.contains(blank), !rest.contains(". "), !rest.contains("? "), !rest.contains("! "),
            !rest.contains("\""), !rest.contains("“"), !intro.contains("\""), !intro.contains("“")
        else { return nil }
        // "_____'s claims were denied": the verb goes with "claims", whoever the blank is.
        if rest.hasPrefix("'s ") {
            let whose = wh == "who" ? "whose" : wh + "'s"
            return "According to the text, \(intro)\(whose)\(rest.dropFirst(2))?"
        }
        guard rest.hasPrefix(" ") else { return nil }
        let verb = String(rest.dropFirst().prefix { $0.isLetter })
        guard verb.count == rest.dropFirst().prefix(while: { $0 != " " && $0 != "," }).count,
            verb.first?.isLowercase == true, isRegularPastTense(verb) || unchangingPastTenses.contains(verb)
        else { return nil }
        return "According to the text, \(intro)\(wh)\(rest)?"
    }

    /// Words that open a phrase of time or circumstance before a sentence's subject ("Following
    /// the revolution, …", "In 1919, …"): such a phrase reads the same in lower case after
    /// "According to the text,". A phrase opening with a name does not.
    static let openingWords: Set<String> = [
        "following", "after", "before", "in", "on", "during", "when", "while", "at", "by", "from", "with", "under",
        "despite", "since", "until", "later", "then", "meanwhile", "afterwards", "subsequently", "eventually",
        "finally", "initially", "soon", "that", "the", "as", "upon", "within", "throughout", "between",
    ]

    /// "asked", "removed", "agreed"; not "need", "proceed" or "bed".
    static func isRegularPastTense(_ word: String) -> Bool {
        guard word.count > 3, word.hasSuffix("ed") else { return false }
        return !word.hasSuffix("eed") || ["agreed", "freed", "decreed", "guaranteed"].contains(word)
    }

    /// Irregular past tenses, which read the same after a singular or a plural subject.
    static let unchangingPastTenses: Set<String> = [
        "took", "gave", "made", "said", "sent", "went", "held", "fought", "led", "won", "lost", "sold", "bought",
        "became", "began", "brought", "built", "came", "drew", "found", "kept", "left", "met", "paid", "ran", "saw",
        "shot", "stood", "told", "thought", "wrote", "had", "did", "fled", "rose", "struck", "sought", "spoke", "swore",
        "threw", "forbade", "overthrew", "withdrew", "broke", "chose", "drove", "fell", "flew", "got", "grew", "hid",
        "knew", "laid", "rode", "sank", "sat", "shook", "slew", "stole", "taught", "tore", "understood", "wore",
    ]

    static func noun(_ entity: Entity) -> String {
        guard entity.kind == .organisation || entity.kind == .place, let role = entity.role else {
            return noun(entity.kind)
        }
        return role.replacingAll("-", with: " ")
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
