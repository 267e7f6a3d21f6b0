import Foundation
import TestSupport
import Testing

/// A bank for timeline games: events at every precision a bank can write (a range, a year, an
/// approximate year, a season, a month, two events of one day, a day), and events that must
/// never be dealt: two whose years overlap the others, one whose text gives its year away, and
/// one with an open end.
enum TimelineBank {
    static let text = """
        title: Italy and Ethiopia
        sources: [{id: s, title: A chronology}]
        events:
          - {id: egypt-war, date: 1874/1876, summary: Egypt and Ethiopia fought a war over the highlands., tags: [wars]}
          - {id: assab, date: "1882", summary: "In 1882, Italy bought the port of Assab.", tags: [colonies]}
          - {id: dogali, date: 1887~, summary: "Ethiopians defeated an Italian column near Dogali.\\u001B[2J"}
          - {id: famine, date: 1888-21, summary: A great famine began in the highlands.}
          - {id: wuchale, date: 1889-05-02, summary: Menelik II signed the treaty at Wuchale., tags: [treaty]}
          - {id: antonelli, date: 1889-05-02, summary: Pietro Antonelli signed the treaty for Italy., tags: [treaty]}
          - {id: crowned, date: 1889-11, summary: Menelik II was crowned emperor.}
          - {id: adwa, date: 1896-03-01, summary: Ethiopian forces defeated the Italian army at Adwa., tags: [wars]}
          - {id: envoys, date: "1889", summary: Italian envoys travelled to Shewa.}
          - {id: war-ended, date: "1896", summary: The war between Italy and Ethiopia ended., tags: [wars]}
          - {id: eritrea, date: "1890", summary: Italy proclaimed the colony of Eritrea in 1890.}
          - {id: occupied, date: 1936/.., summary: Italy occupied Ethiopia.}
        """

    /// A word of each event that can be dealt, and its place in time (the same for one day).
    static let ranks: [(word: String, rank: Int)] = [
        ("Egypt", 0), ("Assab", 1), ("Dogali", 2), ("famine", 3), ("Wuchale", 4), ("Antonelli", 4),
        ("crowned", 5), ("Adwa", 6),
    ]

    /// The dates of the dealt events as shown, earliest first.
    static let dates = [
        "1874–1876", "1882", "about 1887", "spring 1888", "2 May 1889", "2 May 1889", "November 1889",
        "1 March 1896",
    ]

    static func rank(of text: some StringProtocol) -> Int? {
        ranks.first { text.contains($0.word) }?.rank
    }

    /// The right slot for the turn left open at the end of `output`, or nil when no turn is open:
    /// one more than the events on the line that came before the event to place.
    static func rightSlot(in output: String, answered: Int) -> Int? {
        let turns = output.components(separatedBy: "Where does this go?")
        guard turns.count == answered + 2, let turn = turns.last else { return nil }
        let lines = turn.split(separator: "\n").prefix { !$0.hasPrefix("(type a slot number") }
        guard let firstSlot = lines.firstIndex(where: { $0.hasPrefix("  [") }),
            let placing = rank(of: lines[..<firstSlot].joined(separator: " "))
        else { return nil }
        // Entries start four spaces in ("    1882: …"); their wrapped lines, six.
        let entries = lines[firstSlot...].filter { $0.hasPrefix("    ") && !$0.hasPrefix("      ") }
        return 1 + entries.compactMap { rank(of: $0) }.filter { $0 < placing }.count
    }
}

/// A temporary folder with the timeline bank in it, and room for a progress file; removed when
/// the test that made it ends.
final class TimelineFolder {
    let folder: TemporaryFolder
    let bank: String
    var progress: String { folder.file("progress.json").path }

    init() throws {
        folder = try TemporaryFolder("quiz-timeline")
        bank = try folder.write("ethiopia.yaml", TimelineBank.text)
    }

    deinit { folder.remove() }
}

/// `quiz timeline` through a pipe: answers in, verdicts and the progress file out.
@Suite struct TimelineCommandTests {
    let files: TimelineFolder
    var bank: String { files.bank }
    var progress: String { files.progress }

    init() throws { files = try TimelineFolder() }

    func timeline(_ arguments: [String], input: String, columns: Int = 200) throws -> QuizBinary.Result {
        try QuizBinary.run(
            ["timeline", bank, "--progress", progress] + arguments, environment: ["COLUMNS": String(columns)],
            input: input)
    }

