import Foundation

/// Paths inside this repository, for tests about the files in it.
public enum Repository {
    /// The folder holding Package.swift, found upwards from this file.
    public static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            let parent = folder.deletingLastPathComponent()
            precondition(parent.path != folder.path, "no Package.swift above \(#filePath)")
            folder = parent
        }
        return folder
    }()

    /// A path relative to the repository root.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The files in a folder of the repository with one of `extensions`, sorted by name.
    public static func files(in relative: String, extensions: Set<String>) -> [URL] {
        let folder = url(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { extensions.contains($0.pathExtension) }
    }

    /// Every file in a folder of the repository, without hidden ones, sorted by name.
    public static func files(in relative: String) -> [URL] {
        let folder = url(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
