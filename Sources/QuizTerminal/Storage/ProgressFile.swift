import Foundation
import QuizCore

/// The learner's progress: one JSON document of every attempt, written after each answer,
/// atomically (a temporary file in the same folder, fsync, rename, fsync of the folder), mode
/// 0600. A file that cannot be read is never overwritten.
package final class ProgressFile {
    /// Why the progress file cannot be used.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
        /// `true` when the file is there and readable but not a progress file quiz can read.
        package var isDamaged = false
    }

    /// Opens the progress file. A damaged one is never overwritten: it is renamed
    /// `<name>.damaged-<time>` and a fresh history started; the returned notice tells the learner.
    /// An unreadable file, or one from a newer version, is left where it is and throws.
    package static func open(path: String, now: Date = Date()) throws(Failure) -> (file: ProgressFile, notice: String?)
    {
        removeAbandonedTemporaryFiles(beside: path)
        do {
            return (try ProgressFile(path: path), nil)
        } catch  where error.isDamaged {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyyMMdd-HHmmss"
            let aside = "\(path).damaged-\(formatter.string(from: now))"
            guard rename(path, aside) == 0 else {
                throw Failure(
                    description:
                        "\(error.description), and could not be moved aside: \(String(cString: strerror(errno)))")
            }
            let notice = "\(path): the progress file was damaged; it is kept as \(aside), and a new one is started"
            return (try ProgressFile(path: path), notice)
        }
    }

    package let path: String
    /// The progress as last read or written.
    package private(set) var progress: LearnerProgress
    let scheduler: FSRS

    package var attempts: [Attempt] { progress.attempts }

    /// Opens the file, or starts an empty history when there is none.
    /// - Throws: `Failure` when the file exists but cannot be read, is not a progress file, or
    ///   comes from a newer version; the file is left untouched.
    package init(path: String, scheduler: FSRS = FSRS()) throws(Failure) {
        self.path = path
        self.scheduler = scheduler
        progress = try Self.read(path)
    }

    private struct Version: Codable {
        var schemaVersion: Int
    }

    private static func read(_ path: String) throws(Failure) -> LearnerProgress {
        guard FileManager.default.fileExists(atPath: path) else { return LearnerProgress() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot read the progress file; it was left as it is")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
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
                isDamaged: true)
        }
    }

    /// Records an attempt and writes the file. Under an exclusive lock, the file is read again
    /// and the attempt added to what is on disk, so two sessions at once lose nothing.
    package func append(_ attempt: Attempt) throws(Failure) {
        let folder = Self.folder(of: path)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "\(folder): cannot create the progress folder")
        }
        let lock = Foundation.open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else {
            throw Failure(
                description: "\(path).lock: cannot lock the progress file: \(String(cString: strerror(errno)))")
        }
        defer { close(lock) }  // closing releases the lock
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        var latest = try Self.read(path)
        latest.record(attempt, scheduler: scheduler)
        try write(latest)
        progress = latest
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
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private func write(_ progress: LearnerProgress) throws(Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data: Data
        do {
            data = try encoder.encode(progress)
        } catch {
            throw Failure(description: "\(path): could not encode progress: \(error)")
        }
        let folder = Self.folder(of: path)
        let temporary = folder + "/.progress-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(description: "\(folder): cannot write the progress file: \(String(cString: strerror(errno)))")
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "\(path): could not save progress (\(reason)); the previous file is intact")
        }
        let folderDescriptor = Foundation.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// `--progress FILE`, else `QUIZ_PROGRESS`, else `$XDG_DATA_HOME/quiz/progress.json`
    /// (`~/.local/share/quiz/progress.json`).
    package static func defaultPath(option: String?, environment: [String: String]) -> String {
        if let option { return option }
        if let path = environment["QUIZ_PROGRESS"], !path.isEmpty { return path }
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return data + "/quiz/progress.json"
    }

    /// `$XDG_STATE_HOME/quiz/history` (`~/.local/state/quiz/history`).
    package static func historyPath(environment: [String: String]) -> String {
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return state + "/quiz/history"
    }
}
