/// The words of a command quiz prints for a person to copy ("take it with 'quiz take …'"),
/// quoted as a shell needs them, so that the command runs as printed.
package enum ShellWord {
    /// `word` as a shell reads it back: as it is when every character is one a shell takes
    /// literally (ASCII letters and digits, `_ @ % + = : , . / -`, and letters beyond ASCII); in
    /// double quotes when it holds a space or another character a shell would act on, but none
    /// that stays active inside double quotes (`"`, `$`, a backquote, `\`, `!`); otherwise in
    /// single quotes, a `'` inside written `'\''`. quiz shows commands between single quotes, so
    /// double quotes read best inside them.
    package static func quoted(_ word: String) -> String {
        if !word.isEmpty && word.unicodeScalars.allSatisfy(isLiteral) { return word }
        if !word.contains(where: { "\"$`\\!".contains($0) }) { return "\"" + word + "\"" }
        return "'" + word.replacingAll("'", with: "'\\''") + "'"
    }

    /// Whether a shell takes a character literally, anywhere in a word.
    private static func isLiteral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "@", "%", "+", "=", ":", ",", ".", "/", "-": true
        default: scalar.value > 0x7F && scalar.properties.isAlphabetic
        }
    }
}
