import Foundation
import TestSupport
import Testing

/// `quiz analyze` through the binary, on progress files made by scripted quizzes.
@Suite struct AnalyzeCommandTests {
    /// Three typed questions, one fact each.
    static let capitals = """
        title: Capitals
        sources:
          - id: atlas
            title: An atlas
        statements:
          - id: capital-a
            kind: fact
            text: The capital of Aland is Mariehamn.
          - id: capital-b
            kind: fact
            text: The capital of Bornholm is Ronne.
          - id: capital-c
            kind: fact
            text: The capital of Crete is Heraklion.
        questions:
          - id: q-a
            type: short-answer
            prompt: What is the capital of Aland?
            answer: Mariehamn
            tests: [capital-a]
          - id: q-b
            type: short-answer
            prompt: What is the capital of Bornholm?
            answer: Ronne
            tests: [capital-b]
          - id: q-c
            type: short-answer
            prompt: What is the capital of Crete?
            answer: Heraklion
            tests: [capital-c]

        """

    /// What each of five learners types, by question: right (the answer) or a wrong answer.
    /// Right answers by learner: q-a 1 1 1 0 0, q-b 1 1 0 1 0, q-c 1 0 1 0 0.
    static let answers: [String: [String]] = [
        "q-a": ["Mariehamn", "Mariehamn", "Mariehamn", "Stockholm", "Visby"],
        "q-b": ["Ronne", "Ronne", "Aakirkeby", "Ronne", "Nexo"],
        "q-c": ["Heraklion", "Chania", "Heraklion", "Chania", "Chania"],
    ]

    /// The ids of the questions `quiz take BANK --seed` asks, in order.
    static func order(_ bank: String, seed: Int, count: Int) throws -> [String] {
        let preview = try QuizBinary.run(["preview", bank, "--seed", String(seed), "--count", String(count), "--json"])
        let questions = try JSONSerialization.jsonObject(with: Data(preview.output.utf8)) as? [[String: Any]]
        return (questions ?? []).compactMap { $0["id"] as? String }
    }

    /// Five learners' progress files in `folder`, each from a quiz with its own seed.
    static func classOfFive(_ folder: TemporaryFolder, bank: String) throws -> [String] {
        try (0..<5).map { learner in
            let path = folder.file("learner\(learner + 1).json").path
            let seed = learner + 1
            let typed = try order(bank, seed: seed, count: 3).map { answers[$0]![learner] }
            let quiz = try QuizBinary.run(
                ["take", bank, "--seed", String(seed), "--count", "3", "--progress", path],
                input: typed.joined(separator: "\n") + "\n")
            #expect(quiz.status == 0, "\(quiz.errors)")
            return path
        }
    }

