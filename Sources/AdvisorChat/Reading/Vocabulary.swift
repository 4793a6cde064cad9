import AdvisorModel

extension PlainAnswerReader {
    /// The words of a rule base that the reader matches, compiled once for a conversation: for
    /// each question, the phrases that give one of its answers, the words that name it, and the
    /// words a misspelling may be read as. Everything here comes from the rule files; the
    /// reader's own word lists hold only English in general (yes, no, negation, hedges, numbers).
    public struct Vocabulary: Sendable {
        /// The questions whose words these are.
        public let questions: [Question]
        /// For each question, the phrases that give an answer: a choice's value, label, aliases
        /// and phrases; the phrases of a number or yes-or-no question. Words that would give two
        /// answers of one question give none.
        package let answers: [PhraseTable<AnswerValue>]
        /// The words that name each question: its `mentions`, and a number question's unit. A
        /// phrase that names two questions names neither.
        package let mentions: PhraseTable<QuestionIndex>
        /// For each question, its hints: the phrases of `answers` that only make an answer
        /// probable, so that an answer resting on them alone is confirmed first.
        package let hints: [PhraseTable<AnswerValue>]
        /// For each question, whether saying what the owner wants answers it: its phrases read
        /// "want" as an answer, as a question about what the owner wants does ("we'd want someone
        /// doing the updates" says yes to looking after the systems, but only wishes for someone
        /// checking the backups).
        package let answersWishes: [Bool]
        /// For each question, the words (as typed, not stemmed) a misspelt word may be read as.
        let lexicons: [Set<String>]
        /// Every word the reader knows, which is never read as a misspelling of another.
        let knownWords: Set<String>

        /// The words of `questions`, compiled for reading.
        public init(_ questions: [Question]) {
            self.questions = questions
            var known = PlainAnswerReader.mechanicsWords
            var lexicons: [Set<String>] = []
            var answerWords: [Set<[String]>] = []
            answers = questions.map { question in
                var byWords: [[String]: Set<AnswerValue>] = [:]
                var order: [[String]] = []
                var lexicon: Set<String> = []
                for (text, value) in Vocabulary.answerPhrases(of: question) {
                    let words = WordScanner.phraseWords(text)
                    guard !words.isEmpty else { continue }
                    if byWords[words] == nil { order.append(words) }
                    byWords[words, default: []].insert(value)
                    lexicon.formUnion(WordScanner.scan(text).compactMap(\.word))
                }
                known.formUnion(lexicon)
                answerWords.append(Set(order))
                lexicon.formUnion(Vocabulary.generalWords(for: question.kind))
                lexicons.append(lexicon)
                return PhraseTable(
                    order.compactMap { words in
                        guard let values = byWords[words], values.count == 1, let value = values.first else { return nil }
                        return (words, value)
                    })
            }
            self.lexicons = lexicons
            hints = zip(questions, answers).map { question, table in
                let hinted = Set(Vocabulary.hintPhrases(of: question).map { WordScanner.phraseWords($0) })
                return PhraseTable(table.phrases.filter { hinted.contains($0.words) }.map { ($0.words, $0.value) })
            }
            answersWishes = answers.map { !$0.longestMatches(in: ["want"]).isEmpty }
            var owners: [[String]: Set<QuestionIndex>] = [:]
            var order: [[String]] = []
            for (index, question) in questions.enumerated() {
                // A question with no mentions is named by its own words, those no other question
                // answers to: "mostly remote" tells which clause speaks of remote staff. (A
                // question with mentions is named by them: its aliases may be everyday words.)
                let own = (question.mentions.isEmpty ? Vocabulary.ownPhrases(of: question) : []).filter { text in
                    let words = WordScanner.phraseWords(text)
                    return !answerWords.indices.contains { $0 != index && answerWords[$0].contains(words) }
                }
                for text in Vocabulary.mentionPhrases(of: question) + own {
                    let words = WordScanner.phraseWords(text)
                    guard !words.isEmpty else { continue }
                    if owners[words] == nil { order.append(words) }
                    owners[words, default: []].insert(index)
                    known.formUnion(WordScanner.scan(text).compactMap(\.word))
                }
            }
            mentions = PhraseTable(
                order.compactMap { words in
                    guard let owner = owners[words], owner.count == 1, let index = owner.first else { return nil }
                    return (words, index)
                })
            knownWords = known
        }

