import Foundation
import TestSupport
import Testing

/// Durability of the real binary, from its system calls: a scripted quiz run under strace must
/// write and fsync each answer's line of the history before the verdict of that answer is
/// written to the screen, and fsync the folder once it has created the history in it.
@Suite struct DurabilityTraceTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether strace is there and may trace here (a container may forbid ptrace).
    static let canTrace: Bool = {
        guard let strace else { return false }
        return (try? ChildProcess.run(strace, ["-o", "/dev/null", "/bin/true"]).status) == 0
    }()

    /// One traced call: its name, the file it was about, and for writes to the screen the text.
    struct Call {
        var name: String
        var path: String
        var text = ""
    }

    /// The calls of `trace` (strace's output) that write, fsync or rename, with the files their
    /// descriptors were opened on.
    static func calls(_ trace: String) -> [Call] {
        var files: [String: String] = ["1": "<screen>"]
        var calls: [Call] = []
        for line in joined(trace) {
            // "<pid> <call>(<arguments>) = <result>", the pid padded with spaces to a width.
            let call = line.drop { $0.isNumber }.drop { $0 == " " }
            guard let open = call.firstIndex(of: "(") else { continue }
            let name = String(call[..<open])
            let arguments = call[call.index(after: open)...]
            let quoted = arguments.split(separator: "\"", omittingEmptySubsequences: false)
            let result = line.split(separator: "=").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            switch name {
            case "openat" where quoted.count >= 2:
                if let descriptor = result.split(separator: " ").first, Int(descriptor) != nil {
                    files[String(descriptor)] = String(quoted[1])
                }
            case "write", "fsync":
                let descriptor = String(arguments.prefix { $0.isNumber })
                calls.append(Call(name: name, path: files[descriptor] ?? "fd \(descriptor)", text: String(arguments)))
            case "rename" where quoted.count >= 4:
                calls.append(Call(name: name, path: String(quoted[3])))
            case "mkdir" where result == "0" && quoted.count >= 2:
                calls.append(Call(name: name, path: String(quoted[1])))
            default:
                continue
            }
        }
        return calls
    }

    /// The trace's lines, with each call that another thread's call interrupted made whole again:
    /// strace prints such a call in two halves, "<pid> openat(… <unfinished ...>" and later
    /// "<pid> <... openat resumed>) = 5" (quiz opens the progress file on a thread of its own).
    static func joined(_ trace: String) -> [String] {
        let unfinished = "<unfinished ...>"
        var pending: [Substring: String] = [:]
        var lines: [String] = []
        for line in trace.split(separator: "\n") {
            let pid = line.prefix { $0.isNumber }
            if line.hasSuffix(unfinished) {
                pending[pid] = String(line.dropLast(unfinished.count))
            } else if let resumed = line.range(of: " resumed>"), let first = pending.removeValue(forKey: pid) {
                lines.append(first + line[resumed.upperBound...])
            } else {
                lines.append(String(line))
            }
        }
        return lines
    }

    /// A call split by another thread's is read as one.
    @Test func aCallSplitByAnotherThreadIsReadWhole() {
        let trace = """
            101 openat(AT_FDCWD, "/data", O_RDONLY|O_DIRECTORY <unfinished ...>
            102 write(1, "x", 1) = 1
            101 <... openat resumed>) = 5
            101 fsync(5) = 0
            """
        #expect(Self.joined(trace).count == 3)
        let calls = Self.calls(trace)
        #expect(calls.map(\.name) == ["write", "fsync"])
        #expect(calls.last?.path == "/data")
    }

    /// Verdicts in a write to the screen: ✔, ✘ and ◐ as strace prints their UTF-8, and "Skipped.".
    static func verdicts(_ text: String) -> Int {
        [#"\342\234\224 "#, #"\342\234\230 "#, #"\342\227\220 "#, "Skipped. "].reduce(0) {
            $0 + text.components(separatedBy: $1).count - 1
        }
    }

    @Test(.enabled(if: canTrace, "strace is missing or may not trace here"))
    func eachAnswerIsOnDiskBeforeItsVerdictIsOnScreen() throws {
        let folder = try TemporaryFolder("quiz-trace")
        defer { folder.remove() }
        let data = folder.path + "/data"
        let progress = data + "/progress.json"
        let trace = folder.path + "/trace"
        let result = try QuizBinary.run(
            [
                "-f", "-s", "65536", "-o", trace, "-e", "trace=openat,write,fsync,rename,mkdir", QuizBinary.path,
                "take", "pakistan-palestine-israel", "--count", "4", "--seed", "5", "--progress", progress,
            ], executable: try #require(Self.strace), input: "t\n:skip\nb\nMusharraf\n")
        #expect(result.status == 0, "\(result.errors)")
        let calls = Self.calls(try String(contentsOfFile: trace, encoding: .utf8))
        let history = progress + "l"

        var synced = 0  // answers written and fsynced since the last write to the screen
        var written = false
        var shown = 0
        for call in calls {
            switch (call.name, call.path) {
            case ("write", history): written = true
            case ("fsync", history) where written:
                synced += 1
                written = false
            case ("write", "<screen>"):
                let verdicts = Self.verdicts(call.text)
                #expect(verdicts <= synced, "a verdict reached the screen before its answer was fsynced: \(call.text)")
                shown += verdicts
                synced = 0
            default: break
            }
        }
        #expect(shown == 4)

        // The folder was made and fsynced in its parent; the history was created by a rename,
        // after which the folder itself was fsynced, before the first verdict.
        let made = try #require(calls.firstIndex { $0.name == "mkdir" && $0.path == data })
        #expect(calls[made...].contains { $0.name == "fsync" && $0.path == folder.path })
        let created = try #require(calls.firstIndex { $0.name == "rename" && $0.path == history })
        let firstVerdict = try #require(calls.firstIndex { $0.path == "<screen>" && Self.verdicts($0.text) > 0 })
        #expect(calls[created..<firstVerdict].contains { $0.name == "fsync" && $0.path == data })
    }
}
