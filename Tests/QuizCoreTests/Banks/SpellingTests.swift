import Testing

@testable import QuizCore

@Suite struct SpellingTests {
    @Test(arguments: [
        ("summry", "summary"), ("alias", "aliases"), ("qestions", "questions"), ("contry", "country"),
        ("kidn", "kind"), ("Summary", "summary"),
    ])
    func suggestsTheNearName(_ typed: String, _ expected: String) {
        let known = ["summary", "aliases", "questions", "country", "kind", "id", "date"]
        #expect(Spelling.closest(to: typed, among: known) == expected)
    }

    @Test(arguments: ["zzz", "opinion", "x", "completely-different"])
    func suggestsNothingWhenNothingIsNear(_ typed: String) {
        #expect(Spelling.closest(to: typed, among: ["fact", "position", "claim", "id"]) == nil)
    }

    @Test func transpositionIsOneEdit() {
        #expect(Spelling.editDistance(Array("Syria"), Array("Syira"), limit: 3) == 1)
        #expect(Spelling.editDistance(Array("Iran"), Array("Iraq"), limit: 3) == 1)
        #expect(Spelling.editDistance(Array("abc"), Array("abc"), limit: 3) == 0)
    }
}
