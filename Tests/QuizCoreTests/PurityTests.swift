import Foundation
import TestSupport
import Testing

/// QuizCore computes; the edges read, print and store. Checked twice, on what no spelling in the
/// source can dodge: the modules QuizCore imports, and the symbols its compiled code uses.
@Suite struct PurityTests {
    /// The module named by an `import` line (`import Foundation`, `@preconcurrency import X`,
    /// `internal import X`, `import struct X.Y`), or nil for any other line.
    static func importedModule(_ line: Substring) -> String? {
        let pattern =
            #"^\s*(@\w+(\([^)]*\))?\s+)*((public|package|internal|fileprivate|private)\s+)?import\s+"#
            + #"((typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_][A-Za-z0-9_]*)"#
        guard let match = line.range(of: pattern, options: .regularExpression) else { return nil }
        return String(line[match].split(whereSeparator: { $0.isWhitespace }).last!.split(separator: ".")[0])
    }

    /// Foundation (or the part of it with no effects), and libyaml's C module, whatever its name
    /// (Yams's `CYaml`, or a system library such as `CLibYAML`). Not Glibc, Dispatch and the like.
    static func isAllowed(_ module: String) -> Bool {
        ["Foundation", "FoundationEssentials"].contains(module)
            || module.range(of: "^c?(lib)?yaml$", options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// The C library's pure arithmetic, imported one function at a time (`import func
    /// Glibc.pow`): FoundationEssentials offers no `pow`. Nothing else of the C library.
    static func isPureMathImport(_ line: Substring) -> Bool {
        line.range(
            of: #"^\s*import\s+func\s+(Glibc|Musl)\.(pow|exp|log|log2|log10|sqrt|floor|ceil|round|fabs)\s*$"#,
            options: .regularExpression) != nil
    }

    @Test func importLinesAreReadWhateverTheirForm() {
        #expect(Self.importedModule("import Foundation") == "Foundation")
        #expect(Self.importedModule("@preconcurrency import Glibc") == "Glibc")
        #expect(Self.importedModule("internal import Dispatch") == "Dispatch")
        #expect(Self.importedModule("@_implementationOnly import CYaml") == "CYaml")
        #expect(Self.importedModule("  import struct Foundation.Date") == "Foundation")
        #expect(Self.importedModule("// import Glibc") == nil)
        #expect(Self.importedModule("let important = 1") == nil)
        #expect(["Foundation", "FoundationEssentials", "CYaml", "CLibYAML", "Clibyaml"].allSatisfy(Self.isAllowed))
        #expect(!["Glibc", "Musl", "Darwin", "Dispatch", "QuizTerminal", "Yams"].contains(where: Self.isAllowed))
        #expect(Self.isPureMathImport("import func Glibc.pow"))
        #expect(!Self.isPureMathImport("import func Glibc.fopen"))
        #expect(!Self.isPureMathImport("import Glibc"))
    }

    @Test func coreImportsOnlyFoundationAndLibYAML() throws {
        let folder = Repository.url("Sources/QuizCore")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var imports: [String: Int] = [:]
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let module = Self.importedModule(line) else { continue }
                imports[module, default: 0] += 1
                if !Self.isAllowed(module) && !Self.isPureMathImport(line) {
                    Issue.record("Sources/QuizCore/\(relative):\(number + 1) imports \(module)")
                }
            }
        }
        #expect(imports.values.reduce(0, +) > 10, "found only \(imports) in \(folder.path)")
    }

