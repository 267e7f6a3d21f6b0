import Foundation
import Testing

@testable import QuizTerminal

@Suite struct LineTextTests {
    @Test(arguments: [
        "", " ", "  a b  ", "\tx\t", "\u{A0}y\u{3000}", "\u{2003}z\u{202F}", " \u{301}a ", "\n a \n", "é", "\u{200B}w",
    ])
    func trimsAsFoundationTrimsWhitespace(_ line: String) {
        #expect(LineText.trimmed(line) == line.trimmingCharacters(in: .whitespaces))
    }

    @Test func trimsTheScalarsFoundationCallsWhitespace() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let line = "\(scalar)a\(scalar)"
            #expect(LineText.trimmed(line) == line.trimmingCharacters(in: .whitespaces), "\(value)")
        }
    }
}