    /// Every file in `folder` and its bytes.
    static func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            files[name] = try Data(contentsOf: folder.file(name))
        }
        return files
    }

    @Test func aClassReadsAsATableAt80ColumnsWorstFirstAndItsFilesAreOnlyRead() throws {
        let folder = try TemporaryFolder("quiz-analyze")
        defer { folder.remove() }
        let bank = try folder.write("capitals.yaml", Self.capitals)
        let files = try Self.classOfFive(folder, bank: bank)
        let before = try Self.snapshot(folder)
        let result = try QuizBinary.run(["analyze", bank] + files)
        #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)")
        #expect(try Self.snapshot(folder) == before, "nothing created, renamed or changed")
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(lines[0].hasPrefix("Item analysis of Capitals (capitals): 5 learners, 15 answers, 3 questions"))
        // Worst first: q-c (a wrong answer three learners give), then q-b (discrimination 0),
        // then q-a (0.65).
        let rows = lines.filter { $0.hasPrefix("  1 ") || $0.hasPrefix("  2 ") || $0.hasPrefix("  3 ") }
        #expect(rows.prefix(3).map { $0.split(separator: " ")[1] } == ["q-c", "q-b", "q-a"])
        #expect(rows[0].hasSuffix("5        5     0.40   0.33      -     0"), "\(rows[0])")
        #expect(rows[2].contains("0.60   0.65"), "\(rows[2])")
        #expect(result.output.contains("“Chania” ×3 by 3 learners (unexplained)"))
        #expect(result.output.contains("Flags: a wrong answer many learners give (an accepted form missing?)."))
        #expect(result.output.contains("Facts, worst first"))
    }

    @Test func theJSONHoldsTheFiguresAHandComputationGives() throws {
        let folder = try TemporaryFolder("quiz-analyze")
        defer { folder.remove() }
        let bank = try folder.write("capitals.yaml", Self.capitals)
        let files = try Self.classOfFive(folder, bank: bank)
        let result = try QuizBinary.run(["analyze", bank, "--json"] + files)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["learners"] as? Int == 5 && object["attempts"] as? Int == 15)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.compactMap { $0["id"] as? String } == ["q-c", "q-b", "q-a"])
        func figure(_ id: String, _ key: String) -> Double? {
            questions.first { $0["id"] as? String == id }?[key] as? Double
        }
        // q-a: right 1 1 1 0 0 (facility 0.6); rest = mean of q-b and q-c: 1, 0.5, 0.5, 0.5, 0.
        // Σ products 0.5, Σ item² 1.2, Σ rest² 0.5: r = 0.5 / √0.6 = 0.6455.
        #expect(figure("q-a", "facility") == 0.6)
        #expect(abs((figure("q-a", "discrimination") ?? 9) - 0.5 / 0.6.squareRoot()) < 1e-9)
        // q-b: right 1 1 0 1 0; rest 1, 0.5, 1, 0, 0: Σ products 0.2 + 0 - 0.3 - 0.2 + 0.3 = 0.
        #expect(abs(figure("q-b", "discrimination") ?? 9) < 1e-9)
        // q-c: right 1 0 1 0 0 (facility 0.4); rest 1, 1, 0.5, 0.5, 0: Σ products 0.30, Σ item² 1.2,
        // Σ rest² 0.70: r = 0.30 / √0.84 = 0.3273.
        #expect(figure("q-c", "facility") == 0.4)
        #expect(abs((figure("q-c", "discrimination") ?? 9) - 0.30 / 0.84.squareRoot()) < 1e-9)
        let csv = try QuizBinary.run(["analyze", bank, "--csv"] + files)
        let rows = csv.output.components(separatedBy: "\r\n").dropLast()
        #expect(rows.count == 1 + 3 + 3)
        #expect(rows.first?.hasPrefix("scope,id,status,kind,attempts,learners,facility,discrimination,") == true)
        #expect(rows.dropFirst().first?.hasPrefix("question,q-c,in-bank,short-answer,5,5,0.4,0.327") == true)
    }

    @Test func progressFromAnOlderBankVersionNamesTheQuestionsNoLongerThere() throws {
        let folder = try TemporaryFolder("quiz-analyze")
        defer { folder.remove() }
        let bank = try folder.write("capitals.yaml", Self.capitals)
        let files = try Self.classOfFive(folder, bank: bank)
        // The next version of the bank asks Bornholm's capital under a new id.
        _ = try folder.write("capitals.yaml", Self.capitals.replacingOccurrences(of: "id: q-b", with: "id: q-b2"))
        let result = try QuizBinary.run(["analyze", bank] + files)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("No longer in the bank: an older version's question (short-answer)."))
        let json = try QuizBinary.run(["analyze", bank, "--json"] + files)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let questions = try #require(object?["questions"] as? [[String: Any]])
        #expect(questions.last?["id"] as? String == "q-b" && questions.last?["status"] as? String == "not-in-bank")
        #expect(questions.last?["prompt"] is NSNull)
        // Its fact is still tested, by the new question.
        let facts = try #require(object?["facts"] as? [[String: Any]])
        #expect(facts.allSatisfy { $0["status"] as? String == "in-bank" })
    }

    @Test func choicesAreCountedByOptionWhateverOrderEachQuizGave() throws {
        let folder = try TemporaryFolder("quiz-analyze")
        defer { folder.remove() }
        let bank = "treaty-of-wuchale"
        let key = "The article allowed international diplomacy to be conducted through Italy by choice."
        let protectorate = "The article imposed a protectorate over Ethiopia."
        // Seeds whose first question is q-readings, each with its own order of options.
        var seeds: [Int] = []
        var seed = 1
        while seeds.count < 5 && seed < 200 {
            if try Self.order(bank, seed: seed, count: 1) == ["q-readings"] { seeds.append(seed) }
            seed += 1
        }
        try #require(seeds.count == 5)
        var files: [String] = []
        for (learner, seed) in seeds.enumerated() {
            let preview = try QuizBinary.run(["preview", bank, "--seed", String(seed), "--count", "1", "--json"])
            let question = try JSONSerialization.jsonObject(with: Data(preview.output.utf8)) as? [[String: Any]]
            let options = try #require(question?.first?["choices"] as? [String])
            // Two learners pick the key, three the protectorate, each by its letter in their quiz.
            let wanted = learner < 2 ? key : protectorate
            let letter = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(options.firstIndex(of: wanted)!)))
            let path = folder.file("learner\(learner).json").path
            let quiz = try QuizBinary.run(
                ["take", bank, "--seed", String(seed), "--count", "1", "--progress", path], input: letter + "\n")
            #expect(quiz.status == 0, "\(quiz.errors)")
            files.append(path)
        }
        let result = try QuizBinary.run(["analyze", bank, "--json"] + files)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let questions = try #require(object?["questions"] as? [[String: Any]])
        let readings = try #require(questions.first { $0["id"] as? String == "q-readings" })
        let options = try #require(readings["options"] as? [[String: Any]])
        let picked = Dictionary(uniqueKeysWithValues: options.map { ($0["text"] as! String, $0["picked"] as! Int) })
        #expect(picked[key] == 2 && picked[protectorate] == 3)
        #expect(options.allSatisfy { $0["offered"] as? Int == 5 })
        #expect(options.filter { $0["isRight"] as? Bool == true }.map { $0["text"] as? String } == [key])
        // Two options shown five times and never chosen.
        #expect((readings["flags"] as? [String])?.contains("option-never-chosen") == true)
    }

    @Test func aFileThatIsMissingDamagedOrNotAProgressFileIsAnError() throws {
        let folder = try TemporaryFolder("quiz-analyze")
        defer { folder.remove() }
        let bank = try folder.write("capitals.yaml", Self.capitals)
        let good = try Self.classOfFive(folder, bank: bank)[0]
        let notProgress = try folder.write("notes.json", "{ \"shopping\": [\"eggs\"] }")
        let damaged = try folder.write("damaged.json", "{ not json")
        let missing = folder.file("missing.json").path
        let before = try Self.snapshot(folder)
        let result = try QuizBinary.run(["analyze", bank, good, notProgress, damaged, missing, folder.url.path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        let errors = result.errors.split(separator: "\n").map(String.init)
        #expect(errors.count == 4, "\(errors)")
        #expect(
            errors.contains(
                "\(notProgress): error: the progress file is damaged or not a progress file; it was left as it is"))
        #expect(errors.contains { $0.hasPrefix("\(damaged): error: ") })
        #expect(errors.contains("\(missing): error: no progress file here (nor its history, \(missing)l)"))
        #expect(errors.contains { $0.hasPrefix("\(folder.url.path): error: cannot read") })
        #expect(try Self.snapshot(folder) == before)
        // A file with no answers to the bank is read, with a warning.
        let other = folder.file("other.json").path
        _ = try QuizBinary.run(
            ["take", "treaty-of-wuchale", "--seed", "1", "--count", "1", "--progress", other], input: "a\n")
        let warned = try QuizBinary.run(["analyze", bank, good, other])
        #expect(warned.status == 0)
        #expect(warned.errors == "\(other): warning: no answers to the bank 'capitals'\n")
        #expect(warned.output.contains("1 learner, 3 answers"))
        // --json and --csv together are a usage error.
        #expect(try QuizBinary.run(["analyze", bank, good, "--json", "--csv"]).status == 2)
    }
}
