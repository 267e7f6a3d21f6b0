import QuizCore

/// `quiz lint --questions`: what generation makes of a bank's record, as the critic judges it.
/// Every question the critic rejected or flagged, with the reason, and a summary line, so that
/// authors see which parts of their record yield no fair question and why.
package enum QuestionLinter {
    /// The lines to print for one loaded record: a block per question with findings, then the
    /// summary (kept, flagged, rejected by rule).
    package static func report(for record: Record, path: String) -> [String] {
        let reviews = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 0)
        var lines: [String] = []
        var rejectedBy: [Finding.Rule: Int] = [:]
        var flagged = 0
        var rejected = 0
        for review in reviews where !review.findings.isEmpty {
            let verdict = review.isKept ? "flagged" : "rejected"
            if review.isKept { flagged += 1 } else { rejected += 1 }
            let question = review.question
            lines.append(TerminalText.sanitized("\(path): \(verdict): \(question.id) [\(question.kind.rawValue)]"))
            lines.append(TerminalText.sanitized("    \(question.prompt)"))
            for finding in review.findings {
                lines.append(TerminalText.sanitized("    - \(finding.rule.rawValue): \(finding.reason)"))
            }
            if let first = review.findings.first(where: { $0.severity == .reject }) {
                rejectedBy[first.rule, default: 0] += 1
            }
        }
        let kept = reviews.count { $0.isKept }
        var summary = "\(path): questions: \(kept) kept (\(flagged) flagged), \(rejected) rejected"
        if !rejectedBy.isEmpty {
            let reasons = rejectedBy.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key.rawValue) \($0.value)" }
            summary += " (" + reasons.joined(separator: ", ") + ")"
        }
        lines.append(TerminalText.sanitized(summary))
        return lines
    }
}
