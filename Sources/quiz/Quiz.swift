import ArgumentParser
import QuizCore

@main
struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quiz", abstract: "x")
    func run() throws {
        let r = BankLoader.load(Array("title: x\n".utf8), format: .yaml, path: "x")
        print(r.diagnostics)
    }
}
