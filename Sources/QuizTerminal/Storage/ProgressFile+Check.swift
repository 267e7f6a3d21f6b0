import FoundationEssentials
import Glibc
import QuizCore

extension ProgressFile {
    /// What `quiz progress check` found.
    package struct Report: Sendable {
        /// What to print, one line each; problems as `path:line:column: error: …`.
        package var lines: [String]
        /// Whether every line of the history reads.
        package var isClean: Bool
    }

    /// Reads the progress files without changing them and reports what they hold, each line of
    /// the history that does not read, an unfinished last line, and the side files of lines set
    /// aside before. Throws when a file cannot be read at all.
    package static func check(path: String, fileSystem: FileSystem = PosixFileSystem.shared) throws(Failure) -> Report {
        let file = ProgressFile(
            path: path, attempts: true, scheduler: FSRS(), fileSystem: fileSystem, compactionBytes: 1 << 20,
            now: { Date() })
        try file.load()
        let state = file.state
        var lines = [
            "\(path): \(count(file.attempts.count, "answer")), \(count(file.progress.memory.count, "fact")) remembered"
        ]
        if state.journalExists {
            let form =
                state.header == nil
                ? "an older version's history (the next quiz brings it to this version's form)"
                : state.checkpointBytes > 0
                    ? "folded into \(PathText.lastComponent(path)) up to its line \(state.document?.checkpoint?.lines ?? 0)"
                    : "not folded into \(PathText.lastComponent(path)) yet"
            lines.append("\(file.journalPath): \(count(state.lines, "line")), \(form)")
        }
        for bad in state.badLines {
            lines.append("\(file.journalPath):\(bad.number):1: error: the line does not read as an answer")
        }
        if state.size > state.offset {
            lines.append(
                "\(file.journalPath):\(state.lines + 1):1: warning: an unfinished last line (a session killed while "
                    + "saving, never acknowledged); the next quiz drops it")
        }
        let folder = folder(of: path)
        let prefix = PathText.lastComponent(file.journalPath) + ".damaged-"
        for name in (fileSystem.names(in: folder) ?? []).filter({ $0.hasPrefix(prefix) }).sorted() {
            lines.append("\(folder)/\(name): lines set aside by an earlier quiz (each after its line number)")
        }
        if !state.badLines.isEmpty {
            lines.append(
                "\(count(state.badLines.count, "damaged line")): the next quiz moves "
                    + "\(state.badLines.count == 1 ? "it" : "them") to a side file and keeps every other answer")
        }
        return Report(lines: lines, isClean: state.badLines.isEmpty)
    }
}
