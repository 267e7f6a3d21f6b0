import FoundationEssentials

/// Reading GIFT's answer block: the type in Moodle's order, then the answers of each type.
extension GIFTFormat {
    /// The question a block's parts make, or `nil` with a diagnostic when its answer block
    /// cannot be used. Moodle's order decides the type: `{}` essay, `{#…}` numerical, `~`
    /// choices, `=… -> …` matching, `T`/`F` true/false, else short answer (a missing word when
    /// the block sits inside the text).
    static func question(
        _ parts: QuestionParts, draft: Draft, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> AuthoredQuestion? {
        let inside = parts.answers
        let beforeHash =
            inside.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: " \t\n") } ?? ""
        if inside.isEmpty {
            diagnostics.append(.warning("an essay question ({}) is skipped: it cannot be graded", at: location))
            return nil
        } else if inside.hasPrefix("#") {
            return numericQuestion(inside.dropFirst(), draft: draft, at: location, diagnostics: &diagnostics)
        } else if inside.contains("~") {
            return choiceQuestion(inside, draft: draft, at: location, diagnostics: &diagnostics)
        } else if inside.contains("="), inside.contains("->") {
            return matchingQuestion(inside, draft: draft, at: location, diagnostics: &diagnostics)
        } else if ["T", "TRUE", "F", "FALSE"].contains(beforeHash) {
            return trueFalseQuestion(inside, value: beforeHash.hasPrefix("T"), draft: draft)
        } else {
            return shortAnswerQuestion(parts, draft: draft, at: location, diagnostics: &diagnostics)
        }
    }

    /// An answer's `%weight%` split off its front: `nil` when it has none, and a `nil` weight
    /// when what is between the signs is no number.
    private static func splitWeight(_ text: String) -> (weight: Double?, rest: String)? {
        guard text.hasPrefix("%"), let end = text.dropFirst().firstIndex(of: "%") else { return nil }
        return (Double(text[text.index(after: text.startIndex)..<end]), String(text[text.index(after: end)...]))
    }

    // MARK: - Choices

    /// One answer of a choice block: its weight (100 for `=`), text and feedback.
    struct Choice {
        var weight: Double
        var text: String
        var feedback: String?
    }

    /// `~` and `=` answers with their `%weight%` and `#feedback`.
    static func choices(_ inside: String) -> [Choice] {
        let rewritten = inside.replacingAll("=", with: "~=")
        return rewritten.split(separator: "~").compactMap { piece -> Choice? in
            var text = String(piece.trimmingCharacters(in: " \t\n"))
            guard !text.isEmpty else { return nil }
            var weight = 0.0
            if text.hasPrefix("=") {
                weight = 100
                text = String(text.dropFirst())
            }
            if let split = splitWeight(text) {
                weight = split.weight ?? weight
                text = split.rest
            }
            let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let feedback = parts.count > 1 ? clean(parts[1]) : nil
            let answer = clean(parts[0])
            guard !isBlank(answer) else { return nil }  // an answer with no text is no answer
            return Choice(weight: weight, text: answer, feedback: feedback.flatMap(nonBlank))
        }
    }

    /// Weights and feedback as the file gives them, by answer text.
    private static func notes(_ choices: [Choice], defaultWeight: Double?) -> [String: AuthoredQuestion.Note] {
        var out: [String: AuthoredQuestion.Note] = [:]
        for choice in choices where choice.weight != defaultWeight || choice.feedback != nil {
            out[choice.text] = AuthoredQuestion.Note(
                weight: choice.weight == defaultWeight ? nil : choice.weight, feedback: choice.feedback)
        }
        return out
    }

    /// Multiple choice when an answer is marked `=`, multiple answers (by positive weights)
    /// otherwise.
    private static func choiceQuestion(
        _ inside: String, draft: Draft, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> AuthoredQuestion? {
        let choices = self.choices(inside)
        guard choices.count >= 2 else {
            diagnostics.append(.error("a multiple-choice question needs at least 2 answers", at: location))
            return nil
        }
        let texts = choices.map(\.text)
        guard Set(texts).count == texts.count else {
            diagnostics.append(.error("a multiple-choice question lists an answer twice", at: location))
            return nil
        }
        if inside.contains("=") {
            let right = choices.indices.filter { choices[$0].weight >= 100 }
            guard let first = right.first else {
                diagnostics.append(.error("a multiple-choice question has no right answer (=)", at: location))
                return nil
            }
            // Other right answers keep full credit through their weight of 100.
            var choiceNotes = notes(choices, defaultWeight: 0)
            choiceNotes[texts[first]] = choices[first].feedback.map { AuthoredQuestion.Note(feedback: $0) }
            return draft.question(.multipleChoice, .choice(choices: texts, correct: first), notes: choiceNotes)
        }
        let right = choices.indices.filter { choices[$0].weight > 0 }
        guard !right.isEmpty, right.count < choices.count else {
            diagnostics.append(
                .error("a multiple-answer question needs right (positive %) and wrong answers", at: location))
            return nil
        }
        return draft.question(
            .multipleAnswer, .choices(choices: texts, correct: right), notes: notes(choices, defaultWeight: nil))
    }

    // MARK: - Numbers

    /// A numerical block (`{#1947}`, `{#800:0}`, `{#1618..1648}`, or `=` answers with weights):
    /// the first full-credit answer is the answer, with its feedback as what a right answer is
    /// told; other answers (`value`, `value:tolerance` or `min..max`) keep their weights and
    /// feedback; the catch-all `~#feedback` is what a wrong answer is told.
    private static func numericQuestion(
        _ inside: Substring, draft: Draft, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> AuthoredQuestion? {
        var main: (answer: AuthoredQuestion.Answer, form: String, feedback: String?)?
        var others: [String] = []
        var notes: [String: AuthoredQuestion.Note] = [:]
        var otherwise: String?
        for piece in inside.replacingAll("=", with: "~=").split(separator: "~") {
            var text = String(piece.trimmingCharacters(in: " \t\n"))
            if text.hasPrefix("=") { text = String(text.dropFirst()) }
            var weight = 100.0
            if let split = splitWeight(text) {
                weight = split.weight ?? 0
                text = split.rest
            }
            let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let value = String(parts[0].trimmingCharacters(in: " \t\n"))
            let feedback = parts.count > 1 ? clean(parts[1]) : nil
            if value.isEmpty || value == "*" {
                if let feedback = feedback.flatMap(nonBlank) { otherwise = feedback }
                continue
            }
            guard let (number, tolerance) = NumericForm.parse(value) else {
                diagnostics.append(.error("'\(value)' is not a number, value:tolerance or min..max", at: location))
                return nil
            }
            if main == nil && weight >= 100 {
                main = (
                    .number(number, tolerance: tolerance, unit: nil), value, feedback.flatMap(nonBlank)
                )
            } else if weight > 0 {
                let form = NumericForm.text(number, tolerance)
                others.append(form)
                notes[form] = AuthoredQuestion.Note(
                    weight: weight >= 100 ? nil : weight, feedback: feedback.flatMap(nonBlank))
            }
        }
        guard let main else {
            diagnostics.append(.error("a numerical question has no full-credit answer", at: location))
            return nil
        }
        // A year asked for, with one answer, is a year question: it reads and grades as a year.
        if others.isEmpty, let year = year(main.form, prompt: draft.prompt) {
            return draft.question(.year, .date(year), wrong: otherwise, right: main.feedback)
        }
        var question = draft.question(.numeric, main.answer, notes: notes, wrong: otherwise, right: main.feedback)
        question.alternatives = others
        return question
    }

    // MARK: - Matching and true/false

    /// `=left -> right` pairs; `= -> right`, with no left side, is a distractor.
    private static func matchingQuestion(
        _ inside: String, draft: Draft, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> AuthoredQuestion? {
        var extra: [String] = []
        let pairs = inside.split(separator: "=").compactMap { piece -> AuthoredQuestion.Pair? in
            guard let arrow = piece.firstRange(ofLiteral: "->") else { return nil }
            let left = clean(piece[..<arrow.lowerBound])
            let right = clean(piece[arrow.upperBound...])
            if isBlank(left) && !isBlank(right) { extra.append(right) }
            return isBlank(left) || isBlank(right) ? nil : AuthoredQuestion.Pair(left: left, right: right)
        }
        guard pairs.count >= 2 else {
            diagnostics.append(.error("a matching question needs at least 2 pairs", at: location))
            return nil
        }
        var question = draft.question(.matching, .pairs(pairs))
        question.distractors = extra
        return question
    }

    /// `{T}`, `{FALSE#wrong#right}`: Moodle's order is the feedback shown after a wrong answer,
    /// then after a right one.
    private static func trueFalseQuestion(_ inside: String, value: Bool, draft: Draft) -> AuthoredQuestion {
        let feedbacks = inside.split(separator: "#", omittingEmptySubsequences: false).dropFirst().map { clean($0) }
        let wrong = feedbacks.first.flatMap(nonBlank)
        let right = feedbacks.count > 1 ? nonBlank(feedbacks[1]) : nil
        return draft.question(.trueFalse, .truth(value), wrong: wrong, right: right)
    }

    // MARK: - Short answers and missing words

    /// `=` answers: the first is the answer, the others accepted forms. A weight below 100 or
    /// a feedback is kept as a note; the catch-all `*` and answers worth nothing are not answers
    /// to accept. Inside the text, the block is a one-blank cloze.
    private static func shortAnswerQuestion(
        _ parts: QuestionParts, draft: Draft, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> AuthoredQuestion? {
        var answerNotes: [String: AuthoredQuestion.Note] = [:]
        let answers = parts.answers.split(separator: "=").compactMap { piece -> (text: String, feedback: String?)? in
            let pieces = piece.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            var text = String(pieces[0].trimmingCharacters(in: " \t\n"))
            var weight: Double?
            if let split = splitWeight(text) {
                weight = split.weight ?? 0
                text = split.rest
            }
            let answer = clean(Substring(text))
            let feedback = pieces.count > 1 ? clean(pieces[1]) : nil
            guard !isBlank(answer), answer != "*", weight.map({ $0 > 0 }) ?? true else { return nil }
            let partial = weight.flatMap { $0 < 100 ? $0 : nil }
            let said = feedback.flatMap(nonBlank)
            if partial != nil || said != nil {
                answerNotes[answer] = AuthoredQuestion.Note(weight: partial, feedback: said)
            }
            return (answer, feedback)
        }
        guard let first = answers.first else {
            diagnostics.append(.error("a short-answer question has no answer", at: location))
            return nil
        }
        let others = answers.dropFirst().map(\.text)
        guard parts.isMissingWord else {
            return draft.question(.shortAnswer, .text(first.text, accepted: others), notes: answerNotes)
        }
        // Spaced as the prompt is, so that the bank's text makes the same prompt again.
        var blanks: [AuthoredQuestion.ClozePart] = parts.before.isEmpty ? [] : [.text(parts.before + " ")]
        blanks.append(.blank([first.text] + others))
        blanks.append(.text(parts.joiner + parts.after))
        var question = draft.question(.cloze, .blanks(blanks))
        question.explanation = draft.explanation ?? first.feedback.flatMap(nonBlank)
        return question
    }
}
