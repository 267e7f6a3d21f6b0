import Foundation
import TestSupport
import Testing

/// Hostile bank and import files: each must be refused (or accepted) with its expected diagnostic
/// and exit status, without a blow-up in processor time, and without a raw control character
/// reaching the output.
///
/// The files are built here rather than committed: several are megabytes of repetition.
@Suite struct HostileCatalogueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        /// The file's name; its extension decides how it is read.
        var file: String
        var contents: [UInt8]
        /// `lint`, or the `--from` format for `import`.
        var command: String
        var status: Int32
        /// A line that must appear in standard error (with the file name in front).
        var diagnostic: String
        var testDescription: String { file }
    }

    static let base = """
        title: Hostile base
        sources:
          - id: s1
            title: A text
            author: Someone
        entities:
          - id: pakistan
            kind: country
            name: Pakistan
          - id: israel
            kind: country
            name: Israel
        events:
          - id: partition
            date: "1947"
            summary: The partition.
            actors: [{entity: pakistan, role: founded}]
        statements:
          - id: no-relations
            kind: position
            holder: pakistan
            text: Pakistan does not recognise Israel.
            about: [israel]

        """

    static let baseJSON = """
        {"title": "Hostile base", "sources": [{"id": "s1", "title": "A text"}],
         "entities": [{"id": "pakistan", "kind": "country", "name": "Pakistan"}],
         "events": [{"id": "partition", "date": "1947", "summary": "The partition."}]}
        """

    static func bank(_ file: String, _ text: String, _ status: Int32, _ diagnostic: String) -> Case {
        Case(file: file, contents: Array(text.utf8), command: "lint", status: status, diagnostic: diagnostic)
    }

    static func bank(_ file: String, bytes: [UInt8], _ status: Int32, _ diagnostic: String) -> Case {
        Case(file: file, contents: bytes, command: "lint", status: status, diagnostic: diagnostic)
    }

    static func imported(_ file: String, _ format: String, _ text: String, _ status: Int32, _ diagnostic: String)
        -> Case
    {
        Case(file: file, contents: Array(text.utf8), command: format, status: status, diagnostic: diagnostic)
    }

    /// The base bank with one text replaced.
    static func edited(_ old: String, _ new: String) -> String {
        precondition(base.contains(old), "the base bank has no '\(old)'")
        return base.replacingOccurrences(of: old, with: new)
    }

    static let escapes = [
        "\u{1B}]0;owned\u{07}",  // window title
        "\u{1B}]52;c;ZWNobyBvd25lZA==\u{07}",  // OSC 52: write the clipboard
        "\u{1B}[2J\u{1B}[H",  // clear the screen, cursor home
        "\u{1B}[?2004l",  // bracketed paste off
        "\u{9B}31m",  // an 8-bit CSI
    ]

    static let cases: [Case] = {
        var cases: [Case] = [
            // Truncated and malformed.
            bank(
                "truncated.yaml", String(base.prefix(180)), 1,
                "truncated.yaml:13:1: error: YAML syntax: could not find expected ':' while scanning a simple key"),
            bank(
                "truncated.json", #"{"sources": [{"id": "s1", "title": "A""#, 1,
                "truncated.json:1:39: error: JSON syntax: the object opened at 1:14 is never closed"),
            bank("empty.yaml", "", 1, "empty.yaml:1:1: error:"),
            bank("empty.json", "", 1, "empty.json:1:1: error:"),
            bank(
                "two-documents.yaml", base + "---\n" + base, 1,
                "two-documents.yaml:24:1: error: a bank file holds one YAML document; found a second one"),
            bank("tab-indent.yaml", edited("  - id: s1", "\t- id: s1"), 1, "tab-indent.yaml:3:1: error: YAML syntax:"),
            bank(
                "trailing.json", #"{"title": "x"} x"#, 1,
                "trailing.json:1:16: error: JSON syntax: unexpected text after the end of the JSON document"),
            bank(
                "comment.json", #"{"title": "x" /* c */}"#, 1,
                "comment.json:1:15: error: JSON syntax: expected ',' or '}' in the object, found '/'"),
            // Wrong types.
            bank(
                "list-at-top.yaml", "- a\n- b\n", 1,
                "list-at-top.yaml:1:1: error: the bank should be a mapping of keys to values, found a list"),
            bank(
                "number-at-top.json", "42", 1,
                "number-at-top.json:1:1: error: the bank should be a mapping of keys to values, found text"),
            bank(
                "sources-text.yaml",
                edited("sources:\n  - id: s1\n    title: A text\n    author: Someone\n", "sources: hello\n"), 1,
                "sources-text.yaml:2:10: error: 'sources' in the bank should be a list, found text"),
            bank(
                "date-list.yaml", edited("date: \"1947\"", "date: [1947]"), 1,
                "date-list.yaml:15:11: error: 'date' in event 'partition' should be text, found a list"),
            bank(
                "entities-number.json",
                baseJSON.replacingOccurrences(of: #""entities": ["#, with: #""entities": 5, "x": ["#),
                1, "entities-number.json:2:14: error: 'entities' in the bank should be a list, found text"),
            bank(
                "mapping-key.yaml", "? [a, b]\n: c\n", 1,
                "mapping-key.yaml:1:3: error: a mapping key must be plain text, not a list"),
            // Deep nesting, big lists, many keys, enormous strings.
            bank(
                "deep.yaml", "title: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
                1,
                "deep.yaml:1:71: error: lists and mappings are nested more than 64 levels deep"),
            bank(
                "deep.json",
                #"{"title": "# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
                    + "}", 1,
                "deep.json:1:74: error: JSON syntax: arrays and objects are nested more than 64 levels deep"),
            bank(
                "million-items.yaml", "title: x\nentities:\n" + String(repeating: "  - {}\n", count: 1_000_000), 1,
                "million-items.yaml:200003:5: error: the list that starts at 3:3 holds more than 200000 items"),
            bank(
                "million-items.json",
                #"{"tags": ["# + Array(repeating: "1", count: 1_000_000).joined(separator: ",") + "]}", 1,
                "million-items.json:1:400011: error: JSON syntax: the array that starts at 1:10 holds more than 200000 items"
            ),
            bank(
                "many-keys.yaml",
                "title: x\nsources: []\nentities:\n  - id: a\n"
                    + (0..<100_000).map { "    k\($0): 1\n" }.joined(), 1,
                "many-keys.yaml:1004:5: error: too many problems: stopped after the first 1000; fix these first"),
            bank(
                "many-bad-entities.yaml", "title: x\nentities:\n" + String(repeating: "  - {x: 1}\n", count: 150_000),
                1,
                "many-bad-entities.yaml:252:6: error: too many problems: stopped after the first 1000; fix these first"),
            bank(
                "enormous-string.yaml", edited("The partition.", String(repeating: "x", count: 5_000_000)), 0,
                "enormous-string.yaml: ok: 1 source, 2 entities, 1 event, 1 statement, 0 questions"),
            bank(
                "enormous-key.json", "{\"" + String(repeating: "k", count: 2_000_000) + "\": 1}", 1,
                "enormous-key.json:1:2: error: unknown key"),
            // Alias bombs.
            bank(
                "alias-bomb.yaml",
                "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                    + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n",
                1,
                "alias-bomb.yaml:5:36: error: aliases expand to more than 100000 nodes; this looks like an alias bomb"),
            bank(
                "undefined-alias.yaml", edited("title: A text", "title: *nothing"), 1,
                "undefined-alias.yaml:4:12: error: the alias *nothing names no anchor defined before it"),
            // Bytes that are not text.
            bank(
                "invalid-utf8.yaml", bytes: Array(base.utf8) + [0x23, 0x20, 0xFF, 0xFE, 0x0A], 1,
                "invalid-utf8.yaml:24:3: error: the file is not valid UTF-8 (save it as UTF-8)"),
            bank(
                "overlong-utf8.json", bytes: Array(#"{"title": ""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8), 1,
                "overlong-utf8.json:1:12: error: the file is not valid UTF-8 (save it as UTF-8)"),
            bank(
                "nul.yaml", bytes: Array(edited("A text", "A\u{0}text").utf8), 1,
                "nul.yaml:4:13: error: this is a binary file, not a bank: it contains a NUL byte"),
            bank(
                "nul.json", bytes: Array(#"{"title": "a\#u{0}b"}"#.utf8), 1,
                "nul.json:1:13: error: this is a binary file, not a bank: it contains a NUL byte"),
            bank(
                "raw-escape.yaml", edited("A text", "A \u{1B}]0;owned\u{07} text"), 1,
                "raw-escape.yaml:4:14: error: YAML syntax: control characters are not allowed"),
            bank(
                "unpaired-surrogate.json", #"{"title": "\ud800"}"#, 1,
                "unpaired-surrogate.json:1:18: error: JSON syntax: an unpaired surrogate in a \\u escape"),
            // Ids.
            bank(
                "id-collides-by-case.yaml", edited("  - id: israel", "  - id: Pakistan"), 1,
                "id-collides-by-case.yaml:10:9: error: id 'Pakistan' should be lower-case letters"),
            bank(
                "id-duplicate.yaml", edited("  - id: israel", "  - id: pakistan"), 1,
                "id-duplicate.yaml:10:9: error: duplicate id 'pakistan'"),
            bank(
                "id-escape.yaml", edited("id: partition", "id: \"part\\e[2Jition\""), 1,
                "id-escape.yaml:14:9: error: id 'part\\u{1B}[2Jition' should be lower-case letters"),
            bank(
                "duplicate-key.json", #"{"title": "a", "title": "b"}"#, 1,
                "duplicate-key.json:1:16: error: duplicate key 'title' in the bank (first at line 1)"),
            {
                // Past 16 keys the duplicate check switches from a scan to a table.
                let text = "{\"title\": \"a\", " + (0..<20).map { "\"k\($0)\": 1, " }.joined() + "\"title\": \"b\"}"
                let column = text.utf8.count - #""title": "b"}"#.utf8.count + 1
                return bank(
                    "duplicate-key-many.json", text, 1,
                    "duplicate-key-many.json:1:\(column): error: duplicate key 'title' in the bank (first at line 1)")
            }(),
            // Dates.
            bank(
                "date-1948-1947.yaml", edited("\"1947\"", "\"1948/1947\""), 1,
                "date-1948-1947.yaml:15:11: error: invalid date in event 'partition': the interval ends (1947) before it starts (1948)"
            ),
            bank(
                "date-99999.yaml", edited("\"1947\"", "\"99999\""), 1,
                "date-99999.yaml:15:11: error: invalid date in event 'partition': '99999': a year of more than four digits is written with a 'Y' prefix, as in Y99999"
            ),
            bank(
                "date-month-13.yaml", edited("\"1947\"", "\"1948-13\""), 1,
                "date-month-13.yaml:15:11: error: invalid date in event 'partition': '1948-13': month 13 is not 01–12 (or a season 21–24)"
            ),
            bank(
                "date-february-30.yaml", edited("\"1947\"", "\"1948-02-30\""), 1,
                "date-february-30.yaml:15:11: error: invalid date in event 'partition': '1948-02-30': day 30 does not exist in that month"
            ),
            bank(
                "date-empty.yaml", edited("\"1947\"", "\"\""), 1,
                "date-empty.yaml:15:11: error: 'date' in event 'partition' is empty"),
            // Valid EDTF, however odd: year 0 (1 BC) and 44 BC.
            bank("date-0000.yaml", edited("\"1947\"", "\"0000\""), 0, "date-0000.yaml: ok:"),
            bank("date-minus-0043.yaml", edited("\"1947\"", "\"-0043\""), 0, "date-minus-0043.yaml: ok:"),
            // Import files.
            imported(
                "unclosed.gift", "gift", "::T:: Who? {=a ~b\n", 1,
                "unclosed.gift:1:1: error: an answer block opened with '{' is never closed"),
            imported("empty.gift", "gift", "", 1, "empty.gift:1:1: error: found nothing to import: no questions"),
            imported(
                "bad-answer.txt", "aiken", "Question?\nA. one\nB. two\nANSWER: Z\n", 1,
                "bad-answer.txt:4:9: error: the answer 'Z' is not one of the options A–B"),
            imported(
                "no-answer.txt", "aiken", "Question?\nA. one\nB. two\n", 1,
                "no-answer.txt:1:1: error: the question on line 1 has no 'ANSWER:' line"),
            imported(
                "unclosed-quote.csv", "csv", "term,answer\n\"unterminated,x\n", 1,
                "unclosed-quote.csv:2:1: error: a quoted cell is never closed"),
            imported(
                "no-header.csv", "csv", "a,b\n1,2\n", 1,
                "no-header.csv:1:1: error: the header row needs a 'term' (or 'question') column and an 'answer' column; found: a, b"
            ),
            imported(
                "cut-short.json", "timeline", #"{"events": ["#, 1,
                "cut-short.json:1:13: error: JSON syntax: expected a value, found the end of the file"),
            imported(
                "no-dated-events.json", "timeline", #"{"events": [{"start_date": {"year": "abc"}}]}"#, 1,
                "no-dated-events.json:1:1: error: found nothing to import: no dated events"),
            imported(
                "nul.gift", "gift", "Who?\u{0} {=a ~b}\n", 1, "nul.gift:1:1: error: the file is not UTF-8 text"),
        ]
        // Escape sequences in every text field: accepted, and never echoed raw.
        var hostile = base
        for (index, field) in [
            "title: Hostile base", "title: A text", "author: Someone", "name: Pakistan",
            "name: Israel", "summary: The partition.", "role: founded", "text: Pakistan does not recognise Israel.",
        ].enumerated() {
            let key = field.prefix { $0 != ":" }
            let value = field.drop { $0 != ":" }.dropFirst(2)
            let escape = escapes[index % escapes.count].unicodeScalars.map { String(format: "\\u%04X", $0.value) }
                .joined()
            hostile = hostile.replacingOccurrences(of: field, with: "\(key): \"\(value)\(escape)\"")
        }
        // A question of the author's own, so that the preview below has something to show.
        hostile +=
            "questions:\n  - id: q1\n    type: short-answer\n    prompt: \"Who? \\u001B[2J\"\n    answer: Pakistan\n"
        cases.append(bank("escapes-everywhere.yaml", hostile, 0, "escapes-everywhere.yaml: ok:"))
        return cases
    }()

    /// Processor seconds the child may use before the kernel stops it: a guard against a
    /// pathological blow-up (an alias bomb expanded, a quadratic scan), which no healthy build
    /// comes near however loaded the machine; processor time is the child's own, whatever runs
    /// alongside.
    static let processorLimit = 20

    @Test func theCatalogueIsLarge() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.file)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func isHandled(_ hostile: Case) throws {
        let folder = try TemporaryFolder("quiz-hostile")
        defer { folder.remove() }
        try folder.write(hostile.file, bytes: hostile.contents)
        let arguments =
            hostile.command == "lint" ? ["lint", hostile.file] : ["import", "--from", hostile.command, hostile.file]

        // Under a processor-time limit, soft and hard: the kernel kills the child past it with
        // SIGKILL (SIGXCPU alone would do nothing, as the test process's threads block signals
        // and children inherit the mask).
        let script = #"ulimit -t "$0"; exec "$@""#
        let result = try QuizBinary.run(
            ["-c", script, String(Self.processorLimit), QuizBinary.path] + arguments, executable: "/bin/bash",
            directory: folder.url)
        #expect(!result.timedOut, "still running after two minutes")
        #expect(
            !result.wasSignalled,
            "killed by signal \(result.status): more than \(Self.processorLimit) s of processor time, or a crash")

        #expect(result.status == hostile.status, "\(result.errors.prefix(600))")
        let lines = (result.errors + result.output).split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix(hostile.diagnostic) }, "got: \((result.output + result.errors).prefix(600))")
        // No C0 or C1 control character but newline reaches the terminal.
        let raw = (result.errors + result.output).unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        }
        #expect(raw.isEmpty)
        if hostile.command == "lint" && hostile.status == 0 {
            let preview = try QuizBinary.run(["preview", hostile.file, "--count", "50"], directory: folder.url)
            #expect(preview.status == 0)
            #expect(!preview.output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{07}" })
        }
    }
}
