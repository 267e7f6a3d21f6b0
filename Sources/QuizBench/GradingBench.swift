import Foundation
import QuizCore

/// Grading throughput: how many answers a grader takes per second.
enum GradingBench {
    /// Answers of every sort to each question: the right one, a typo of it (the costly path: every
    /// rival of the record within a few edits is looked for), another name, a year, letters and
    /// garbage.
    static func inputs(_ questions: [Question], otherName: String) -> [(String, Question)] {
        var inputs: [(String, Question)] = []
        for question in questions {
            let right = question.answerText
            inputs.append((right, question))
            inputs.append((String(right.dropLast()), question))
            inputs.append((otherName, question))
            inputs.append(("1950", question))
            inputs.append(("a c", question))
            inputs.append((String(repeating: "x", count: 200), question))
        }
        return inputs
    }

    /// Grades `inputs` in a loop for about a second; answers per second, answers graded and
    /// answers right.
    static func rate(_ grader: AnswerGrader, _ inputs: [(String, Question)]) -> (
        perSecond: Double, graded: Int, right: Int
    ) {
        let clock = ContinuousClock()
        var graded = 0
        var right = 0
        let start = clock.now
        var elapsed = 0.0
        while elapsed < 1 {
            for (input, question) in inputs where grader.grade(input, for: question).isCorrect { right += 1 }
            graded += inputs.count
            elapsed = seconds(clock.now - start)
        }
        return (Double(graded) / elapsed, graded, right)
    }

    /// A record of `entities` people with made-up names of letters only (no digits to tell them
    /// apart: the hardest case for finding near names), each with an alias, and `questions`
    /// authored questions asking for one of them. Names are two to three syllables a word, drawn
    /// by a fixed hash from forty.
    static func namedRecord(entities: Int, questions: Int) -> Record {
        let syllables = [
            "ka", "lo", "mir", "ven", "sto", "ra", "bel", "dun", "tis", "gor", "an", "e", "vi", "nol", "pra", "zet",
            "ul", "mon", "ha", "rik", "su", "dor", "fa", "quin", "be", "tor", "ash", "mel", "ny", "cal", "od", "rem",
            "sa", "wil", "jo", "pen", "ty", "gra", "hel", "im",
        ]
        func word(_ value: Int) -> String {
            // SplitMix64's finaliser: a fixed, well-mixed choice of syllables for each number.
            var hash = UInt64(value) &+ 0x9E37_79B9_7F4A_7C15
            hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
            hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
            hash ^= hash >> 31
            var name = ""
            for part in 0..<(2 + Int(hash % 2)) { name += syllables[Int((hash >> (8 * UInt64(part + 1))) % 40)] }
            return name.prefix(1).uppercased() + name.dropFirst()
        }
        let people = (0..<entities).map { index in
            Entity(
                id: "p\(index)", kind: .person, name: word(index) + " " + word(index * 7 + 3),
                aliases: [word(index * 7 + 3)])
        }
        let step = max(1, entities / max(1, questions))
        let asked = stride(from: 0, to: entities, by: step).prefix(questions).map { index in
            AuthoredQuestion(
                id: "q\(index)", kind: .shortAnswer, prompt: "Who was person \(index)?",
                answer: .text(people[index].name, accepted: []), tests: ["p\(index)"])
        }
        return Record(
            title: "Named people", sources: [Source(id: "s", title: "Generated")], entities: people, questions: asked)
    }

    /// Prints the grading figures: against the seed bank's questions (right answers, typos, wrong
    /// answers and garbage, graded in a loop for about a second), and on records of 200 and
    /// 20,000 entities named with letters only, whose ratio shows that the cost of finding the
    /// names a typo might be does not grow with the record.
    static func report() {
        if let data = FileManager.default.contents(atPath: "QuestionBanks/pakistan-palestine-israel.yaml"),
            let seed = BankLoader.load(data, format: .yaml, path: "seed").record
        {
            let questions = QuestionGenerator(record: seed, options: GenerationOptions(count: nil)).questions(seed: 1)
            let (perSecond, graded, correct) = rate(
                AnswerGrader(record: seed), inputs(questions, otherName: "Syria"))
            print(
                String(
                    format:
                        "\nGrading: %.0f answers per second against the seed bank's %d questions (%d answers graded, %d right)",
                    perSecond, questions.count, graded, correct))
        }
        let small = namedRate(entities: 200)
        let large = namedRate(entities: 20_000)
        print(
            String(
                format:
                    "\nGrading on a record of 20,000 entities: %.0f answers per second (%d questions); on 200 entities: %.0f (%d questions); ratio %.2f",
                large.perSecond, large.questions, small.perSecond, small.questions, large.perSecond / small.perSecond))
    }

    /// Answers per second on a record of `entities` named people, and its questions' count.
    static func namedRate(entities: Int) -> (perSecond: Double, questions: Int) {
        let record = namedRecord(entities: entities, questions: 300)
        let questions = QuestionGenerator(record: record, options: GenerationOptions(count: nil)).questions(seed: 1)
            .filter { $0.template == "authored" }
        let grader = AnswerGrader(record: record)
        let other = record.entities[record.entities.count / 2 + 1].name
        return (rate(grader, inputs(questions, otherName: other)).perSecond, questions.count)
    }
}
