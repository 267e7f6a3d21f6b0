import FoundationEssentials

/// Writes a record as bank YAML that `quiz lint` reads back into the same record: every field of
/// every source, entity, event (with its actors, places, quantities and links), statement and
/// authored question. Every text is double-quoted (so no value is ever mistaken for a number, a date or
/// YAML syntax), and keys come in a fixed order.
public enum BankWriter {
    /// The bank file for `record`, with a comment on top.
    public static func yaml(_ record: Record, comment: String? = nil) -> String {
        var out = ""
        if let comment {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) { out += "# \(line)\n" }
            out += "\n"
        }
        out += "title: \(quote(record.title))\n"
        if let description = record.description { out += "description: \(quote(description))\n" }
        if !record.sources.isEmpty {
            out += "\nsources:\n"
            for source in record.sources {
                out += "  - id: \(quote(source.id))\n    title: \(quote(source.title))\n"
                if let author = source.author { out += "    author: \(quote(author))\n" }
                if let publisher = source.publisher { out += "    publisher: \(quote(publisher))\n" }
                if let date = source.date { out += "    date: \(quote(date.text))\n" }
                if let url = source.url { out += "    url: \(quote(url))\n" }
                if let note = source.note { out += "    note: \(quote(note))\n" }
            }
        }
        if !record.entities.isEmpty {
            out += "\nentities:\n"
            for entity in record.entities {
                out +=
                    "  - id: \(quote(entity.id))\n    kind: \(entity.kind.rawValue)\n    name: \(quote(entity.name))\n"
                if !entity.aliases.isEmpty { out += "    aliases: \(list(entity.aliases))\n" }
                if let role = entity.role { out += "    role: \(quote(role))\n" }
                if !entity.partOf.isEmpty { out += "    part-of: \(list(entity.partOf))\n" }
                if let date = entity.date { out += "    date: \(quote(date.text))\n" }
                if let description = entity.description { out += "    description: \(quote(description))\n" }
                if let source = entity.source { out += "    source: \(quote(source))\n" }
            }
        }
        if !record.events.isEmpty {
            out += "\nevents:\n"
            for event in record.events { out += self.event(event) }
        }
        if !record.statements.isEmpty {
            out += "\nstatements:\n"
            for statement in record.statements {
                out += "  - id: \(quote(statement.id))\n    kind: \(statement.kind.rawValue)\n"
                if let holder = statement.holder { out += "    holder: \(quote(holder))\n" }
                if let status = statement.status { out += "    status: \(status.rawValue)\n" }
                if let topic = statement.topic { out += "    topic: \(quote(topic))\n" }
                if let date = statement.date { out += "    date: \(quote(date.text))\n" }
                out += "    text: \(quote(statement.text))\n"
                if !statement.about.isEmpty { out += "    about: \(list(statement.about))\n" }
                out += "    source: \(quote(statement.source))\n"
                if let note = statement.note { out += "    note: \(quote(note))\n" }
                out += linked(gist: statement.gist, statement.links)
            }
        }
        if !record.questions.isEmpty {
            out += "\nquestions:\n"
            for question in record.questions { out += self.question(question) }
        }
        return out
    }

    private static func event(_ event: Event) -> String {
        var out = "  - id: \(quote(event.id))\n"
        if let date = event.date { out += "    date: \(quote(date.text))\n" }
        if let during = event.during { out += "    during: \(quote(during))\n" }
        out += "    summary: \(quote(event.summary))\n"
        if !event.actors.isEmpty {
            out += "    actors:\n"
            for actor in event.actors {
                out += "      - {entity: \(quote(actor.entity)), role: \(quote(actor.role))}\n"
            }
        }
        if event.places.count == 1 {
            out += "    place: \(quote(event.places[0]))\n"
        } else if !event.places.isEmpty {
            out += "    place: \(list(event.places))\n"
        }
        if !event.quantities.isEmpty {
            out += "    quantities:\n"
            for quantity in event.quantities {
                out += "      - id: \(quote(quantity.id))\n        value: \(number(quantity.value))\n"
                out += "        unit: \(quote(quantity.unit))\n        counts: \(quote(quantity.counts))\n"
                if quantity.isApproximate { out += "        approximate: true\n" }
                if let tolerance = quantity.tolerance { out += "        tolerance: \(number(tolerance))\n" }
                if let ask = quantity.ask { out += "        ask: \(quote(ask))\n" }
            }
        }
        if !event.tags.isEmpty { out += "    tags: \(list(event.tags))\n" }
        out += "    source: \(quote(event.source))\n"
        return out + linked(gist: event.gist, event.links)
    }

    /// An item's gist and links, when it has them.
    private static func linked(gist: String?, _ links: Links) -> String {
        var out = gist.map { "    gist: \(quote($0))\n" } ?? ""
        for kind in Links.Kind.allCases where !links[kind].isEmpty {
            out += "    \(kind.rawValue): \(list(links[kind]))\n"
        }
        return out
    }

    private static func question(_ question: AuthoredQuestion) -> String {
        var out = "  - id: \(quote(question.id))\n    type: \(question.kind.rawValue)\n"
        if question.kind != .cloze { out += "    prompt: \(quote(question.prompt))\n" }
        switch question.answer {
        case .choice(let choices, let correct):
            out += "    choices: \(noted(choices, question.notes))\n    answer: \(quote(choices[correct]))\n"
        case .choices(let choices, let correct):
            out += "    choices: \(noted(choices, question.notes))\n    answers: \(list(correct.map { choices[$0] }))\n"
        case .truth(let value):
            out += "    answer: \(value)\n"
        case .text(let answer, let accepted):
            out += "    answer: \(quote(answer))\n"
            if !accepted.isEmpty { out += "    accept: \(noted(accepted, question.notes))\n" }
            if !question.patterns.isEmpty { out += "    accept-pattern: \(list(question.patterns))\n" }
        case .number(let value, let tolerance, let unit):
            out += "    answer: \(number(value))\n"
            if let tolerance { out += "    tolerance: \(number(tolerance))\n" }
            if let unit { out += "    unit: \(quote(unit))\n" }
            if !question.alternatives.isEmpty { out += "    accept: \(noted(question.alternatives, question.notes))\n" }
        case .date(let date):
            out += "    answer: \(quote(date.text))\n"
        case .order(let items):
            out += "    items: \(list(items))\n"
        case .pairs(let pairs):
            out += "    pairs:\n"
            for pair in pairs { out += "      - {left: \(quote(pair.left)), right: \(quote(pair.right))}\n" }
            if !question.distractors.isEmpty { out += "    distractors: \(list(question.distractors))\n" }
        case .blanks(let parts):
            let text = parts.map { part -> String in
                switch part {
                case .text(let text): text
                case .blank(let answers): "{{" + answers.joined(separator: "|") + "}}"
                }
            }.joined()
            out += "    text: \(quote(text))\n"
        }
        if !question.tests.isEmpty { out += "    tests: \(list(question.tests))\n" }
        if let explanation = question.explanation { out += "    explanation: \(quote(explanation))\n" }
        if let wrong = question.wrongFeedback { out += "    wrong-feedback: \(quote(wrong))\n" }
        if let right = question.rightFeedback { out += "    right-feedback: \(quote(right))\n" }
        if let source = question.source { out += "    source: \(quote(source))\n" }
        if !question.tags.isEmpty { out += "    tags: \(list(question.tags))\n" }
        return out
    }

    /// A double-quoted YAML scalar: JSON string escapes are valid YAML.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || isBidiControl(scalar)
                {
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether a scalar reorders text on a terminal (bidirectional controls): written as an
    /// escape, so that neither the bank nor a JSON export shows it raw; the terminal's own
    /// sanitising asks the same.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// A flow list whose entries carry their weight and feedback when the author gave them.
    static func noted(_ items: [String], _ notes: [String: AuthoredQuestion.Note]) -> String {
        "["
            + items.map { item in
                guard let note = notes[item] else { return quote(item) }
                var fields = ["text: \(quote(item))"]
                if let weight = note.weight { fields.append("weight: \(number(weight))") }
                if let feedback = note.feedback { fields.append("feedback: \(quote(feedback))") }
                return "{" + fields.joined(separator: ", ") + "}"
            }.joined(separator: ", ") + "]"
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ", ") + "]"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A stable id from text: lower-case words joined by '-', at most 60 characters, so that
    /// re-importing a changed file keeps the ids of the questions that did not change.
    public static func slug(_ text: String, prefix: String) -> String {
        var words: [String] = []
        var word = ""
        for character in Folding.removingDiacritics(text.lowercased()) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = prefix
        for word in words {
            if slug.count + word.count + 1 > 60 { break }
            slug += "-" + word
        }
        return slug
    }
}
