/// Text as an import keeps it: control characters mean nothing in a question, a terminal must
/// never receive them, and a bank reads text of nothing else as empty.
enum ImportedText {
    /// C0 control characters but line breaks and tabs, DEL, and C1 control characters.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    /// The text without its control characters.
    static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) { out.append(scalar) }
        return String(out)
    }
}
