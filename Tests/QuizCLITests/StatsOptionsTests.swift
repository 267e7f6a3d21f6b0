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
