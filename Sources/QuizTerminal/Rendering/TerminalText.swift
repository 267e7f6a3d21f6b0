import QuizCore

/// Making untrusted text safe to print on a terminal.
///
/// Bank files come from anyone. A control character or escape sequence in a bank could retitle
/// the window, write to the clipboard (OSC 52), move the cursor or hide text; bidirectional
/// overrides can make text read differently from what it is. Every piece of bank text passes
/// through `sanitized` before it is printed, which shows such characters as visible escapes.
package enum TerminalText {
    /// `text` with every control, escape and bidirectional-override character shown as a visible
    /// `\u{…}` escape (`\t` and, when `keepNewlines`, `\n` are kept).
    package static func sanitized(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepNewlines: keepNewlines) }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepNewlines: keepNewlines) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a scalar must not reach the terminal raw.
    package static func isUnsafe(_ scalar: Unicode.Scalar, keepNewlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: !keepNewlines
        case 0x00...0x1F, 0x7F...0x9F: true  // C0, DEL, C1 (0x9B is a one-byte CSI)
        default: BankWriter.isBidiControl(scalar)
        }
    }
}
