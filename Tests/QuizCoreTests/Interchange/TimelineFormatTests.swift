import Foundation
import Testing

@testable import QuizCore

@Suite struct TimelineFormatTests {
    static let timeline = """
        {
          "title": {"text": {"headline": "Rome <b>and</b> after", "text": "x"}},
          "events": [
            {"start_date": {"year": -44, "month": 3, "day": 15}, "text": {"headline": "Caesar is killed", "text": "<p>In the Senate &amp; at noon.</p>"}, "group": "Politics", "unique_id": "ides"},
            {"start_date": {"year": "476"}, "text": {"headline": "The last western emperor is deposed"}},
            {"start_date": {"year": 1347}, "end_date": {"year": 1351}, "text": {"headline": "The Black Death"}},
            {"text": {"headline": "No date"}},
            {"start_date": {"year": "soon"}, "text": {"headline": "Bad year"}}
          ]
        }
        """

    @Test func eventsBecomeEventsOfARecord() {
        let (record, diagnostics) = TimelineFormat.read(Array(Self.timeline.utf8), sourceTitle: "t")
        #expect(record.title == "Rome and after")
        #expect(record.events.map(\.date?.text) == ["-0043-03-15", "0476", "1347/1351"])
        #expect(record.events[0].id == "ides", "a unique_id the bank allows is kept as it is")
        #expect(record.events[0].tags == ["politics"], "a group becomes a topic, in lower case")
        #expect(record.statements.first?.text == "In the Senate & at noon.")
        #expect(
            diagnostics.map { "\($0.location.line): \($0.severity.rawValue): \($0.message)" } == [
                "7: warning: the event 'No date' has no start_date; TimelineJS skips it, and so does the import",
                "8: error: a date needs a whole-number \"year\"",
            ])
    }

    @Test func malformedJSONSaysWhere() {
        let (_, diagnostics) = TimelineFormat.read(
            Array("{\"events\": [\n  {\"start_date\": }\n]}".utf8), sourceTitle: "t")
        #expect(diagnostics.first?.location == SourceLocation(line: 2, column: 18))
    }

    @Test func aRecordBecomesATimelineAndBack() throws {
        let (record, _) = TimelineFormat.read(Array(Self.timeline.utf8), sourceTitle: "t")
        let (json, skipped) = TimelineFormat.write(record)
        #expect(skipped == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let events = object?["events"] as? [[String: Any]] ?? []
        #expect((events.first?["start_date"] as? [String: Int])?["year"] == -44)
        #expect(events.last?["display_date"] as? String == "1347–1351")
        let (again, diagnostics) = TimelineFormat.read(Array(json.utf8), sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(again.events.map(\.date?.text) == record.events.map(\.date?.text))
        #expect(again.events.map(\.summary) == record.events.map(\.summary))
    }

    @Test func idsAndGroupsABankRefusesAreRewrittenTheSameWayEveryTime() {
        let json = """
            {"events": [
              {"start_date": {"year": 1948}, "text": {"headline": "A"}, "group": "1948 War", "unique_id": "War/1948"},
              {"start_date": {"year": 1949}, "text": {"headline": "B", "text": "more"}, "unique_id": "war-1948"},
              {"start_date": {"year": 1950}, "text": {"headline": "C"}, "group": "<b>1948-war</b>", "unique_id": "imported"}
            ]}
            """
        let (record, diagnostics) = TimelineFormat.read(Array(json.utf8), sourceTitle: "t")
        #expect(diagnostics.isEmpty)
        #expect(record.events.map(\.id) == ["war-1948", "war-1948-2", "imported-2"])
        #expect(record.events.map(\.tags) == [["1948-war"], [], ["1948-war"]])
        #expect(record.statements.map(\.id) == ["war-1948-2-text"])
    }

    @Test(arguments: [
        ("1946", "about 1946", "1946~"), ("1946", "1946 (uncertain)", "1946?"), ("1940", "the 1940s", "194X"),
        ("1947/1949", "about 1947–1949", "1947~/1949"), ("1967", "1967 onwards", "1967/.."),
        ("1967", "in the summer", "1967"), ("1967", "1967", "1967"),
    ])
    func aDisplayDateGivesBackTheQualifiersItShows(_ date: String, _ shown: String, _ qualified: String) throws {
        let read = TimelineFormat.qualified(try HistoricalDate(parsing: date), shownAs: shown)
        #expect(read.text == qualified)
    }
}
