import Foundation

/// The build folder the running tests were built in (`.build/<triple>/debug` for
/// `swift build --build-tests`), and the products and object files in it.
public enum BuildFolder {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// The folder holding the running test bundle.
    public static let url: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent()

    /// The executable product `name`, searched from the test bundle's folder upwards.
    public static func executable(_ name: String) -> String {
        var folder = url
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent(name).path),
            folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent(name).path
    }

    /// The object files the compiler wrote for one target, sorted by name.
    ///
    /// - Throws: `Missing` when there are none: a check over them would otherwise pass having
    ///   looked at nothing.
    public static func objectFiles(of target: String) throws -> [URL] {
        let folder = url.appendingPathComponent("\(target).build")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let objects = names.filter { $0.hasSuffix(".o") }.sorted().map { folder.appendingPathComponent($0) }
        guard !objects.isEmpty else {
            throw Missing(
                description: "no object files for \(target) in \(folder.path): build with `swift build --build-tests`")
        }
        return objects
    }
}
