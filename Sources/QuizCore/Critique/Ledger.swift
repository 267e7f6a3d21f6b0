/// The questions kept so far, by what they ask, so that the same fact is not asked twice in
/// another form.
struct Ledger {
    private var askedBy: [String: [(family: String, answer: String?, id: String)]] = [:]
    private var prompts: [UInt64: String] = [:]
    private var answers: [String: String] = [:]
    /// Record items an author's own questions test: each question's id and family.
    private var authored: [String: [(id: String, family: String)]] = [:]

    /// The family a question belongs to: questions of one family on one fact ask the same thing.
    static func family(of question: Question) -> String {
        if question.template == "authored" {
            switch question.kind {
            case .year: return "when"
            case .numeric: return "number"
            case .ordering: return "chronology"
            case .trueFalse: return "truth"
            case .cloze: return "blank"
            default: return "authored"
            }
        }
        return family(ofTemplate: question.template)
    }

    /// Whether a fact was already asked in a family, or by the author: a template of that family
    /// need not even be tried on it.
    func hasAsked(_ fact: String, family: String) -> Bool {
        authoredQuestion(on: fact, family: family) != nil || (askedBy[fact] ?? []).contains { $0.family == family }
    }

    /// The author's own question on `fact` that keeps generated questions of `family` off it. What
    /// the author asks about is the author's to ask, with one exception: a date the author does
    /// not ask (their ordering question on the signing leaves "In what year was it signed?").
    private func authoredQuestion(on fact: String, family: String) -> String? {
        guard let questions = authored[fact], let first = questions.first else { return nil }
        if family == "when", !questions.contains(where: { $0.family == "when" }) { return nil }
        return first.id
    }

    /// The family of a generated question, by its template's name.
    static func family(ofTemplate template: String) -> String {
        switch template {
        case "event-who", "event-who-typed", "event-where", "statement-cloze": return "blank"
        case "statement-status": return "truth"
        case "quantity-value", "quantity-choice": return "number"
        case "event-year", "event-in-year", "event-during", "entity-date": return "when"
        case "event-first", "event-order", "event-year-match": return "chronology"
        case "statement-holder", "position-compare", "holder-position-match", "statement-true",
            "statement-false-holder":
            return "holder"
        default: return template
        }
    }

    /// The answer a question is after, as a key, when it names one thing.
    static func answerKey(of question: Question) -> String? {
        switch question.answer {
        case .truth, .order, .pairs, .options: return nil
        default: return Choices.key(question.answerText)
        }
    }

    /// A prompt's words without numbers: two prompts that differ only in a year ask the same.
    static func promptKey(_ question: Question) -> UInt64 {
        // ASCII letters folded, other ASCII dropped, other bytes kept, hashed in one pass.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Ordering and matching prompts are all alike: their items are what they ask.
        let structured = question.kind == .ordering || question.kind == .matching
        let texts = structured ? [question.prompt] + question.options + question.left : [question.prompt]
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for text in texts {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...: add(byte)
                // Items of ordering and matching differ by their numbers too ("Event 12", "Event 13").
                case UInt8(ascii: "0")...UInt8(ascii: "9") where structured: add(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): add(byte | 0x20)
                default: break
                }
            }
        }
        add(0x7C)
        for byte in (answerKey(of: question) ?? "").utf8 { add(byte) }
        return hash
    }

    /// Families whose questions may share an answer: the answer is a label or a holder.
    static let sharedAnswers: Set<String> = ["holder", "truth"]

    /// An earlier question this one repeats, and how it repeats it: what `lint --questions`
    /// tells the author.
    struct Repeat: Equatable {
        /// How a question repeats an earlier one.
        enum Reason: Equatable {
            /// The same prompt, but perhaps for a number, with the same answer.
            case samePrompt
            /// A generated question on an item an author's own question tests.
            case authoredItem(String)
            /// Another question with this answer, whatever its items.
            case sameAnswer
            /// The same item asked in the same family of forms (both ask when, or how many).
            case sameForm(item: String, family: String)
            /// The same item, with the same answer.
            case sameItemAndAnswer(String)
        }

        /// The id of the kept question repeated.
        var earlier: String
        var reason: Reason
    }

    /// The kept question this one repeats, and why; nil when it repeats none.
    func duplicate(of question: Question) -> Repeat? {
        if let earlier = prompts[Self.promptKey(question)] { return Repeat(earlier: earlier, reason: .samePrompt) }
        let family = Self.family(of: question)
        // What the author asks about is the author's to ask (but for a date they do not ask).
        if question.template != "authored",
            let (fact, earlier) = question.facts.lazy.compactMap({ fact in
                self.authoredQuestion(on: fact, family: family).map { (fact, $0) }
            }).first
        {
            return Repeat(earlier: earlier, reason: .authoredItem(fact))
        }
        let answer = Self.answerKey(of: question)
        // Two questions with one answer ask the same thing twice, whatever their facts; but many
        // views have one holder, and many claims one status.
        if let answer, !Self.sharedAnswers.contains(family), let earlier = answers[answer] {
            return Repeat(earlier: earlier, reason: .sameAnswer)
        }
        for fact in question.facts {
            for asked in askedBy[fact] ?? [] {
                if asked.family == family && family != "authored" {
                    return Repeat(earlier: asked.id, reason: .sameForm(item: fact, family: family))
                }
                if let answer, asked.answer == answer {
                    return Repeat(earlier: asked.id, reason: .sameItemAndAnswer(fact))
                }
            }
        }
        return nil
    }

    mutating func keep(_ question: Question) {
        if question.template == "authored" {
            for fact in question.facts { authored[fact, default: []].append((question.id, Self.family(of: question))) }
        }
        let family = Self.family(of: question)
        let answer = Self.answerKey(of: question)
        for fact in question.facts { askedBy[fact, default: []].append((family, answer, question.id)) }
        prompts[Self.promptKey(question)] = question.id
        if let answer, !Self.sharedAnswers.contains(family), answers[answer] == nil {
            answers[answer] = question.id
        }
    }
}
