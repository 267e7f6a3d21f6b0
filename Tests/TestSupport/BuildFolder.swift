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

    /// The object files of one target's current sources, sorted by path.
    ///
    /// The compiler's output map names them: a source deleted or renamed since an earlier build
    /// leaves its object file behind, and that one is not read. Without a map, every object file
    /// in the target's folder is taken.
    ///
    /// - Throws: `Missing` when there are none, or the map names one that is not there: a check
    ///   over them would otherwise pass having looked at nothing.
    public static func objectFiles(of target: String) throws -> [URL] {
        let folder = url.appendingPathComponent("\(target).build")
        var objects: [URL]
        if let map = try? Data(contentsOf: folder.appendingPathComponent("output-file-map.json")),
            let entries = try JSONSerialization.jsonObject(with: map) as? [String: Any]
        {
            objects = entries.values.compactMap { ($0 as? [String: Any])?["object"] as? String }.map {
                URL(fileURLWithPath: $0)
            }
            if let absent = objects.first(where: { !FileManager.default.fileExists(atPath: $0.path) }) {
                throw Missing(description: "\(absent.path) is named by the output map but missing: build again")
            }
        } else {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            objects = names.filter { $0.hasSuffix(".o") }.map { folder.appendingPathComponent($0) }
        }
        guard !objects.isEmpty else {
            throw Missing(
                description: "no object files for \(target) in \(folder.path): build with `swift build --build-tests`")
        }
        return objects.sorted { $0.path < $1.path }
    }
}
