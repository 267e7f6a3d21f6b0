/// How an answer was graded, and why: what the REPL shows. The progress file keeps its outcome,
/// kind of miss and feedback in an `Attempt`.
public struct Verdict: Sendable, Hashable {
    /// The four outcomes.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// Right as typed (or in the canonical form).
        case correct
        /// Right, with a note: a small typo, or another accepted form.
        case correctWithNote = "correct-with-note"
        /// Partly right: `credit` is between 0 and 1.
        case partlyCorrect = "partly-correct"
        /// Wrong.
        case incorrect
    }

    /// What a note on a right answer says.
    public enum Note: Sendable, Hashable {
        /// A small typo; the right spelling.
        case typo(String)
        /// Another accepted form of the answer; the canonical one.
        case otherForm(String)
        /// A shorter form of the answer's name, made of its own words ("Musharraf"); the name in full.
        case shortForm(String)
        /// A date or number inside the record's range, window or tolerance; what the record gives.
        case withinRange(String)
        /// Another spelling of the answer (British or American, the people for the country, an
        /// article dropped); the record's form.
        case variant(String)
        /// On a partly right date: what is right and what is not ("the year is right, not the day").
        case partOfDate(String)
    }

    /// What kind of miss a wrong answer was.
    public enum Miss: Sendable, Hashable {
        /// Nothing was given.
        case blank
        /// Close in spelling (up to two edits past a typo's allowance), but too far to be a typo.
        case typoTooFar
        /// A date or year this many years off.
        case nearDate(yearsOff: Int)
        /// Another item of the record; its name, and its part in the question's event if any.
        case confusedWith(String, detail: String?)
        /// A number off from the right one.
        case wrongNumber
        /// A span of this many years, wider than the date asked for.
        case tooWide(years: Int)
        /// Not readable as an answer to this question (a letter past the options, "1948" for
        /// true or false): ask again with this instruction, never grade it.
        case unreadable(String)
        /// Nothing the grader can explain.
        case unknown
    }

    /// The outcome.
    public var outcome: Outcome
    /// Credit, from 0 to 1: 1 for a right answer.
    public var credit: Double
    /// For a right answer given in another form or with a typo.
    public var note: Note?
    /// For a wrong answer, what kind of miss it was.
    public var miss: Miss?
    /// The right answer, as shown after grading.
    public var expected: String
    /// The author's feedback on the answer given, if any.
    public var remark: String?

    /// Whether the answer earns full credit.
    public var isCorrect: Bool { outcome == .correct || outcome == .correctWithNote }

    static func correct(_ expected: String) -> Verdict {
        Verdict(outcome: .correct, credit: 1, note: nil, miss: nil, expected: expected)
    }

    static func noted(_ note: Note, _ expected: String) -> Verdict {
        Verdict(outcome: .correctWithNote, credit: 1, note: note, miss: nil, expected: expected)
    }

    static func partly(_ credit: Double, _ expected: String, note: Note? = nil) -> Verdict {
        guard credit > 0 else { return wrong(.unknown, expected) }
        guard credit < 1 else { return correct(expected) }
        return Verdict(outcome: .partlyCorrect, credit: credit, note: note, miss: nil, expected: expected)
    }

    static func wrong(_ miss: Miss, _ expected: String) -> Verdict {
        Verdict(outcome: .incorrect, credit: 0, note: nil, miss: miss, expected: expected)
    }

    /// "The answer is X." without a doubled full stop when X ends a sentence.
    private var answerSentence: String {
        "The answer is \(expected)" + (expected.hasSuffix(".") ? "" : ".")
    }

    /// One sentence for the learner, such as "Incorrect: 2 years off. The answer is 1948."
    public var feedback: String {
        switch outcome {
        case .correct: return "Correct."
        case .correctWithNote:
            switch note {
            case .typo(let spelling)?: return "Correct (check the spelling: \(spelling))."
            case .otherForm(let canonical)?: return "Correct (also known as \(canonical))."
            case .shortForm(let canonical)?: return "Correct (in full: \(canonical))."
            // Not "the text gives": an imported question has no text behind it.
            case .withinRange(let value)?: return "Correct: within the range accepted for \(value)."
            case .variant(let form)?: return "Correct (the text writes it \(form))."
            case .partOfDate?, nil: return "Correct."
            }
        case .partlyCorrect:
            let percent = Int((credit * 100).rounded())
            if case .partOfDate(let part)? = note { return "Partly correct (\(percent)%): \(part). \(answerSentence)" }
            return "Partly correct (\(percent)%). \(answerSentence)"
        case .incorrect:
            let reason: String
            switch miss {
            case .blank?: reason = "no answer given."
            case .typoTooFar?: reason = "too far from the spelling to count as a typo."
            case .nearDate(let years)?: reason = "\(years) year\(years == 1 ? "" : "s") off."
            case .confusedWith(let name, let detail)?:
                // As a teacher says it: what the answer given is, not "another item of the record".
                reason =
                    detail.map { "\(name) is \($0), not the one asked." }
                    ?? "\(name) is the answer to something else in this record, not to this."
            // Not "the number the text gives": an imported question has no text behind it.
            case .wrongNumber?: reason = "not the right number."
            case .tooWide(let years)?: reason = "a span of \(years) years is wider than the question asks."
            case .unreadable(let instruction)?: return "Not read as an answer. \(instruction)"
            case .unknown?, nil: reason = "not the answer."
            }
            return "Incorrect: \(reason) \(answerSentence)"
        }
    }
}
