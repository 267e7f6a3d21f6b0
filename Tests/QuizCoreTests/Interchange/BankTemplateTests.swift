import Testing

@testable import QuizCore

/// The skeleton `quiz new` writes is an example to copy: it must load clean and its own
/// questions must pass the critic, or authors learn from it what `lint --questions` flags.
@Suite struct BankTemplateTests {
    static func record() throws -> Record {
        let loaded = BankLoader.load(Array(BankTemplate.yaml(title: "A bank").utf8), format: .yaml, path: "a.yaml")
        #expect(loaded.diagnostics.isEmpty)
        return try #require(loaded.record)
    }

    @Test func theSkeletonsOwnQuestionsAreNeitherFlaggedNorRejected() throws {
        let record = try Self.record()
        let reviews = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).reviews(seed: 0)
        let authored = reviews.filter { $0.question.template == "authored" }
        #expect(authored.count == record.questions.count)
        for review in authored {
            #expect(review.findings.isEmpty, "\(review.question.id): \(review.findings.map(\.reason))")
        }
    }

    @Test func theSkeletonHasAQuestionOfEveryKind() throws {
        let kinds = Set(try Self.record().questions.map(\.kind))
        #expect(kinds.count == AuthoredQuestion.Kind.allCases.count)
    }
}

/// The title `quiz new` makes from a file name.
@Suite struct BankTitleTests {
    @Test(arguments: [
        ("fall-of-constantinople", "Fall of Constantinople"),
        ("the-fall-of-rome", "The Fall of Rome"),
        ("war_and_peace", "War and Peace"),
        ("A Tale Of Two Cities", "A Tale of Two Cities"),
        ("an-end-to-the-war-in-the-east-by-sea", "An End to the War in the East by Sea"),
        ("letters-for-a-king-at-home-on-leave", "Letters for a King at Home on Leave"),
        ("USA-in-1900", "USA in 1900"),
        ("mybank", "Mybank"),
    ])
    func shortWordsStayLowerCaseButFirst(name: String, title: String) {
        #expect(BankTemplate.title(fromName: name) == title)
    }
}
