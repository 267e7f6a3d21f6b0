import FoundationEssentials
import Glibc
import QuizCore

/// The learner's progress, in two files. `progress.json` holds the schema version and the
/// progress from before the history was kept apart; `progress.jsonl` beside it is an
/// append-only history, one line per answer (the attempt and the memory it left). An answer is
/// one appended line and an fsync, whatever the length of the history, under a lock, so two
/// sessions at once lose nothing; a kill mid-write leaves at most an unfinished last line, never
/// acknowledged, which is dropped. Files are created with mode 0600. A file that cannot be read
/// is never overwritten.
package final class ProgressFile {
    /// Why the progress cannot be used.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
        /// The file that is there and readable but damaged, if that is the trouble.
        package var damagedPath: String?
    }

    package let path: String
    /// The append-only history beside `path`.
    package let journalPath: String
    /// The progress as last read or written.
    package private(set) var progress: LearnerProgress
    let scheduler: FSRS
    /// How much of the history has been read.
    private var journalOffset: Int

    package var attempts: [Attempt] { progress.attempts }

    /// Opens the progress. A damaged file is never overwritten: it is renamed
    /// `<name>.damaged-<time>` and the rest read as usual; the returned notice tells the learner.
    /// An unreadable file, or one from a newer version, is left where it is and throws.
    package static func open(path: String, scheduler: FSRS = FSRS(), now: Date = Date()) throws(Failure) -> (
        file: ProgressFile, notice: String?
    ) {
        removeAbandonedTemporaryFiles(beside: path)
        do {
            return (try ProgressFile(path: path, scheduler: scheduler), nil)
        } catch {
            guard let damaged = error.damagedPath else { throw error }
            let time = CivilTime(now)  // UTC, "yyyyMMdd-HHmmss"
            let stamp = time.dateText.replacingAll("-", with: "") + "-" + time.timeText.replacingAll(":", with: "")
            let aside = "\(damaged).damaged-\(stamp)"
            guard rename(damaged, aside) == 0 else {
                throw Failure(
                    description:
                        "\(error.description), and could not be moved aside: \(String(cString: strerror(errno)))")
            }
            let notice = "\(damaged): the progress file was damaged; it is kept as \(aside), and a new one is started"
            return (try ProgressFile(path: path, scheduler: scheduler), notice)
        }
    }

    /// Reads the progress, or starts an empty history when there is none.
    package init(path: String, scheduler: FSRS = FSRS()) throws(Failure) {
        self.path = path
        journalPath = Self.journalPath(for: path)
        self.scheduler = scheduler
        progress = try Self.readBase(path)
        journalOffset = 0
        try readJournal()
    }

    /// `progress.json` → `progress.jsonl`; any other name gets `.jsonl` added.
    static func journalPath(for path: String) -> String {
        path.hasSuffix(".json") ? path + "l" : path + ".jsonl"
    }

    private struct Version: Codable {
        var schemaVersion: Int
    }

    private static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    private static func readBase(_ path: String) throws(Failure) -> LearnerProgress {
        guard FileManager.default.fileExists(atPath: path) else { return LearnerProgress() }
        // Read with plain POSIX calls: FileManager.contents(atPath:) leaks its buffer on an empty
        // file (found by fuzzing).
        guard let bytes = try? BankFile.read(path: path, limit: Int.max) else {
            throw Failure(description: "\(path): cannot read the progress file; it was left as it is")
        }
        let data = Data(bytes)
        let decoder = decoder()
        if let version = try? decoder.decode(Version.self, from: data),
            version.schemaVersion > LearnerProgress.schemaVersion
        {
            throw Failure(
                description:
                    "\(path): the progress file is from a newer version of quiz (schema \(version.schemaVersion)); it was left as it is"
            )
        }
        do {
            return try decoder.decode(LearnerProgress.self, from: data)
        } catch {
            throw Failure(
                description: "\(path): the progress file is damaged or not a progress file; it was left as it is",
                damagedPath: path)
        }
    }

    /// Reads history lines past `journalOffset` into `progress`. A last line without its newline
    /// is an unfinished write: it is left for the next writer to drop.
    private func readJournal() throws(Failure) {
        let handle = Glibc.open(journalPath, O_RDONLY | O_CLOEXEC)
        guard handle >= 0 else {
            if FileManager.default.fileExists(atPath: journalPath) {
                throw Failure(description: "\(journalPath): cannot read the progress history; it was left as it is")
            }
            return
        }
        defer { close(handle) }
        guard lseek(handle, off_t(journalOffset), SEEK_SET) >= 0 else {
            throw Failure(description: "\(journalPath): cannot read the progress history; it was left as it is")
        }
        let data = Self.readToEnd(handle) ?? Data()
        let decoder = Self.decoder()
        // Lines as the encoder writes them take the fast reader; any other goes to JSONDecoder. Lines
        // before a damaged one are applied, as they were read.
        let (end, damaged) = data.withUnsafeBytes { bytes -> (end: Int, damaged: Bool) in
            var start = 0
            while start < bytes.count, let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) {
                let newline = UnsafeRawPointer(found) - bytes.baseAddress!
                let line = UnsafeRawBufferPointer(rebasing: bytes[start..<newline])
                if !line.isEmpty {
                    guard
                        let entry = JournalLine.decode(line)
                            ?? (try? decoder.decode(LearnerProgress.JournalEntry.self, from: Data(line)))
                    else { return (start, true) }
                    progress.apply(entry)
                }
                start = newline + 1
            }
            return (start, false)
        }
        if damaged {
            throw Failure(
                description: "\(journalPath): the progress history is damaged; it was left as it is",
                damagedPath: journalPath)
        }
        journalOffset += end
    }

    /// Checks, before a quiz starts, that answers can be saved: the folder can be created and the
    /// lock file opened for writing. A read-only folder is then reported before the first
    /// question rather than after the first answer.
    package func checkWritable() throws(Failure) {
        close(try openLock(failing: "answers could not be saved"))
    }

    /// Creates the folder if needed and opens the lock file; `failing` starts the message when
    /// the lock file cannot be opened.
    private func openLock(failing: String) throws(Failure) -> Int32 {
        let folder = Self.folder(of: path)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "\(folder): cannot create the progress folder")
        }
        let lock = Glibc.open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else {
            throw Failure(description: "\(path).lock: \(failing): \(String(cString: strerror(errno)))")
        }
        return lock
    }

    /// Records an attempt: under an exclusive lock, reads what other sessions added, reviews the
    /// facts, and appends one line, then fsyncs. Returns only once the answer is on disk.
    package func append(_ attempt: Attempt) throws(Failure) {
        let folder = Self.folder(of: path)
        let lock = try openLock(failing: "cannot lock the progress file")
        defer { close(lock) }  // closing releases the lock
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}

        if !FileManager.default.fileExists(atPath: path) {
            try writeAtomically(LearnerProgress(), to: path)  // records the schema version
        }
        try readJournal()
        var updated = progress
        let memory = updated.record(attempt, scheduler: scheduler)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard var line = try? encoder.encode(LearnerProgress.JournalEntry(attempt: attempt, memory: memory)) else {
            throw Failure(description: "\(journalPath): could not encode the answer")
        }
        line.append(UInt8(ascii: "\n"))

        let descriptor = Glibc.open(journalPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(
                description: "\(journalPath): cannot write the progress history: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        // Drop an unfinished line a killed session left: it was never acknowledged.
        let end = lseek(descriptor, 0, SEEK_END)
        if end > journalOffset {
            _ = ftruncate(descriptor, off_t(journalOffset))
        }
        _ = lseek(descriptor, off_t(journalOffset), SEEK_SET)
        let written = Self.writeAll(line, to: descriptor)
        guard written, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = ftruncate(descriptor, off_t(journalOffset))
            throw Failure(
                description: "\(journalPath): could not save the answer (\(reason)); earlier answers are intact")
        }
        if journalOffset == 0 { Self.syncFolder(folder) }
        journalOffset += line.count
        progress = updated
    }

    /// Temporary files of sessions that were killed mid-save: their process is gone.
    static func removeAbandonedTemporaryFiles(beside path: String) {
        let folder = Self.folder(of: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".progress-") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: "-")
            guard parts.count >= 3, let pid = Int32(parts[1]), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    private static func folder(of path: String) -> String {
        let folder = PathText.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// The rest of a file from its current offset, through interrupts; nil on a read error.
    private static func readToEnd(_ descriptor: Int32) -> Data? {
        var status = stat()
        let offset = lseek(descriptor, 0, SEEK_CUR)
        let expected = fstat(descriptor, &status) == 0 && offset >= 0 ? max(0, Int(status.st_size) - Int(offset)) : 0
        var data = Data(count: expected + 1)  // one more byte, to see the end without another read
        var filled = 0
        while true {
            if filled == data.count { data.count += max(1 << 16, data.count / 2) }  // the file grew
            let count = data.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }

    /// The user's home folder from the password database, for when `HOME` is not set.
    private static func homeDirectory() -> String {
        guard let entry = getpwuid(geteuid()), let folder = entry.pointee.pw_dir else { return "/" }
        return String(cString: folder)
    }

    /// Writes all of `data`, through short writes and interrupts; `false` on an error.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Writes a whole document: a temporary file in the same folder, fsync, rename, fsync of the
    /// folder; a kill at any instant leaves the old file or the new one.
    private func writeAtomically(_ progress: LearnerProgress, to path: String) throws(Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(progress) else {
            throw Failure(description: "\(path): could not encode progress")
        }
        let folder = Self.folder(of: path)
        let temporary = folder + "/.progress-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(description: "\(folder): cannot write the progress file: \(String(cString: strerror(errno)))")
        }
        let written = Self.writeAll(data, to: descriptor)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "\(path): could not save progress (\(reason)); the previous file is intact")
        }
        Self.syncFolder(folder)
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
}