        /// The texts that give an answer of `question`, with the answer each gives (hints too).
        static func answerPhrases(of question: Question) -> [(text: String, value: AnswerValue)] {
            switch question.kind {
            case .choice(let choices):
                return choices.enumerated().flatMap { index, choice in
                    ([choice.value, choice.label] + choice.aliases + choice.phrases + choice.hints).map { ($0, AnswerValue.choice(index)) }
                }
            case .integer:
                return question.phrases.map { ($0.text, $0.value) } + reversedPairs(of: question)
            case .boolean:
                return question.phrases.map { ($0.text, $0.value) }
            }
        }

        /// A pair said the other way round: "me and my wife" is also "my wife and me" and "the
        /// wife and me" (a count phrase "me and …" gives "… and me", without its "my", "a" or "an").
        static func reversedPairs(of question: Question) -> [(text: String, value: AnswerValue)] {
            question.phrases.compactMap { phrase in
                var words = WordScanner.scan(phrase.text).compactMap(\.key)
                guard words.count >= 3, words[0] == "me", words[1] == "and" else { return nil }
                words.removeFirst(2)
                if words.count > 1, PlainAnswerReader.companionDeterminers.contains(words[0]) { words.removeFirst() }
                return ((words + ["and", "me"]).joined(separator: " "), phrase.value)
            }
        }

        /// The texts that only make an answer of `question` probable: its hints.
        package static func hintPhrases(of question: Question) -> [String] {
            question.phrases.filter(\.isHint).map(\.text) + question.choices.flatMap(\.hints)
        }

        /// The author's words that give one answer of `question` and so also name it when it has
        /// no `mentions`: a choice's aliases and phrases, a yes-or-no question's phrases (a number
        /// question is named only with its number, so its phrases name nothing).
        package static func ownPhrases(of question: Question) -> [String] {
            switch question.kind {
            case .choice(let choices): return choices.flatMap { $0.aliases + $0.phrases + $0.hints }
            case .boolean: return question.phrases.map(\.text)
            case .integer: return []
            }
        }

        /// The texts that name `question`: its mentions, and a number question's unit.
        package static func mentionPhrases(of question: Question) -> [String] {
            if case .integer(_, let unit?) = question.kind { return question.mentions + [unit] }
            return question.mentions
        }

        /// The reader's own words that a misspelling in an answer to a question of `kind` may stand for.
        static func generalWords(for kind: Question.Kind) -> Set<String> {
            switch kind {
            case .integer: return PlainAnswerReader.numberWords
            case .boolean: return PlainAnswerReader.cueWords.union(PlainAnswerReader.negators)
            case .choice: return PlainAnswerReader.negators
            }
        }
    }

    /// Every word of the reader's own lists: English in general, never read as a misspelling.
    static let mechanicsWords: Set<String> = {
        let phrases =
            BooleanPhrases.yes + BooleanPhrases.no + BooleanPhrases.hedgedYes + BooleanPhrases.hedgedNo
            + BooleanPhrases.neutral + dontKnowPhrases + hedges + doubts + frequencies + fillers + litotes
            + passingTimes.map { $0.joined(separator: " ") }
        var words = Set(phrases.flatMap { $0.split(separator: " ").map(String.init) })
        for list in [
            negators, turnDownWords, negatedToYes, negationBoundaries, subjects, approvalWords, vagueWords, joiningWords,
            additiveWords, skipWords, skipFillers, doWords, afterDo, sureWords, notSureIntensifiers, clueWords, numberWords,
            personNouns, personPlurals, timesAndMoney, notNames, thirdPersons, untriedVerbs, conditionWords,
            // Everyday words a slip must not be taken for ("whenever" is no "whatever").
            ["wherever", "however", "whoever", "forever", "whatsoever", "whether", "weather"],
        ] {
            words.formUnion(list)
        }
        return words
    }()
}
