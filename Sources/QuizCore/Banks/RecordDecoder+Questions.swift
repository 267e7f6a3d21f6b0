extension RecordDecoder {
    /// The keys each kind of question uses, beyond the ones every question has.
    static let questionKeys: [AuthoredQuestion.Kind: [String]] = [
        .multipleChoice: ["prompt", "choices", "answer"],
        .multipleAnswer: ["prompt", "choices", "answers"],
        .trueFalse: ["prompt", "answer"],
        .shortAnswer: ["prompt", "answer", "accept", "accept-pattern"],
        .numeric: ["prompt", "answer", "tolerance", "unit", "accept"],
        .year: ["prompt", "answer"],
        .ordering: ["prompt", "items"],
        .matching: ["prompt", "pairs", "distractors"],
        .cloze: ["text"],
    ]
    static let commonQuestionKeys = [
        "id", "type", "tests", "explanation", "source", "tags", "wrong-feedback", "right-feedback",
    ]
    static let allQuestionKeys =
        commonQuestionKeys + [
            "prompt", "text", "choices", "answer", "answers", "accept", "accept-pattern", "tolerance", "unit", "items",
            "pairs", "distractors",
        ]

    mutating func question(_ node: Node) -> AuthoredQuestion? {
        guard let fields = fields(node, kind: "question", known: Self.allQuestionKeys) else { return nil }
        let what = fields.what
        let id = id(fields, declaring: .question)
        let kind = choice(fields, "type", as: AuthoredQuestion.Kind.self)
        // Without `tests`, a question stands for itself: memory is kept under its own id (as for
        // imported questions, which come with no record).
        let tests = references(fields, "tests", to: [.entity, .event, .quantity, .statement])
        if tests.isEmpty, let node = fields.value("tests"), case .sequence = node.content {
            error(
                "'tests' in \(what) is empty: name the record items the question tests, or leave it out",
                at: node.location)
        }
        let explanation = text(fields, "explanation")
        let source = reference(fields, "source", to: [.source]) ?? defaultSource
        let tags = texts(fields, "tags")
        guard let kind else { return nil }

        let allowed = Self.commonQuestionKeys + Self.questionKeys[kind]!
        for entry in fields.entries where !allowed.contains(entry.key) && Self.allQuestionKeys.contains(entry.key) {
            error("'\(entry.key)' does not apply to a \(kind.rawValue) question (\(what))", at: entry.keyLocation)
        }
        notes = [:]
        alternatives = []
        guard let (prompt, answer) = answer(fields, kind: kind) else { return nil }
        guard let id, fields.value("tests") == nil || !tests.isEmpty else { return nil }
        var question = AuthoredQuestion(
            id: id, kind: kind, prompt: prompt, answer: answer, tests: tests, explanation: explanation, source: source,
            tags: tags)
        question.notes = notes
        question.alternatives = alternatives
        if kind == .shortAnswer { question.patterns = patterns(fields) }
        question.distractors = kind == .matching ? texts(fields, "distractors") : []
        question.wrongFeedback = text(fields, "wrong-feedback")
        question.rightFeedback = text(fields, "right-feedback")
        return question
    }

    /// `accept-pattern`: one pattern or a list, each checked as a pattern.
    private mutating func patterns(_ fields: Fields) -> [String] {
        guard let node = fields.value("accept-pattern") else { return [] }
        let texts: [String]
        if case .scalar = node.content {
            texts = text(node, key: "accept-pattern", in: fields.what).map { [$0] } ?? []
        } else {
            texts = self.texts(fields, "accept-pattern")
        }
        var patterns: [String] = []
        for pattern in texts {
            do {
                _ = try BSDQuizFormat.parse(pattern)
                patterns.append(pattern)
            } catch {
                self.error(
                    "'\(pattern)' in 'accept-pattern' of \(fields.what) is not a pattern: \(error.message)",
                    at: node.location)
            }
        }
        return patterns
    }

    private mutating func answer(_ fields: Fields, kind: AuthoredQuestion.Kind) -> (String, AuthoredQuestion.Answer)? {
        if kind == .cloze { return cloze(fields) }
        let prompt = text(fields, "prompt", required: true)
        let answer: AuthoredQuestion.Answer?
        switch kind {
        case .multipleChoice:
            let choices = distinctTexts(fields, "choices", atLeast: 2)
            let correct = text(fields, "answer", required: true)
            answer = choices.flatMap { choices in
                correct.flatMap { correct in
                    position(of: correct, in: choices, fields: fields, key: "answer").map {
                        .choice(choices: choices, correct: $0)
                    }
                }
            }
        case .multipleAnswer:
            let choices = distinctTexts(fields, "choices", atLeast: 2)
            let correct = texts(fields, "answers", required: true)
            if fields.value("answers") != nil, correct.isEmpty {
                error(
                    "'answers' in \(fields.what) is empty: list the right choices",
                    at: fields.value("answers")!.location)
            }
            if let choices, !correct.isEmpty {
                let positions = correct.compactMap { position(of: $0, in: choices, fields: fields, key: "answers") }
                answer = positions.count == correct.count ? .choices(choices: choices, correct: positions) : nil
            } else {
                answer = nil
            }
        case .trueFalse:
            answer = bool(fields, "answer").map { .truth($0) }
            if fields.value("answer") == nil {
                error("\(fields.what) is missing 'answer' (true or false)", at: fields.node.location)
            }
        case .shortAnswer:
            let accepted = fields.value("accept").map { noted($0, key: "accept", in: fields) } ?? []
            answer = text(fields, "answer", required: true).map { .text($0, accepted: accepted) }
        case .numeric:
            let value = number(fields, "answer", required: true)
            let tolerance = number(fields, "tolerance")
            if let tolerance, tolerance < 0 {
                error("'tolerance' in \(fields.what) cannot be negative", at: fields.value("tolerance")!.location)
            }
            answer = value.map { .number($0, tolerance: tolerance, unit: text(fields, "unit")) }
            if let node = fields.value("accept") {
                alternatives = noted(node, key: "accept", in: fields)
                for form in alternatives where NumericForm.parse(form) == nil {
                    error(
                        "'\(form)' in 'accept' of \(fields.what) is not a number, value:tolerance or min..max",
                        at: node.location)
                }
            }
        case .year:
            answer = date(fields, "answer", required: true).map { .date($0) }
        case .ordering:
            answer = distinctTexts(fields, "items", atLeast: 3, atMost: 5).map { .order($0) }
        case .matching:
            answer = pairs(fields)
        case .cloze:
            answer = nil  // handled above
        }
        guard let prompt, let answer else { return nil }
        return (prompt, answer)
    }

    /// A list of distinct texts with a bounded count. Entries may be text, or (for choices and
    /// accepted answers) a mapping `{text, weight, feedback}` whose weight and feedback go to
    /// `notes`.
    private mutating func distinctTexts(_ fields: Fields, _ key: String, atLeast minimum: Int, atMost maximum: Int = 26)
        -> [String]?
    {
        guard let node = fields.value(key) else {
            error("\(fields.what) is missing '\(key)'", at: fields.node.location)
            return nil
        }
        let values = key == "choices" ? noted(node, key: key, in: fields) : texts(fields, key)
        guard (minimum...maximum).contains(values.count) else {
            error(
                "'\(key)' in \(fields.what) needs \(minimum) to \(maximum) entries, found \(values.count)",
                at: node.location)
            return nil
        }
        var seen: Set<String> = []
        for value in values where !seen.insert(value.lowercased()).inserted {
            error("'\(key)' in \(fields.what) lists '\(value)' twice", at: node.location)
            return nil
        }
        return values
    }

    /// Texts of a list whose entries may carry a weight and feedback.
    private mutating func noted(_ node: Node, key: String, in fields: Fields) -> [String] {
        var values: [String] = []
        for item in list(node, named: key, in: fields.what) {
            if case .mapping = item.content {
                guard
                    let entry = self.fields(
                        item, kind: "an entry of question", id: fields.id, known: ["text", "weight", "feedback"]),
                    let value = text(entry, "text", required: true)
                else { continue }
                let weight = number(entry, "weight")
                if let weight, !(-100...100).contains(weight) {
                    error(
                        "'weight' in \(entry.what) must be between -100 and 100 (a percentage)",
                        at: entry.value("weight")!.location)
                }
                notes[value] = AuthoredQuestion.Note(weight: weight, feedback: text(entry, "feedback"))
                values.append(value)
            } else if let value = text(item, key: key, in: fields.what) {
                values.append(value)
            }
        }
        return values
    }

    private mutating func position(of value: String, in choices: [String], fields: Fields, key: String) -> Int? {
        if let index = choices.firstIndex(of: value) { return index }
        error(
            "the \(key == "answer" ? "answer" : "answer '\(value)'") of \(fields.what) is not among its choices\(Spelling.suggestion(for: value, among: choices))",
            at: fields.value(key)!.location)
        return nil
    }

    private mutating func pairs(_ fields: Fields) -> AuthoredQuestion.Answer? {
        guard let node = fields.value("pairs") else {
            error("\(fields.what) is missing 'pairs'", at: fields.node.location)
            return nil
        }
        var pairs: [AuthoredQuestion.Pair] = []
        for item in list(node, named: "pairs", in: fields.what) {
            guard let pair = self.fields(item, kind: "a pair of question", id: fields.id, known: ["left", "right"])
            else { continue }
            if let left = text(pair, "left", required: true), let right = text(pair, "right", required: true) {
                pairs.append(.init(left: left, right: right))
            }
        }
        guard (2...8).contains(pairs.count) else {
            error("'pairs' in \(fields.what) needs 2 to 8 pairs, found \(pairs.count)", at: node.location)
            return nil
        }
        if Set(pairs.map { $0.left.lowercased() }).count < pairs.count
            || Set(pairs.map { $0.right.lowercased() }).count < pairs.count
        {
            error("'pairs' in \(fields.what) repeats a left or a right side; each must be unique", at: node.location)
            return nil
        }
        return .pairs(pairs)
    }

    /// `text` with blanks written `{{answer}}` or `{{answer|other accepted form}}`.
    private mutating func cloze(_ fields: Fields) -> (String, AuthoredQuestion.Answer)? {
        guard let node = fields.value("text") else {
            error(
                "\(fields.what) is missing 'text' (a sentence with blanks written {{like this}})",
                at: fields.node.location)
            return nil
        }
        guard let text = text(fields, "text", required: true) else { return nil }
        guard let parts = Self.clozeParts(text) else {
            error(
                "'text' in \(fields.what) has an unclosed or empty blank; write blanks as {{answer}} or {{answer|other form}}",
                at: node.location)
            return nil
        }
        guard parts.contains(where: { if case .blank = $0 { true } else { false } }) else {
            error("'text' in \(fields.what) has no blank; write one as {{answer}}", at: node.location)
            return nil
        }
        let prompt = parts.map { part in
            switch part {
            case .text(let text): text
            case .blank: "_____"
            }
        }.joined()
        return (prompt, .blanks(parts))
    }

    /// Splits a cloze text into plain parts and blanks; `nil` when a blank is unclosed or empty.
    static func clozeParts(_ text: String) -> [AuthoredQuestion.ClozePart]? {
        var parts: [AuthoredQuestion.ClozePart] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { return nil }
            let answers = rest[open.upperBound..<close.lowerBound].split(separator: "|").map {
                String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            }.filter { !$0.isEmpty }
            guard !answers.isEmpty else { return nil }
            parts.append(.blank(answers))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }
}