    /// What the core's compiled code must not use, by C name or by demangled Swift name.
    static let forbidden: [SymbolTable.Rule] = [
        .names(
            [
                "open", "open64", "openat", "openat64", "creat", "read", "pread", "write", "pwrite", "close", "fopen",
                "fopen64", "fdopen", "fread", "fwrite", "fgets", "fputs", "fputc", "fprintf", "printf", "vprintf",
                "puts", "putchar", "perror", "getline", "stat", "fstat", "lstat", "mkdir", "unlink", "rename",
                "remove", "opendir", "readdir", "flock", "fcntl", "ioctl", "isatty", "mmap", "socket", "connect",
                "dlopen",
            ], "files and the terminal"),
        .names(["getenv", "secure_getenv", "setenv", "unsetenv", "putenv"], "the environment"),
        .names(
            ["time", "clock_gettime", "gettimeofday", "clock", "localtime", "localtime_r", "ftime"],
            "the clock"),
        .names(
            [
                "random", "srandom", "rand", "srand", "rand_r", "drand48", "arc4random", "arc4random_buf",
                "arc4random_uniform", "getrandom", "getentropy",
            ], "unseeded randomness"),
        .names(
            [
                "exit", "_exit", "_Exit", "quick_exit", "abort", "system", "popen", "fork", "vfork", "execve", "execv",
                "execvp", "posix_spawn", "posix_spawnp", "kill", "raise", "signal", "sigaction", "sleep", "usleep",
                "nanosleep", "pthread_create",
            ], "processes, signals and exits"),
        .pattern(
            #"\bDate\.(now\.getter|init\(\) ->|init\(timeIntervalSinceNow:|timeIntervalSinceNow\.getter)"#,
            "the clock (Date.now, Date())"),
        .pattern(#"\b(Calendar|TimeZone|Locale)\.(current|autoupdatingCurrent)\b"#, "the machine's settings"),
        .pattern(#"\b(Continuous|Suspending)Clock\.now\b|\bTask.*\.sleep\b"#, "the clock"),
        .pattern(
            #"\b(Foundation|FoundationEssentials)\.(FileManager|FileHandle|ProcessInfo|Process|Pipe|Thread|Bundle|"#
                + #"URLSession|UserDefaults|NotificationCenter|RunLoop|Timer|OperationQueue)\b"#,
            "files, processes or the environment through Foundation"),
        .pattern(#"\.init\(contentsOf(File)?:|\.write\(to(File)?:"#, "reading or writing files"),
        .pattern(#"\bSwift\.(print|debugPrint|readLine|dump)\b|\bSwift\.CommandLine\b"#, "printing or reading lines"),
        .pattern(
            #"SystemRandomNumberGenerator|\.(random|randomElement|shuffled|shuffle)\((in: [^),]*)?\)|\bUUID\.init\(\) ->"#,
            "unseeded randomness"),
        .pattern(#"(^|[ (<:])(Glibc|Musl|Darwin|Dispatch|WinSDK)\."#, "a system module"),
    ]

    static func violations(of target: String) throws -> [String: [String]] {
        let symbols = try SymbolTable(objects: BuildFolder.objectFiles(of: target))
        var found: [String: [String]] = [:]
        for rule in forbidden {
            let matched = symbols.matching(rule)
            if !matched.isEmpty { found[rule.reason, default: []] += matched }
        }
        return found
    }

    @Test func coreCodeCallsNothingWithEffects() throws {
        let symbols = try SymbolTable(objects: BuildFolder.objectFiles(of: "QuizCore"))
        // Sanity: the table holds what the core is known to use.
        #expect(symbols.external.contains { $0.contains("Swift.String") })
        #expect(symbols.external.contains("yaml_parser_parse"))
        for (reason, names) in try Self.violations(of: "QuizCore") {
            Issue.record("QuizCore uses \(reason): \(names.joined(separator: ", "))")
        }
    }

    /// The same check finds the effects of the edges, which are there by design: it would find
    /// them in the core too.
    @Test func theCheckFindsTheEffectsOfTheEdges() throws {
        let terminal = try Self.violations(of: "QuizTerminal")
        #expect(terminal["files and the terminal"] != nil, "\(terminal.keys)")
        #expect(terminal["files, processes or the environment through Foundation"] != nil, "\(terminal.keys)")
        let executable = try Self.violations(of: "quiz")
        #expect(executable["the clock (Date.now, Date())"] != nil, "\(executable.keys)")
    }
}

/// The shipped binary links FoundationEssentials only: full Foundation brings ICU's data, which
/// triples the binary's size.
@Suite struct BinarySizeGuardTests {
    @Test func shippedModulesDoNotImportFullFoundation() throws {
        var checked = 0
        for module in ["QuizCore", "QuizTerminal", "quiz"] {
            let folder = Repository.url("Sources/\(module)")
            let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    if words.contains("import"), words.contains("Foundation") || words.contains("Yams") {
                        Issue.record("Sources/\(module)/\(relative): \(line)")
                    }
                }
                checked += 1
            }
        }
        #expect(checked > 30)
    }
}
