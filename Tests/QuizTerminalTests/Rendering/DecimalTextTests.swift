import Foundation
import Testing

@testable import QuizCore
@testable import QuizTerminal

/// `DecimalText.fixed` stands in for `String(format: "%.2f")`.
@Suite struct DecimalTextTests {
    @Test(arguments: [
        0.125, 0.375, 2.675, 1.005, 7.5, 2.2, 1.0 / 3, 2.0 / 3, -0.125, -0.001, 0.005, 1e-300, 123_456.785,
    ])
    func roundsAsPrintfDoes(_ value: Double) {
        for digits in 0...3 {
            #expect(DecimalText.fixed(value, digits: digits) == String(format: "%.\(digits)f", value), "\(value)")
        }
    }

    @Test func roundsRandomValuesAsPrintfDoes() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<20_000 {
            let value =
                random.next() % 2 == 0
                ? Double(Int(random.next() % 200_001) - 100_000) / 8_000
                : Double(bitPattern: random.next())
            guard value.isFinite, value.magnitude < 1e15 else { continue }
            #expect(DecimalText.fixed(value, digits: 2) == String(format: "%.2f", value), "\(value)")
        }
    }

    @Test func pointsDropTrailingZeros() {
        #expect(Renderer.points(7.5) == "7.5")
        #expect(Renderer.points(0.125) == "0.12")
        #expect(Renderer.points(2) == "2")
        #expect(Renderer.points(1.0 / 3) == "0.33")
    }
}
