import Glibc
import QuizCore

/// Quizzes already made, kept so that the same quiz starts at once the next time: in
/// `$XDG_CACHE_HOME/quiz/quizzes` (`~/.cache/quiz/quizzes`), one small file per quiz.
///
/// A quiz depends only on the program, the bank's bytes, the options and the seed, and its file
/// is named and checked by all of them (`QuestionArchive.Key`), so a changed bank or a new build
/// simply misses. Nothing here is precious: a file that cannot be read, or reads wrong, is
/// ignored and made again, and a cache that cannot be written is left unwritten, silently.
/// Files are written whole under a temporary name and renamed; only the newest `limit` are kept.
/// `QUIZ_CACHE=off` turns the cache off.
package struct QuizCache: Sendable {
    /// The folder the quiz files are in.
    package let folder: String
    /// The running program's identity: another build of quiz misses every quiz this one made.
    package let program: [UInt8]
    /// How many quiz files are kept.
    package var limit = 64

    package init(folder: String, program: [UInt8]) {
        self.folder = folder
        self.program = program
    }

    /// The user's cache, or `nil` when it is turned off or the program cannot be identified.
    package static func standard(environment: [String: String]) -> QuizCache? {
        guard environment["QUIZ_CACHE"] != "off", let program = runningProgram() else { return nil }
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 + "/.cache" }
        guard let base else { return nil }
        return QuizCache(folder: base + "/quiz/quizzes", program: program)
    }

    /// The running binary's identity (`identity(ofProgramAt:)`).
    static func runningProgram() -> [UInt8]? { identity(ofProgramAt: "/proc/self/exe") }

    /// A binary's identity: its device, inode, size and modification time. A rebuilt or
    /// reinstalled binary has another.
    package static func identity(ofProgramAt path: String) -> [UInt8]? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        var bytes: [UInt8] = []
        for value in [
            UInt64(status.st_dev), UInt64(status.st_ino), UInt64(status.st_size), UInt64(status.st_mtim.tv_sec),
            UInt64(status.st_mtim.tv_nsec),
        ] {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }
        return bytes
    }

    /// The key of a quiz from `bank`'s bytes with these options.
    package func key(bank: [UInt8], count: Int, kinds: Set<Question.Kind>, topics: Set<String>, seed: UInt64?)
        -> QuestionArchive.Key
    {
        QuestionArchive.Key(program: program, bank: bank, count: count, kinds: kinds, topics: topics, seed: seed)
    }

    private func path(_ key: QuestionArchive.Key) -> String { folder + "/" + key.name + ".quiz" }

    /// The quiz made for `key`; `nil` when there is none or it does not read whole.
    package func quiz(for key: QuestionArchive.Key) -> QuestionArchive.Quiz? {
        guard let bytes = try? BankFile.read(path: path(key), limit: 16 << 20) else { return nil }
        return QuestionArchive.decode(bytes, key: key)
    }

    /// Forgets the quiz made for `key`.
    package func remove(_ key: QuestionArchive.Key) { unlink(path(key)) }

    /// Keeps `quiz` for `key`. Failures are ignored: the cache only saves time.
    package func store(_ quiz: QuestionArchive.Quiz, for key: QuestionArchive.Key) {
        guard makeFolder() else { return }
        let bytes = QuestionArchive.encode(quiz, key: key)
        let final = path(key)
        let temporary = folder + "/." + key.name + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = PosixFileSystem.shared.writeAll(bytes, to: descriptor)
        close(descriptor)
        guard written, rename(temporary, final) == 0 else {
            unlink(temporary)
            return
        }
        prune()
    }

    /// Creates the folder and its parents, readable by the user alone.
    private func makeFolder() -> Bool {
        var built = folder.hasPrefix("/") ? "/" : ""
        for part in folder.split(separator: "/") {
            built += part + "/"
            if mkdir(built, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// Removes the oldest quiz files beyond `limit`, and temporary files left by a run that
    /// stopped mid-write (older than a minute).
    private func prune() {
        guard let names = PosixFileSystem.shared.names(in: folder) else { return }
        var quizzes: [(name: String, time: Int)] = []
        let now = time(nil)
        for name in names where name.hasSuffix(".quiz") || name.hasSuffix(".tmp") {
            var status = stat()
            guard stat(folder + "/" + name, &status) == 0 else { continue }
            if name.hasSuffix(".tmp") {
                if now - status.st_mtim.tv_sec > 60 { unlink(folder + "/" + name) }
            } else {
                quizzes.append((name, status.st_mtim.tv_sec))
            }
        }
        guard quizzes.count > limit else { return }
        for old in quizzes.sorted(by: { $0.time < $1.time }).prefix(quizzes.count - limit) {
            unlink(folder + "/" + old.name)
        }
    }
}
