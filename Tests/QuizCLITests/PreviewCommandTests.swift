import Foundation
import Testing

@Suite struct PreviewCommandTests {
    @Test func previewIsDeterministicForASeed() throws {
        let first = try QuizBinary.run(["preview", "pakistan-palestine-israel", "--count", "8", "--seed", "42"])
        let second = try QuizBinary.run(["preview", "pakistan-palestine-israel", "--count", "8", "--seed", "42"])
        let other = try QuizBinary.run(["preview", "pakistan-palestine-israel", "--count", "8", "--seed", "43"])
        #expect(first.status == 0)
        #expect(first.output == second.output)
        #expect(first.output != other.output)
        #expect(first.lines.first == "Pakistan, the Palestinians and Israel: 8 questions (seed 42)")
        #expect(first.lines.filter { $0.hasPrefix("   Answer: ") }.count == 8)
    }

    @Test func previewByPathWorksToo() throws {
        let result = try QuizBinary.run([
            "preview", "QuestionBanks/pakistan-palestine-israel.yaml", "--count", "3", "--seed", "1",
        ])
        #expect(result.status == 0)
        #expect(result.lines.first?.hasSuffix("3 questions (seed 1)") == true)
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let result = try QuizBinary.run(["preview", "pakistan-palestine-israel", "--all", "--json", "--seed", "5"])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(array.count >= 8)
        for object in array {
            for key in ["id", "type", "prompt", "answer", "accepted", "explanation", "source", "kind", "facts"] {
                #expect(object[key] != nil, "\(object["id"] ?? "?") lacks \(key)")
            }
            let type = object["type"] as? String ?? ""
            if ["multiple-choice", "multiple-answer", "true-false", "matching", "ordering"].contains(type) {
                #expect(object["choices"] is [String], "\(object["id"] ?? "?") lacks choices")
            }
            #expect(["fact", "position", "claim"].contains(object["kind"] as? String ?? ""))
        }
        let types = Set(array.compactMap { $0["type"] as? String })
        #expect(types.count >= 6)
    }

    @Test func typeFilterOnTheCommandLine() throws {
        let result = try QuizBinary.run([
            "preview", "pakistan-palestine-israel", "--type", "cloze", "--type", "year", "--count", "6", "--seed", "3",
        ])
        #expect(result.status == 0)
        let kinds = result.lines.compactMap { line -> String? in
            guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]"),
                line.first?.isNumber == true
            else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        #expect(!kinds.isEmpty)
        #expect(Set(kinds).isSubset(of: ["cloze", "year"]))
    }

    @Test func unknownTypeIsAUsageError() throws {
        let result = try QuizBinary.run(["preview", "pakistan-palestine-israel", "--type", "essay"])
        #expect(result.status == 2)
    }

    @Test func unknownBankSaysWhichBanksThereAre() throws {
        let result = try QuizBinary.run(["preview", "no-such-bank"])
        #expect(result.status != 0)
        #expect(result.errors.contains("no bank file or bank named 'no-such-bank'. Banks found: "))
        #expect(result.errors.contains("pakistan-palestine-israel"))
    }
}
