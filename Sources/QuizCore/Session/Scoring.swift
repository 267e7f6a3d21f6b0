/// Points: what a question is worth by its kind and by how hard its fact has been for the
/// learner, the credit earned (partial credit, halved per hint), and a bonus for right answers in
/// a row. Accuracy, elsewhere, is the plain credit.
public enum Scoring {
    /// Points for a question, by kind: recognising is worth less than recalling, and ordering
    /// or matching several items more than one.
    public static func basePoints(_ kind: Question.Kind) -> Double {
        switch kind {
        case .trueFalse: 1
        case .multipleChoice: 2
        case .multipleAnswer, .shortAnswer, .numeric, .year, .cloze: 3
        case .ordering, .matching: 4
        }
    }

    /// 0.84 for the easiest facts (FSRS difficulty 1) to 1.2 for the hardest (10); 1 for a fact
    /// never reviewed.
    public static func difficultyFactor(_ difficulty: Double?) -> Double {
        guard let difficulty else { return 1 }
        return 0.8 + 0.04 * min(max(difficulty, 1), 10)
    }

    /// The bonus for a fully right answer after `streak` right answers in a row: 10% of the
    /// question's worth per answer in the streak, up to 50%.
    public static func streakBonus(worth: Double, streak: Int) -> Double {
        worth * 0.1 * Double(min(streak, 5))
    }

    /// What an answer earns.
    /// - Parameters:
    ///   - credit: the verdict's credit after the hint penalty, 0 to 1.
    ///   - difficulty: the fact's FSRS difficulty before this answer, if it has one.
    ///   - streak: right answers in a row before this one.
    /// - Returns: the points earned and the points the question was worth (without bonus).
    public static func points(kind: Question.Kind, credit: Double, difficulty: Double?, streak: Int) -> (
        earned: Double, worth: Double
    ) {
        let worth = basePoints(kind) * difficultyFactor(difficulty)
        let bonus = credit >= 1 ? streakBonus(worth: worth, streak: streak) : 0
        return (((worth * credit + bonus) * 100).rounded() / 100, (worth * 100).rounded() / 100)
    }
}
