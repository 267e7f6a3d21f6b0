import Testing

@testable import QuizTerminal

@Suite struct ReadlineLibraryTests {
    @Test func gnuReadlineIsLinked() {
        let version = ReadlineLineReader.libraryVersion
        #expect(version.first?.isNumber == true)
        #expect(version.contains("."))
    }
}
