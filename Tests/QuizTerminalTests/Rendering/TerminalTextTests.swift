import Testing

@testable import QuizTerminal

@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("\u{1B}]0;owned\u{07}", "\\u{1B}]0;owned\\u{7}"),  // window title
        ("\u{1B}]52;c;aGk=\u{07}", "\\u{1B}]52;c;aGk=\\u{7}"),  // OSC 52 clipboard
        ("\u{1B}[2J\u{1B}[H", "\\u{1B}[2J\\u{1B}[H"),  // clear screen, cursor home
        ("\u{1B}[?2004l", "\\u{1B}[?2004l"),  // bracketed paste off
        ("\u{9B}31m", "\\u{9B}31m"),  // one-byte CSI
        ("a\rb", "a\\u{D}b"),
        ("x\u{202E}y", "x\\u{202E}y"),  // right-to-left override
        ("nul\u{0}", "nul\\u{0}"),
        ("del\u{7F}", "del\\u{7F}"),
    ])
    func escapesAreShownNotSent(_ raw: String, _ shown: String) {
        let safe = TerminalText.sanitized(raw)
        #expect(safe == shown)
        #expect(!safe.unicodeScalars.contains { TerminalText.isUnsafe($0) })
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Türkiye — Pakistan's \"stance\"\twith a tab"
        #expect(TerminalText.sanitized(text) == text)
    }

    @Test func newlinesAreKeptOnlyWhenAsked() {
        #expect(TerminalText.sanitized("a\nb") == "a\\u{A}b")
        #expect(TerminalText.sanitized("a\nb", keepNewlines: true) == "a\nb")
    }
}
