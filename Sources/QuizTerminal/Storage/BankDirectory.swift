import FoundationEssentials
import Glibc
import QuizCore

/// Where banks are found: the bundled `QuestionBanks` folder, plus folders the user names.
package enum BankDirectory {
    /// The bundled folder: `share/quiz/QuestionBanks` beside an installed binary, or the
    /// repository's `QuestionBanks` when the binary was built in the repository.
    package static func bundled(executablePath: String = executablePath()) -> String? {
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/quiz/QuestionBanks")
        if isDirectory(installed.path) { return installed.path }
        // A build folder sits a few levels below the repository (.build/<triple>/<config>/quiz).
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("QuestionBanks")
            if isDirectory(candidate.path),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
            {
                return candidate.path
            }
            folder = folder.deletingLastPathComponent()
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
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { continue }
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
        if FileManager.default.fileExists(atPath: name), !isDirectory(name) { return name }
        let files = folders.flatMap { bankFiles(in: $0) }
        let wanted = name.lowercased()
        let matches = files.filter {
            let file = PathText.lastComponent($0).lowercased()
            return file == wanted || PathText.deletingExtension(file) == wanted
        }
        if let first = matches.first { return first }
        // `quiz new mybank` writes mybank.yaml here: `quiz take mybank` finds it.
        if !name.contains("/") {
            for suffix in [".yaml", ".yml", ".json"] where FileManager.default.fileExists(atPath: name + suffix) {
                if !isDirectory(name + suffix) { return name + suffix }
            }
        }
        let names = files.map { PathText.deletingExtension(PathText.lastComponent($0)) }
        // A part of a name ("pakistan"), a slip ("pakistan-palestine-isreal"), or a bank's title
        // ("The Treaty of Wuchale").
        let containing = names.filter { $0.lowercased().contains(wanted) }
        let guess =
            containing.count == 1
            ? containing.first
            : Spelling.closest(to: name, among: names) ?? titled(wanted, files: files, names: names)
        throw NotFound(
            description: "no bank file or bank named '\(TerminalText.sanitized(name))'"
                + (guess.map { "; did you mean '\($0)'?" } ?? ".")
                + (names.isEmpty ? "" : " Banks found: \(names.joined(separator: ", "))."))
    }

    /// The name of the one bank whose title contains `wanted`, read only when a name matched
    /// nothing.
    private static func titled(_ wanted: String, files: [String], names: [String]) -> String? {
        guard wanted.count >= 3 else { return nil }
        let matches = zip(files, names).filter { file, _ in
            BankFile.load(path: file).record?.title.lowercased().contains(wanted) ?? false
        }
        return matches.count == 1 ? matches[0].1 : nil
    }

    /// What makes two paths the same file: its device and inode, or the path itself when it
    /// cannot be examined.
    package static func identity(of path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return path }
        return "\(status.st_dev):\(status.st_ino)"
    }

    package static func isDirectory(_ path: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
    }

    /// This process's executable, from `/proc/self/exe` where there is one.
    package static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
