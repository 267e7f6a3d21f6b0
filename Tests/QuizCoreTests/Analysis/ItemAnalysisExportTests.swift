import Foundation
import Testing

@testable import QuizCore

@Suite struct ItemAnalysisExportTests {
    typealias F = AnalysisFixtures

    static let analysis: ItemAnalysis = {
        let choice = F.question("mc", .multipleChoice, answer: .option(0), options: ["=SUM(A1)", "B"])
        let learners = (0..<5).map { n in
            [
                F.attempt("q1", n < 3 ? 1 : 0, answer: n < 3 ? nil : "-crispi"),
                F.attempt(
                    "mc", n < 2 ? 1 : 0, kind: .multipleChoice, options: ["=SUM(A1)", "B"],
                    chosen: [n < 2 ? "=SUM(A1)" : "B"]),
            ]
        }
        return ItemAnalysis(reviews: [F.review(F.question("q1")), F.review(choice)], bank: "b", learners: learners)
    }()

    @Test func theJSONHoldsEveryFigureOfEveryItemWithItsKeysSorted() throws {
        let text = Self.analysis.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "attempts", "bank", "discriminationMethod", "facilityMethod", "facts", "learners", "questions",
                "thresholds",
            ])
        #expect(object["learners"] as? Int == 5 && object["attempts"] as? Int == 10)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count == 2)
        let keys: Set<String> = [
            "id", "status", "kind", "prompt", "attempts", "learners", "facility", "discrimination",
            "discriminationNote", "meanResponseSeconds", "timedAnswers", "hints", "hinted", "skipped", "options",
            "unrecordedPicks", "noOption", "wrongAnswers", "flags", "critic", "fixFirst",
        ]
        #expect(questions.allSatisfy { Set($0.keys) == keys })
        let q1 = try #require(questions.first { $0["id"] as? String == "q1" })
        #expect(q1["facility"] as? Double == 0.6)
        #expect(q1["meanResponseSeconds"] is NSNull)
        let wrong = try #require(q1["wrongAnswers"] as? [[String: Any]])
        #expect(wrong.first?["text"] as? String == "-crispi" && wrong.first?["learners"] as? Int == 2)
        let mc = try #require(questions.first { $0["id"] as? String == "mc" })
        let options = try #require(mc["options"] as? [[String: Any]])
        #expect(options.map { $0["picked"] as? Int } == [2, 3])
        // Sorted keys: the same analysis gives the same bytes.
        #expect(text == Self.analysis.json())
        #expect(text.range(of: "\"attempts\"")!.lowerBound < text.range(of: "\"bank\"")!.lowerBound)
    }

    @Test func theCSVHasARowPerQuestionThenPerFactAndNoFormulas() throws {
        let rows = Self.analysis.csv().components(separatedBy: "\r\n").dropLast()
        #expect(rows.first == ItemAnalysis.csvColumns.joined(separator: ","))
        #expect(rows.count == 1 + 2 + 2)
        #expect(rows.dropFirst().prefix(2).allSatisfy { $0.hasPrefix("question,") })
        #expect(rows.suffix(2).allSatisfy { $0.hasPrefix("fact,") })
        let mc = try #require(rows.first { $0.hasPrefix("question,mc,") })
        // Texts a spreadsheet would run as formulas start with a quote.
        #expect(mc.contains("'=SUM(A1) (right): 2/5; B: 3/5"))
        let q1 = try #require(rows.first { $0.hasPrefix("question,q1,") })
        #expect(q1.contains("'-crispi ×2 by 2 (unknown)"))
        #expect(q1.contains(",in-bank,short-answer,5,5,0.6,"))
    }
}
