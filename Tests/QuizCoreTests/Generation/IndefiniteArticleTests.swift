import Testing

@testable import QuizCore

/// "an organisation", "a country": the critic's reasons read as English.
@Suite struct IndefiniteArticleTests {
    @Test(arguments: [
        ("organisation", "an organisation"), ("armed force", "an armed force"), ("country", "a country"),
        ("union", "a union"), ("European power", "a European power"), ("island", "an island"),
        ("one-party state", "a one-party state"),
    ])
    func theArticleFitsTheSound(_ noun: String, _ phrase: String) {
        #expect(Plural.indefinite(noun) == phrase)
    }
}
