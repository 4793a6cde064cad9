@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel
import SyntheticRules

/// The reference the reasoning core is compared with: every complete combination of answers
/// (one value per stretch of numbers), tried one by one through `Engine.evaluate`. Test-only.
struct BruteForce {
    let engine: Engine

    var domains: [[AnswerValue]] { engine.space.domains }

    /// Every completion of `answers`, in order (the last question varying fastest).
    func completions(of answers: Answers) -> [Answers] {
        var result = [answers]
        for question in answers.values.indices where answers[question] == nil {
            result = result.flatMap { partial in domains[question].map { partial.with(question, $0) } }
        }
        return result
    }

    func recommendation(_ answers: Answers) -> OptionIndex { engine.evaluate(answers).recommendation }

    func possible(_ answers: Answers) -> [OptionIndex] {
        Set(completions(of: answers).map(recommendation)).sorted()
    }

    func scoreRanges(_ answers: Answers) -> [ClosedRange<Int>] {
        let scores = completions(of: answers).map { engine.evaluate($0).scores }
        return engine.ruleBase.options.indices.map { option in
            (scores.map { $0[option] }.min() ?? 0)...(scores.map { $0[option] }.max() ?? 0)
        }
    }

    /// The open questions whose answer alone changes the recommendation for some answers to the others.
    func relevant(_ answers: Answers) -> Set<QuestionIndex> {
        let all = completions(of: answers)
        var found: Set<QuestionIndex> = []
        for question in answers.unanswered {
            var seen: [Answers: OptionIndex] = [:]
            for completion in all {
                let key = completion.with(question, nil), outcome = recommendation(completion)
                if let other = seen[key], other != outcome {
                    found.insert(question)
                    break
                }
                seen[key] = outcome
            }
        }
        return found
    }

    func settled(_ answers: Answers) -> OptionIndex? {
        let options = possible(answers)
        return options.count == 1 ? options[0] : nil
    }

    /// The size of the smallest change that settles on `option` (as `Engine.smallestChange` defines it), or nil.
    func smallestChangeSize(toward option: OptionIndex, from answers: Answers) -> Int? {
        let questions = Array(answers.values.indices)
        for size in 1...max(1, questions.count) where size <= questions.count {
            for subset in Engine.subsetsForTesting(of: questions, size: size) where works(subset[...], option, answers) { return size }
        }
        return nil
    }

    private func works(_ questions: ArraySlice<QuestionIndex>, _ option: OptionIndex, _ answers: Answers) -> Bool {
        guard let question = questions.first else { return settled(answers) == option }
        let current = engine.model.index(of: answers[question], question: question)
        return domains[question].indices.contains { index in
            index != current && works(questions.dropFirst(), option, answers.with(question, domains[question][index]))
        }
    }
}

extension Engine {
    /// Every subset of `items` of `size` elements, in lexicographic order.
    static func subsetsForTesting(of items: [QuestionIndex], size: Int) -> [[QuestionIndex]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[QuestionIndex]] = []
        for (index, item) in items.enumerated() {
            for rest in subsetsForTesting(of: Array(items[(index + 1)...]), size: size - 1) { result.append([item] + rest) }
        }
        return result
    }
}

extension BruteForce {
    /// `Engine.whatWouldChange` worked out by trying each value of each answered question, every
    /// outcome by brute force: for a number, outward from its stretch to the first stretch with
    /// another outcome each way, widened across the stretches next to it with that outcome.
    func whatWouldChange(_ answers: Answers) -> [AnswerChange] {
        guard let current = settled(answers) else { return [] }
        var changes: [AnswerChange] = []
        for (question, answer) in answers.values.enumerated() {
            guard let answer else { continue }
            let outcomes = domains[question].map { settled(answers.with(question, $0)) }
            guard case .integer(let number) = answer else {
                for (index, value) in domains[question].enumerated() where value != answer && outcomes[index] != current {
                    changes.append(AnswerChange(question: question, to: .value(value), recommendation: outcomes[index]))
                }
                continue
            }
            let stretches = engine.space.stretches[question]
            guard let here = stretches.firstIndex(where: { $0.contains(number) }) else { continue }
            var found: [AnswerChange] = []
            for direction in [-1, 1] {
                var index = here + direction
                while stretches.indices.contains(index), outcomes[index] == current { index += direction }
                guard stretches.indices.contains(index) else { continue }
                var far = index
                while stretches.indices.contains(far + direction), outcomes[far + direction] == outcomes[index] { far += direction }
                let low = min(index, far), high = max(index, far)
                found.append(
                    AnswerChange(
                        question: question, to: .numbers(stretches[low].lowerBound...stretches[high].upperBound), recommendation: outcomes[index]))
            }
            changes += found  // below first, then above
        }
        return changes
    }
}