    @Test func aPerfectGamePlacesEveryPrecisionInOrder() throws {
        // Each run answers one more turn, read from the turn the run before left open.
        var answers: [String] = []
        var result = try timeline(["--count", "20", "--seed", "5"], input: "")
        while let slot = TimelineBank.rightSlot(in: result.output, answered: answers.count) {
            answers.append(String(slot))
            try? FileManager.default.removeItem(atPath: progress)
            try? FileManager.default.removeItem(atPath: progress + "l")
            result = try timeline(["--count", "20", "--seed", "5"], input: answers.joined(separator: "\n") + "\n")
            #expect(result.status == 0, "\(result.errors)")
        }
        #expect(answers.count == 7, "\(result.output)")
        #expect(
            result.output.hasPrefix("Italy and Ethiopia: 7 events to place on a timeline, all this bank has (seed 5;"))
        #expect(result.output.components(separatedBy: "✔ Right.").count == 8)
        #expect(!result.output.contains("✘"))
        // The event to place is shown without its date, even where its summary starts with it.
        for turn in result.output.components(separatedBy: "Where does this go?\n").dropFirst() {
            let placing = try #require(turn.split(separator: "\n").first)
            #expect(TimelineBank.rank(of: placing) != nil)
            let shown = placing.replacingOccurrences(of: "\\u{1B}[2J", with: "")
            #expect(shown.rangeOfCharacter(from: .decimalDigits) == nil, "\(placing)")
        }
        #expect(result.output.contains("Where does this go?\n  Italy bought the port of Assab."))
        let line = try #require(result.output.components(separatedBy: "Your timeline:\n").last)
        let shown = line.split(separator: "\n").prefix(8).map { $0.split(separator: ":").first.map(String.init) ?? "" }
        #expect(shown.map { $0.trimmingCharacters(in: .whitespaces) } == TimelineBank.dates)
        for never in ["Shewa", "war between Italy", "Eritrea", "occupied"] {
            #expect(!result.output.contains(never), "\(never) was dealt")
        }
        let saved = try ProgressOnDisk.read(progress).attempts
        #expect(saved.count == 7)
        #expect(saved.allSatisfy { $0["outcome"] as? String == "correct" && $0["kind"] as? String == "ordering" })
        #expect(saved.allSatisfy { ($0["questionID"] as? String)?.hasPrefix("timeline.") == true })
        #expect(Set(saved.compactMap { ($0["facts"] as? [String])?.first }).count == 7)
    }

    @Test func aWrongPlacementSaysWhereItBelongsAndIsSavedAsAMiss() throws {
        let result = try timeline(["--count", "2", "--seed", "3"], input: "1\n1\n")
        #expect(result.status == 0)
        #expect(result.output.contains("✘ Not slot 1. 1 March 1896: after 2 May 1889, so slot 2."))
        #expect(result.output.contains("✔ Right. About 1887: before 2 May 1889, so slot 1."))
        #expect(result.output.contains("Missed:\n  1. Ethiopian forces defeated the Italian army at Adwa."))
        #expect(result.output.contains("you: slot 1, before 2 May 1889 · answer: 1 March 1896, slot 2"))
        #expect(result.output.contains("Review next: what you missed comes back with 'quiz review"))
        #expect(result.output.replacingOccurrences(of: "\n", with: "").contains("Progress saved to \(progress)"))
        #expect(!result.output.contains("\u{1B}"), "no colour in a pipe, and no escape from the bank")
        #expect(result.output.contains("near Dogali.\\u{1B}[2J"), "the bank's escape is shown, not sent")
        #expect(!result.output.contains("slot> "), "no prompt in a pipe")
        let saved = try ProgressOnDisk.read(progress).attempts
        #expect(saved.map { $0["outcome"] as? String } == ["incorrect", "correct"])
        #expect(saved.map { $0["facts"] as? [String] } == [["adwa"], ["dogali"]])
        #expect(saved.first?["miss"] as? String == "near-date")
    }

    @Test func aMissedPlacementComesBackInReviewAsAnyMissedFact() throws {
        _ = try timeline(["--count", "2", "--seed", "3"], input: "1\n1\n")
        let listed = try QuizBinary.run(["review", bank, "--list", "--progress", progress])
        #expect(listed.output.contains("Where on the timeline does this go? Ethiopian forces defeated the Italian"))
        #expect(listed.output.contains("you: slot 1, before 2 May 1889 · answer: 1 March 1896, slot 2"))
        #expect(!listed.output.contains("no longer in the bank"))

        let review = try QuizBinary.run(["review", bank, "--progress", progress], input: ":skip\n")
        #expect(review.status == 0)
        let saved = try ProgressOnDisk.read(progress)
        #expect(saved.attempts.count == 3)
        // Asked in another form than a placement, on the same fact.
        let asked = try #require(saved.attempts.last)
        #expect((asked["facts"] as? [String])?.contains("adwa") == true)
        #expect((asked["questionID"] as? String)?.hasPrefix("g.") == true)
        #expect(saved.memory["ethiopia/adwa"] != nil)
    }

    @Test func endOfInputAndQuitKeepWhatWasAnswered() throws {
        for input in ["1\n", "1\n:quit\n"] {
            try? FileManager.default.removeItem(atPath: progress)
            try? FileManager.default.removeItem(atPath: progress + "l")
            let result = try timeline(["--count", "5", "--seed", "3"], input: input)
            #expect(result.status == 0)
            #expect(result.output.contains("Quiz over"))
            let flat = result.output.replacingOccurrences(of: "\n  ", with: " ")
            #expect(flat.contains("Right: 0 of 1 answered; 4 of 5 questions not answered"), "\(result.output)")
            #expect(try ProgressOnDisk.read(progress).attempts.count == 1)
        }
    }

    @Test func commandsWorkAsInAQuiz() throws {
        let result = try timeline(
            ["--count", "2", "--seed", "3"], input: ":help\nfirst\nskip\n:skip\n:score\nquit\n:quit\n")
        #expect(result.output.contains("Type the number of the slot where the event goes"))
        // A command's word without its colon is told how to type it, and places nothing.
        #expect(result.output.contains("Commands start with a colon: type :skip to pass this one (not graded)."))
        #expect(result.output.contains("Commands start with a colon: type :quit to leave (not graded)."))
        // Two slots: a hint could only name both, so none is offered.
        #expect(result.output.contains("Type a slot number from 1 to 2, or :skip to pass.\n"))
        #expect(result.output.contains("Skipped. 1 March 1896: after 2 May 1889, so slot 2."))
        #expect(result.output.contains("Score: 0 points; 0 of 1 right, 1 to go"))
        #expect(try ProgressOnDisk.read(progress).attempts.map { $0["outcome"] as? String } == ["skipped"])
    }

    @Test func everyLineFitsFortyColumns() throws {
        let result = try timeline(["--count", "4", "--seed", "3"], input: "2\n1\n2\n3\n", columns: 40)
        #expect(result.output.contains("Your timeline:"))
        // All but a name in the path of the progress file longer than a line, which has no place
        // to break (the path breaks after each "/").
        for line in result.lines where !(line.contains("/") && !line.contains(" ")) {
            #expect(line.count <= 40, "\(line)")
        }
    }

    @Test func topicsChooseTheEventsAndAnUnknownOneIsRefused() throws {
        let wars = try timeline(["--count", "5", "--seed", "1", "--topic", "wars"], input: "")
        #expect(
            wars.output.hasPrefix(
                "Italy and Ethiopia: 1 event to place on a timeline, all this bank has on these topics (seed 1;"))
        for word in ["Assab", "famine", "Wuchale", "crowned"] { #expect(!wars.output.contains(word)) }

        let unknown = try timeline(["--topic", "war"], input: "")
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("has no topic 'war' (did you mean 'wars'?)"))
    }

    @Test func aBankWithTooFewDatedEventsIsRefusedBeforeAnythingIsSaved() throws {
        let result = try QuizBinary.run(
            ["timeline", "pakistan-palestine-israel", "--progress", progress], input: "")
        #expect(result.status == 1)
        #expect(
            result.errors.hasPrefix(
                "quiz: Pakistan, the Palestinians and Israel has too few dated events for a timeline"))
        #expect(!FileManager.default.fileExists(atPath: progress))
        #expect(try QuizBinary.run(["timeline", bank, "--count", "0"]).status == 2)
    }
}
