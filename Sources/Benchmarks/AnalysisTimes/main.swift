// advisor-analysis-times [SIZES] [chat|answers|check|diff|all] [INTERVIEWS]: times the exact
// analyses in process, on the shipped rules (size 6) and on generated bases of 1,000 rules and
// SIZES questions (default 6,12,24,40): each chat step (INTERVIEWS random interviews, default 3,
// and the slowest steps over all of them, each step over 50 ms by interview and step), analysing answers to half the
// questions (five draws), rules check, and rules diff against a copy with ten rules' points doubled
// and against a base of another seed; then the peak memory. Run by Sources/Benchmarks/benchmark.sh.
import AdvisorKit
import Foundation
import SyntheticRules

func now() -> Double { Date().timeIntervalSince1970 }
func ms(_ t: Double) -> String { String(format: "%.1f ms", t * 1000) }
let args = CommandLine.arguments
let sizes = args.count > 1 ? args[1].split(separator: ",").map { Int($0)! } : [6, 12, 24, 40]
let what = args.count > 2 ? args[2] : "all"
let interviews = args.count > 3 ? Int(args[3])! : 3
for n in sizes {
    let files = n == 6 ? DefaultRules.files : SyntheticRuleBase(questions: n, rules: 1000, seed: 1).files
    var t = now()
    let ruleBase = try! RuleBaseLoader.load(files).0
    let engine = Engine(ruleBase: ruleBase)
    print("n=\(n) load+engine \(ms(now() - t))")
    var random = SeededRandom(seed: 7)
    func value(_ q: Question) -> String {
        switch q.kind {
        case .integer: return String(Int.random(in: 1...150, using: &random))
        case .boolean: return Bool.random(using: &random) ? "yes" : "no"
        case .choice(let c): return c[Int.random(in: 0..<c.count, using: &random)].value
        }
    }
    if what == "all" || what == "chat" {
        var all: [Double] = []
        for round in 0..<interviews {
            var chat = Conversation(engine: engine)
            t = now()
            _ = chat.start()
            var times = [now() - t]
            while let q = chat.currentQuestion {
                let v = value(ruleBase.questions[q])
                t = now()
                _ = chat.handle(v)
                times.append(now() - t)
            }
            all += times
            for (step, time) in times.enumerated() where time > 0.05 {
                print("  slow step: interview \(round), step \(step) of \(times.count - 1)\(step == times.count - 1 ? " (final)" : ""), \(ms(time))")
            }
            let sorted = times.sorted()
            if interviews > 3 { continue }
            print("  chat \(round): \(times.count) steps, median \(ms(sorted[sorted.count / 2])), max \(ms(sorted.last!)), total \(ms(times.reduce(0, +)))")
        }
        let sorted = all.sorted()
        let over = sorted.filter { $0 > 0.05 }.count
        print(
            "  chat, \(interviews) interviews: \(sorted.count) steps, median \(ms(sorted[sorted.count / 2])), "
                + "99th percentile \(ms(sorted[sorted.count * 99 / 100])), over 50 ms: \(over), slowest \(sorted.suffix(3).map(ms).joined(separator: ", "))")
    }
    if what == "all" || what == "answers" {
        for round in 0..<5 {
            var answers = Answers(questionCount: n)
            for (i, q) in ruleBase.questions.enumerated() { answers[i] = try! AnswerValueParser.parse(value(q), for: q) }
            for i in ruleBase.questions.indices.shuffled(using: &random).prefix(n - n / 2) { answers[i] = nil }
            t = now()
            let r = engine.analyze(answers, scoreRanges: false)
            let a = now() - t
            t = now()
            let adv = try? engine.advise(answers)
            print("  answers half \(round): analyze \(ms(a)), advise \(ms(now() - t)), open \(r.openQuestions.count), settled \(adv != nil)")
        }
    }
    if what == "all" || what == "check" {
        t = now()
        let report = RuleBaseChecker.check(files)
        print("  check \(ms(now() - t)) (\(report.diagnostics.count) diagnostics)")
    }
    if what == "all" || what == "diff" {
        var edited = ruleBase
        for i in stride(from: 0, to: edited.rules.count, by: max(1, edited.rules.count / 10)) where !edited.rules[i].points.isEmpty {
            edited.rules[i].points = edited.rules[i].points.map { Rule.Effect(option: $0.option, points: $0.points * 2) }
        }
        edited = RuleBase(questions: edited.questions, options: edited.options, rules: edited.rules, sources: edited.sources)
        t = now()
        let c = try! RuleBaseComparison(old: ruleBase, new: edited)
        print(
            "  diff edited \(ms(now() - t)): complete \(c.isComplete), regions \(c.regions.count), changed \(c.changedCombinations) of \(c.totalCombinations), changes \(c.changes.count), undecided \(c.undecided.count)"
        )
        if n > 6 {
            let other = try! RuleBaseLoader.load(SyntheticRuleBase(questions: n, rules: 1000, seed: 2).files).0
            t = now()
            let d = try! RuleBaseComparison(old: ruleBase, new: other)
            print(
                "  diff other seed \(ms(now() - t)): complete \(d.isComplete), regions \(d.regions.count), changed \(d.changedCombinations), changes \(d.changes.count), undecided \(d.undecided.count)"
            )
        }
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("  peak memory \(usage.ru_maxrss / 1024) MiB")
}
