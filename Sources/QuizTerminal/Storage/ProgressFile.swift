import FoundationEssentials
import Glibc
import QuizCore

/// The learner's progress, in files beside each other (for `progress.json`):
///
/// - `progress.jsonl`, the history: a header line naming it, then one line per answer (the
///   attempt and the memory it left), appended and fsynced under the lock before the verdict is
///   shown. It holds every attempt ever saved; nothing is ever dropped from it.
/// - `progress.json`: the schema version and a checkpoint, the memory of every fact as of a
///   point in the history, so that opening reads the memory and the lines after that point, not
///   the whole history. It is rewritten (atomically, under the lock) once the history has grown
///   past the checkpoint by `compactionBytes`.
/// - `progress.json.lock`: what writers lock.
///
/// Readers (`stats`, `review --list`, `progress check`, `progress export`) never create, rename
/// or delete anything. Writers, under the lock: remove temporary files of killed sessions, set
/// aside a damaged `progress.json`, move damaged lines of the history to a side file, move the
/// attempts of an older `progress.json` into the history, and fold the history into a new
/// checkpoint. A file that cannot be read is never overwritten, and a read error is an error,
/// never an empty history.
package final class ProgressFile {
    /// Why the progress cannot be used.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
        /// The file that is there and readable but damaged, if that is the trouble.
        package var damagedPath: String?
    }

    /// Whether the command saves answers (and may repair the files under the lock) or only reads.
    package enum Access: Sendable {
        case read, write
    }

    package let path: String
    /// The history beside `path`.
    package let journalPath: String
    package let lockPath: String
    let fileSystem: FileSystem
    let scheduler: FSRS
    /// How far the history may grow past its checkpoint before a writer folds it into a new one.
    let compactionBytes: Int
    /// Whether every attempt is kept in `progress` (statistics, reviews, exports) or only the
    /// memory (a quiz).
    let readsAttempts: Bool
    let now: () -> Date

    /// The progress as last read or written: the memory of every fact, and every attempt when
    /// opened with `attempts`.
    package internal(set) var progress: LearnerProgress
    /// Every attempt added up for the statistics, whatever was kept of them in `progress`.
    package internal(set) var summary = ProgressSummary()
    /// What is known of the files on disk.
    var state = State()
    /// What the learner should hear about the files (damage found, lines moved aside).
    package internal(set) var notices: [String] = []

    package var attempts: [Attempt] { progress.attempts }

    /// What was read of `progress.json` and the history.
    struct State {
        var document: ProgressDocument?
        /// Whether the history existed when read, and which file it was.
        var journalExists = false
        var device: UInt64 = 0
        var inode: UInt64 = 0
        /// The history's size when read.
        var size = 0
        /// Bytes of whole lines read, and how many lines.
        var offset = 0
        var lines = 0
        var header: JournalHeader?
        /// Where the checkpoint in use stands in the history; 0 when none applies.
        var checkpointBytes = 0
        /// Lines of the history that could not be read.
        var badLines: [JournalScan.BadLine] = []

        /// Whether the files are in this version's form: a history with its header.
        var isCurrent: Bool { journalExists && header != nil }
    }

    /// Opens the progress, or an empty one when there is none. A reader only reads; a writer
    /// also takes the lock (creating the folder and lock file, so that a folder where answers
    /// cannot be saved is reported before the first question) and repairs what it finds, telling
    /// in `notices`. An unreadable file, or one from a newer version, is left as it is and throws.
    package static func open(
        path: String, access: Access, attempts: Bool = true, scheduler: FSRS = FSRS(),
        fileSystem: FileSystem = PosixFileSystem.shared, compactionBytes: Int = 1 << 20,
        now: @escaping () -> Date = { Date() }
    ) throws(Failure) -> ProgressFile {
        let file = ProgressFile(
            path: path, attempts: attempts, scheduler: scheduler, fileSystem: fileSystem,
            compactionBytes: compactionBytes, now: now)
        switch access {
        case .read:
            try file.load()
            file.noteSkippedLines()
        case .write:
            try file.withLock(failing: "answers could not be saved") { () throws(Failure) in
                file.removeAbandonedTemporaryFiles()
                try file.loadSettingAsideADamagedDocument()
                try file.repair()
            }
        }
        return file
    }

    /// Reads the progress, every attempt included, without changing any file.
    package convenience init(path: String, scheduler: FSRS = FSRS()) throws(Failure) {
        self.init(
            path: path, attempts: true, scheduler: scheduler, fileSystem: PosixFileSystem.shared,
            compactionBytes: 1 << 20, now: { Date() })
        try load()
        noteSkippedLines()
    }

    init(
        path: String, attempts: Bool, scheduler: FSRS, fileSystem: FileSystem, compactionBytes: Int,
        now: @escaping () -> Date
    ) {
        self.path = path
        journalPath = Self.journalPath(for: path)
        lockPath = path + ".lock"
        self.scheduler = scheduler
        self.fileSystem = fileSystem
        self.compactionBytes = compactionBytes
        readsAttempts = attempts
        self.now = now
        progress = LearnerProgress()
    }

    /// `progress.json` → `progress.jsonl`; any other name gets `.jsonl` added.
    static func journalPath(for path: String) -> String {
        path.hasSuffix(".json") ? path + "l" : path + ".jsonl"
    }

    /// For a reader: damaged lines it skipped, and who will set them aside.
    private func noteSkippedLines() {
        guard !state.badLines.isEmpty else { return }
        notices.append(
            "\(journalPath): \(Self.count(state.badLines.count, "damaged line")) skipped "
                + "(\(Self.lineList(state.badLines))); the next quiz moves \(state.badLines.count == 1 ? "it" : "them") "
                + "to a side file")
    }

    /// "3 damaged lines", "1 damaged line".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// "line 4", "lines 4, 9 and 12", at most ten numbers.
    static func lineList(_ lines: [JournalScan.BadLine]) -> String {
        let numbers = lines.prefix(10).map { String($0.number) }
        let more = lines.count > 10 ? " and \(lines.count - 10) more" : ""
        guard numbers.count > 1 else { return "line " + numbers.joined() + more }
        if !more.isEmpty { return "lines " + numbers.joined(separator: ", ") + more }
        return "lines " + numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
    }

    /// The folder holding `path`.
    static func folder(of path: String) -> String {
        let folder = PathText.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// `--progress FILE`, else `QUIZ_PROGRESS`, else `$XDG_DATA_HOME/quiz/progress.json`
    /// (`~/.local/share/quiz/progress.json`).
    package static func defaultPath(option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let path = environment["QUIZ_PROGRESS"], !path.isEmpty { return path }
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? homeDirectory()) + "/.local/share")
        return data + "/quiz/progress.json"
    }

    /// `$XDG_STATE_HOME/quiz/history` (`~/.local/state/quiz/history`).
    package static func historyPath(environment: [String: String]) -> String {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? homeDirectory()) + "/.local/state")
        return state + "/quiz/history"
    }

    /// The user's home folder from the password database, for when `HOME` is not set.
    private static func homeDirectory() -> String {
        guard let entry = getpwuid(geteuid()), let folder = entry.pointee.pw_dir else { return "/" }
        return String(cString: folder)
    }
}
