import Foundation
import Testing

@testable import QuizTerminal

/// `PathText` stands in for `NSString`'s path methods; the expected values are what `NSString`
/// gives, where it gives anything sensible (it traps on the folder of "a" and of "a/", and turns
/// "//" into "").
@Suite struct PathTextTests {
    @Test(arguments: [
        ("/a/b.yaml", "b.yaml", "/a", "yaml", "/a/b"),
        ("b.yaml", "b.yaml", "", "yaml", "b"),
        ("/b", "b", "/", "", "/b"),
        ("/", "/", "/", "", "/"),
        ("", "", "", "", ""),
        ("banks/", "banks", "", "", "banks"),
        ("a//b//c.tar.gz", "c.tar.gz", "a/b", "gz", "a/b/c.tar"),
        ("./.hidden", ".hidden", ".", "", "./.hidden"),
        ("x/..", "..", "x", "", "x/.."),
        ("x/a.", "a.", "x", "", "x/a"),
        ("dir/é.json/", "é.json", "dir", "json", "dir/é"),
    ])
    func splitsAsNSStringDoes(_ path: String, _ last: String, _ folder: String, _ ext: String, _ stem: String) {
        #expect(PathText.lastComponent(path) == last)
        #expect(PathText.folder(of: path) == folder)
        #expect(PathText.pathExtension(path) == ext)
        #expect(PathText.deletingExtension(path) == stem)
    }

    @Test func joinsAsNSStringDoes() {
        for (folder, component) in [("a", "b"), ("a/", "b"), ("", "b"), ("a", ""), ("a//", "/b"), ("/", "x.yaml")] {
            #expect(
                PathText.joining(folder, component) == (folder as NSString).appendingPathComponent(component),
                "\(folder) + \(component)")
        }
    }

    @Test func agreesWithNSStringOnOrdinaryPaths() {
        let parts = ["", "a", "b.yaml", ".h", "x.tar.gz", "c/", "é.json", ".."]
        for first in parts {
            for second in parts {
                let path = "/" + first + "/" + second
                guard path != "//" else { continue }
                let string = path as NSString
                #expect(PathText.lastComponent(path) == string.lastPathComponent, "\(path)")
                #expect(PathText.folder(of: path) == string.deletingLastPathComponent, "\(path)")
                #expect(PathText.pathExtension(path) == string.pathExtension, "\(path)")
                #expect(PathText.deletingExtension(path) == string.deletingPathExtension, "\(path)")
            }
        }
    }
}
