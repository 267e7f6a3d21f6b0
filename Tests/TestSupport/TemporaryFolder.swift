import Foundation

/// A fresh, empty folder under the system's temporary directory.
///
/// Removal is explicit (`defer { folder.remove() }`) rather than tied to a deinitialiser: the
/// compiler may end an object's life right after its last use, before a child process started
/// with one of its paths has finished.
public struct TemporaryFolder: Sendable {
    public let url: URL

    /// Creates the folder; `label` starts its name, to tell the leftovers of a crashed run apart.
    public init(_ label: String = "quiz-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    /// A path inside the folder (nothing is created).
    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `text` to `name` inside the folder, creating the folders on the way.
    /// - Returns: The file's path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes `bytes` to `name` inside the folder, creating the folders on the way.
    /// - Returns: The file's path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = self.file(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Adds `text` at the end of the file at `path`, as another process appending to it would.
public func appendText(_ text: String, to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
}
