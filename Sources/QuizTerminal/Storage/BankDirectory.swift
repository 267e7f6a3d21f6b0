import FoundationEssentials
import Glibc
import QuizCore

/// Where banks are found: the bundled `QuestionBanks` folder, plus folders the user names.
package enum BankDirectory {
    /// The bundled folder: `share/quiz/QuestionBanks` beside an installed binary, or the
    /// repository's `QuestionBanks` when the binary was built in the repository.
    package static func bundled(executablePath: String = executablePath()) -> String? {
        // The binary's real path: a link to it (in a folder on PATH) leads to where it lives.
        let executable = realpath(executablePath, nil).map { resolved in
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var folder = PathText.folder(of: executable ?? executablePath)
        let installed = PathText.joining(PathText.folder(of: folder), "share/quiz/QuestionBanks")
        if isDirectory(installed) { return installed }
        // A build folder sits a few levels below the repository (.build/<triple>/<config>/quiz).
        for _ in 0..<6 {
            let candidate = PathText.joining(folder, "QuestionBanks")
            if isDirectory(candidate), access(PathText.joining(folder, "Package.swift"), F_OK) == 0 {
                return candidate
            }
            folder = PathText.folder(of: folder)
        }
        return nil
    }

    /// Every folder to look in, in order, without repeats: the bundled one, then `extra` (from
    /// `--banks`), then the colon-separated `QUIZ_BANKS`.
    package static func searchPaths(extra: [String], environment: [String: String]) -> [String] {
        var paths: [String] = []
        if let bundled = bundled() { paths.append(bundled) }
        paths += extra
        paths += (environment["QUIZ_BANKS"] ?? "").split(separator: ":").map(String.init)
        guard paths.count > 1 else { return paths }
        var seen: Set<String> = []
        return paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    /// The bank files (`.yaml`, `.yml`, `.json`) under `folder`, recursively, sorted, skipping
    /// hidden files and folders.
    package static func bankFiles(in folder: String) -> [String] {
        var files: [String] = []
        // Folders still to list, as paths relative to `folder`; symbolic links to folders are
        // not followed (a link to a file is read as that file).
        var pending = [""]
        while let relative = pending.popLast() {
            let listed = PathText.joining(folder, relative)
            guard let names = PosixFileSystem.shared.names(in: listed) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = PathText.joining(folder, PathText.joining(relative, name))
                var status = stat()
                if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(PathText.joining(relative, name))
                } else if !isDirectory(path),
                    ["yaml", "yml", "json"].contains(PathText.pathExtension(name).lowercased())
                {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    /// Why a bank name could not be resolved.
    package struct NotFound: Error, CustomStringConvertible {
        package var description: String
    }

    /// A bank named on the command line: a path to a file, the name of a bank file (without its
    /// extension) in one of `folders`, or the name of a bank file in the current folder.
    package static func resolve(_ name: String, in folders: [String]) throws(NotFound) -> String {
        if exists(name), !isDirectory(name) { return name }
        let files = folders.flatMap { bankFiles(in: $0) }
        if let first = files.first(where: { isNamed(name, path: $0) }) { return first }
        // `quiz new mybank` writes mybank.yaml here: `quiz take mybank` finds it.
        if !name.contains("/") {
            for suffix in [".yaml", ".yml", ".json"] where exists(name + suffix) {
                if !isDirectory(name + suffix) { return name + suffix }
            }
        }
        let names = files.map { PathText.deletingExtension(PathText.lastComponent($0)) }
        let guess = self.guess(name, among: names) { BankFile.load(path: files[$0]).record?.title }
        throw NotFound(
            description: "no bank file or bank named '\(TerminalText.sanitized(name))'"
                + (guess.map { "; did you mean '\(names[$0])'?" } ?? ".")
                + (names.isEmpty ? "" : " Banks found: \(names.joined(separator: ", "))."))
    }

    /// Whether `name` names the bank file at `path`: its file name, with or without the
    /// extension, in any case.
    package static func isNamed(_ name: String, path: String) -> Bool {
        let wanted = name.lowercased()
        let file = PathText.lastComponent(path).lowercased()
        return file == wanted || PathText.deletingExtension(file) == wanted
    }

    /// The bank a name that names none most likely means: the one bank whose name holds it as a
    /// part ("pakistan"), else the closest in spelling (a slip: "pakistan-palestine-isreal"),
    /// else the one bank whose title holds it ("The Treaty of Wuchale").
    /// - Parameters:
    ///   - name: what was typed.
    ///   - names: the banks' names (file names without extension).
    ///   - title: the title of the bank at an index of `names`; asked only when the names give
    ///     no guess, since reading a title may mean loading the bank.
    /// - Returns: the index in `names` of the bank meant, or `nil` when there is no single one.
    package static func guess(_ name: String, among names: [String], title: (Int) -> String?) -> Int? {
        let wanted = name.lowercased()
        let containing = names.indices.filter { names[$0].lowercased().contains(wanted) }
        if containing.count == 1 { return containing[0] }
        if let closest = Spelling.closest(to: name, among: names) { return names.firstIndex(of: closest) }
        guard wanted.count >= 3 else { return nil }
        let titled = names.indices.filter { title($0)?.lowercased().contains(wanted) ?? false }
        if titled.count == 1 { return titled[0] }
        // A slip in one word of a name or title ("calcuta"): the one bank with a word that near.
        guard wanted.count >= 5 else { return nil }
        let near = names.indices.filter { index in
            let words =
                names[index].lowercased().split(separator: "-").map(String.init)
                + (title(index)?.lowercased().split { !$0.isLetter }.map(String.init) ?? [])
            return Spelling.closest(to: wanted, among: words.filter { $0.count >= 4 }) != nil
        }
        return near.count == 1 ? near[0] : nil
    }

    /// What makes two paths the same file: its device and inode, or the path itself when it
    /// cannot be examined.
    package static func identity(of path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return path }
        return "\(status.st_dev):\(status.st_ino)"
    }

    package static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether there is a file (or folder) at `path`, links followed.
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// This process's executable, from `/proc/self/exe` where there is one.
    package static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
