import Foundation
import TestSupport
import Testing

/// `quiz stats` takes only the options it uses: a quiz's options are refused, not ignored.
@Suite struct StatsOptionsTests {
    @Test func aQuizsOptionsAreNotOffered() throws {
        let help = try QuizBinary.run(["stats", "--help"])
        #expect(help.status == 0)
        for option in ["--progress", "--json", "--no-color"] { #expect(help.output.contains(option), "\(option)") }
        for option in ["--count", "--type", "--topic", "--seed"] { #expect(!help.output.contains(option), "\(option)") }
        let refused = try QuizBinary.run(["stats", "--count", "3"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--count"), "\(refused.errors)")
    }
}

/// Nothing to review now, but a fact comes due later: the review says when, so that it agrees
/// with what `quiz stats` counts as due.
@Suite struct NothingDueTests {
    @Test func theNextDueFactIsNamed() throws {
        let folder = try TemporaryFolder("quiz-next-due")
        defer { folder.remove() }
        let bank = try folder.write("capitals.yaml", AnalyzeCommandTests.capitals)
        let progress = folder.file("progress.json").path
        let order = try AnalyzeCommandTests.order(bank, seed: 1, count: 3)
        let answers = order.map { AnalyzeCommandTests.answers[$0]![0] }.joined(separator: "\n") + "\n"
        let quiz = try QuizBinary.run(
            ["take", bank, "--count", "3", "--seed", "1", "--progress", progress], input: answers)
        #expect(quiz.output.contains("Right: 3 of 3 answered"), "\(quiz.output)")
        let review = try QuizBinary.run(["review", bank, "--progress", progress])
        #expect(review.status == 0)
        let flat = review.output.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Nothing to review in Capitals: nothing is due and nothing was missed."), "\(flat)")
        #expect(flat.contains("The next fact comes due on ") || flat.contains("The next fact comes due today at "))
    }
}

/// `quiz review` with no bank reviews a bank of your own that `quiz take NAME` found in the
/// current folder, as `quiz stats` counts it.
@Suite struct ReviewOwnBankTests {
    @Test func aBankInTheCurrentFolderWithAnswersIsReviewedToo() throws {
        let folder = try TemporaryFolder("quiz-review-own")
        defer { folder.remove() }
        _ = try folder.write("capitals.yaml", AnalyzeCommandTests.capitals)
        let progress = folder.file("progress.json").path
        let quiz = try QuizBinary.run(
            ["take", "capitals", "--count", "3", "--seed", "1", "--progress", progress], directory: folder.url,
            input: "Oslo\nOslo\nOslo\n")
        #expect(quiz.status == 0, "\(quiz.errors)")
        let list = try QuizBinary.run(["review", "--list", "--progress", progress], directory: folder.url)
        #expect(list.status == 0, "\(list.errors)")
        #expect(list.output.contains("Capitals:"), "\(list.output)")
        #expect(list.output.contains("you: Oslo"))
        let review = try QuizBinary.run(
            ["review", "--progress", progress, "--seed", "1"], directory: folder.url, input: ":skip\n:skip\n:skip\n")
        #expect(review.output.contains("Review of Capitals: 3 facts due or missed"), "\(review.output)")
    }
}
