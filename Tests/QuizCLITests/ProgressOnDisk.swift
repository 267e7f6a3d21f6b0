import Foundation

/// Reads the progress as a test sees it on disk: `progress.json`, then every complete line of
/// the history beside it (a last line without its newline is an unfinished write). A history
/// whose first line is a header (`{"generation": …}`) is complete: the attempts and memory an
/// older `progress.json` held are then in it, and the document's own are not counted.
enum ProgressOnDisk {
    struct Contents {
        var schemaVersion: Int?
        var attempts: [[String: Any]]
        var memory: [String: Any]
    }

    static func read(_ path: String) throws -> Contents {
        var contents = Contents(schemaVersion: nil, attempts: [], memory: [:])
        if let data = FileManager.default.contents(atPath: path) {
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            contents.schemaVersion = object["schemaVersion"] as? Int
            contents.attempts = object["attempts"] as? [[String: Any]] ?? []
            contents.memory = object["memory"] as? [String: Any] ?? [:]
        }
        let journal = path.hasSuffix(".json") ? path + "l" : path + ".jsonl"
        if let data = FileManager.default.contents(atPath: journal) {
            let text = String(decoding: data, as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            if !text.hasSuffix("\n"), !lines.isEmpty { lines.removeLast() }
            if let first = lines.first,
                let header = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any],
                header["generation"] != nil
            {
                contents.attempts = []
                contents.memory = header["memory"] as? [String: Any] ?? [:]
            }
            for line in lines {
                let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
                if let attempt = entry["attempt"] as? [String: Any] { contents.attempts.append(attempt) }
                for (key, value) in entry["memory"] as? [String: Any] ?? [:] { contents.memory[key] = value }
            }
        }
        return contents
    }
}
