import FoundationEssentials
import QuizCore

/// `quiz lint`: checks bank files and folders and reports every problem.
package enum BankLinter {
    /// What a lint run printed and how it ended.
    package struct Report: Sendable {
        /// Lines for standard output: diagnostics, then a summary line per file.
        package var lines: [String] = []
        /// Lines for standard error: paths that could not be linted at all.
        package var usageErrors: [String] = []
        package var fileCount = 0
        package var errorCount = 0
        package var warningCount = 0

        /// 0 when every file is clean, 1 when any has errors, 2 when a path was unusable.
        package var exitCode: Int32 {
            if !usageErrors.isEmpty { return 2 }
            return errorCount > 0 ? 1 : 0
        }
    }

    /// Lints files and folders (folders for every `.yaml`, `.yml` and `.json` file in them).
    /// - Parameter questions: also report what generation makes of each clean bank's record.
    package static func lint(paths: [String], limits: BankLimits = .standard, questions: Bool = false) -> Report {
        var report = Report()
        for path in paths {
            if BankDirectory.isDirectory(path) {
                let files = BankDirectory.bankFiles(in: path)
                if files.isEmpty {
                    report.usageErrors.append(
                        "quiz: \(TerminalText.sanitized(path)): no bank files (.yaml, .yml, .json) in this folder")
                }
                for file in files { lintFile(file, limits: limits, questions: questions, into: &report) }
            } else if FileManager.default.fileExists(atPath: path) {
                lintFile(path, limits: limits, questions: questions, into: &report)
            } else {
                report.usageErrors.append("quiz: \(TerminalText.sanitized(path)): no such file or folder")
            }
        }
        return report
    }

    private static func lintFile(_ path: String, limits: BankLimits, questions: Bool, into report: inout Report) {
        let bank = BankFile.load(path: path, limits: limits)
        report.fileCount += 1
        for diagnostic in bank.diagnostics {
            report.lines.append(TerminalText.sanitized(diagnostic.description))
        }
        let errors = bank.diagnostics.count { $0.severity == .error }
        let warnings = bank.diagnostics.count { $0.severity == .warning }
        report.errorCount += errors
        report.warningCount += warnings
        report.lines.append(
            TerminalText.sanitized("\(path): \(summary(errors: errors, warnings: warnings, counts: bank.counts))"))
        if questions, errors == 0, let record = bank.record {
            report.lines += QuestionLinter.report(for: record, path: path)
        }
    }

    /// `ok: 3 sources, 31 entities, …` or `2 errors, 1 warning: …`.
    package static func summary(errors: Int, warnings: Int, counts: Record.Counts?) -> String {
        var verdict = errors == 0 ? "ok" : plural(errors, "error")
        if warnings > 0 { verdict += (errors == 0 ? ", " : ", ") + plural(warnings, "warning") }
        guard let counts else { return verdict }
        let items = [
            plural(counts.sources, "source"), plural(counts.entities, "entity", "entities"),
            plural(counts.events, "event"), plural(counts.statements, "statement"),
            plural(counts.questions, "question"),
        ]
        return verdict + ": " + items.joined(separator: ", ")
    }

    /// "1 error", "2 errors": see `Plural.count`.
    package static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        Plural.count(count, singular, pluralForm)
    }
}
