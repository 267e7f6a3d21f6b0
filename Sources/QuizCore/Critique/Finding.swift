/// What the critic found wrong with a question, and why.
public struct Finding: Sendable, Hashable {
    /// The rules a teacher applies; each finding names one.
    public enum Rule: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The answer is the record's subject, or guessable from the sentence.
        case trivial
        /// The prompt or an option gives the answer or its date away.
        case leak
        /// A wrong option a student would dismiss at once: the wrong kind or role, a part of or
        /// spokesman for the answer, an anachronism, a holder that holds nothing.
        case implausibleOption = "implausible-option"
        /// Too few options to be a fair choice.
        case tooFewOptions = "too-few-options"
        /// More than one answer is defensible: a description rather than a name typed in, where
        /// other wordings are right too.
        case ambiguous
        /// A typed answer too long to recall word for word.
        case answerTooLong = "answer-too-long"
        /// The same fact asked again in another form.
        case duplicate
        /// A substitution that breaks the sentence.
        case grammar
        /// A claim or position asked without its holder, or the author's own judgement drilled
        /// as content.
        case viewAsFact = "view-as-fact"
        /// Keys a learner could guess from the pattern of the bank.
        case predictable

        public static func < (lhs: Rule, rhs: Rule) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Whether the question is dropped, or kept with a note for the author.
    public enum Severity: String, Sendable, Hashable {
        case reject, flag
    }

    /// The rule broken.
    public var rule: Rule
    /// Dropped or flagged.
    public var severity: Severity
    /// Why, in words an author can act on.
    public var reason: String

    /// Creates a finding.
    public init(_ rule: Rule, _ reason: String, severity: Severity = .reject) {
        self.rule = rule
        self.severity = severity
        self.reason = reason
    }
}

/// A question with the critic's findings on it.
public struct Review: Sendable, Hashable {
    /// The question judged.
    public var question: Question
    /// What was found; empty for a question a teacher would print as it is.
    public var findings: [Finding]

    /// Whether the question is kept: nothing rejects it.
    public var isKept: Bool { !findings.contains { $0.severity == .reject } }
}
