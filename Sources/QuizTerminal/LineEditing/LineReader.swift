import FoundationEssentials
import Glibc

/// Reads the learner's lines: GNU readline on a terminal, plain lines from a pipe.
package protocol LineReader: AnyObject {
    /// Whether this is an interactive terminal (prompts, completion, history).
    var isInteractive: Bool { get }
    /// Whether the start menu is reading, rather than a quiz: what Ctrl-C says differs.
    var isAtMenu: Bool { get set }
    /// Reads one line without its newline; `nil` at end of input (Ctrl-D).
    /// - Parameters:
    ///   - prompt: shown before the line (interactive only).
    ///   - completions: words Tab may complete to; `:commands` complete everywhere.
    ///   - remember: whether the line may be recalled (Up) at the prompts that follow. At an
    ///     answer prompt only `:commands` are (answers never are), and they are kept in the history
    ///     file; at the start menu every line is, in the menu's own history, dropped when it ends.
    func readLine(prompt: String, completions: [String], remember: Bool) -> String?
    /// Writes the history file, if any.
    func saveHistory()
}

extension LineReader {
    /// Readers with nothing to say on Ctrl-C ignore where they are.
    package var isAtMenu: Bool {
        get { false }
        set {}
    }
}

/// Lines from a pipe or file: no prompt, no echo, no history.
package final class PipedLineReader: LineReader {
    package init() {}
    package var isInteractive: Bool { false }

    package func readLine(prompt: String, completions: [String], remember: Bool) -> String? {
        // Output to a pipe is buffered: flush it, so whoever drives the quiz sees the question
        // before it is asked for the answer.
        fflush(nil)
        return Swift.readLine(strippingNewline: true)
    }

    package func saveHistory() {}
}

/// Typed lines.
enum LineText {
    /// `line` without the spaces and tabs around it: Unicode space separators, tab and zero-width
    /// space, as Foundation's `trimmingCharacters(in: .whitespaces)` trims.
    static func trimmed(_ line: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
