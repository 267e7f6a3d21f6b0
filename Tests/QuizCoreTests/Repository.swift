import Foundation

/// Paths inside this repository, for tests about the files in it.
enum Repository {
    /// The folder holding Package.swift.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The files in a folder of the repository with one of `extensions`, sorted.
    static func files(in relative: String, extensions: Set<String>) -> [URL] {
        let folder = url(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { extensions.contains($0.pathExtension) }
    }
}
