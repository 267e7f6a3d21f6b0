import Foundation
import TestSupport
import Testing

/// Every error quiz words itself reads `quiz: …`, whichever command wrote it and whether the
/// parser found it or quiz did; usage errors exit with status 2, other errors with 1.
@Suite struct ErrorMessageTests {
    @Test(
        arguments: [
            (["take", "nope"], 1, "quiz: no bank file or bank named 'nope'"),
            (["take", "treaty-of-wuchale", "--topic", "foo"], 1, "quiz: The Treaty of Wuchale has no topic 'foo'"),
            (
                ["take", "treaty-of-wuchale", "--count", "abc"], 2,
                "quiz: the value 'abc' is invalid for '--count <count>'"
            ),
            (["take"], 2, "quiz: missing expected argument '<bank>'"),
            (["take", "treaty-of-wuchale", "--count", "0"], 2, "quiz: --count must be at least 1"),
            (["lint", "no/such/bank.yaml"], 2, "quiz: no/such/bank.yaml: no such file or folder"),
            (
                [
                    "export", "--to", "gift", "pakistan-palestine-israel", "--topic", "war-in-beirut", "--type",
                    "matching",
                ], 1,
                "quiz: no questions to export"
            ),
            (["tkae"], 2, "quiz: 'tkae' is not a quiz command; did you mean 'take'?"),
        ] as [([String], Int32, String)])
    func quizWordsItsErrorsOneWay(arguments: [String], status: Int32, message: String) throws {
        let result = try QuizBinary.run(arguments)
        #expect(result.status == status)
        #expect(result.errors.hasPrefix(message), "\(result.errors)")
        #expect(!result.errors.contains("Error:"))
    }

    @Test func aFileThatCannotBeWrittenIsNamedWithTheSystemsReason() throws {
        let result = try QuizBinary.run(["export", "--to", "markdown", "treaty-of-wuchale", "-o", "/nonexistent/x.md"])
        #expect(result.status == 1)
        #expect(result.errors == "quiz: /nonexistent/x.md: No such file or directory\n")
    }
}
