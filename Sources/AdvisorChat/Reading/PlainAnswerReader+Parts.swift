import AdvisorModel

/// Counts said in parts: a line that counts people group by group, with or without the total
/// ("two dentists, two nurses and a hygienist. So seven."; "3 on the shop floor and 5 in the
/// warehouse").
extension PlainAnswerReader {
    /// Words that say a number sums up what came before it ("so seven", "that's three people",
    /// "15 in total").
    static let totalWords: Set<String> = ["so", "thats", "total", "altogether", "overall", "told", "making", "makes", "yeah", "yes", "all"]
    /// Words that may stand beside a total besides `totalWords`.
    static let besideTotal: Set<String> = [
        "in", "all", "of", "us", "people", "then", "which", "that", "is", "a", "grand", "and", "up", "its", "it", "we", "are", "were",
        "together", "the", "really", "actually", "use", "using", "computer", "computers", "pc", "pcs", "them", "on",
    ]

    /// The number that sums up a line which counts in parts first ("two dentists, two nurses
    /// and a hygienist. So seven.", "60 fee earners plus 20 support staff, so 80"): the last
    /// number, ending the line in a stretch of its own (after a mark or "so") of only total words
    /// ("15 in total", "that's three people", "Three."), when other numbers or count phrases
    /// (`besides`) come before it.
    static func total(in scope: Scope, besides phrases: Bool) -> NumberMention? {
        let line = scope.line
        let numbers = line.numbers.mentions.filter { $0.range.allSatisfy { scope.included[$0] } }
        guard let first = numbers.first, let last = numbers.last else { return nil }
        // Parts before the total: other numbers, count phrases, or the owner ("me and the wife, so 2").
        let parts = numbers.count >= 2 || phrases || line.keys[..<last.range.lowerBound].contains { $0.map(ownerWords.contains) == true }
        guard parts else { return nil }
        // "10 total, including the two partners", "17 in total if you count the part-timers".
        let afterFirst = line.keys[first.range.upperBound..<min(line.keys.count, first.range.upperBound + 2)].compactMap { $0 }
        if numbers.count >= 2, afterFirst.first == "total" || afterFirst.first == "altogether" || afterFirst == ["in", "total"] {
            return first
        }
        // ("Three. Well, three and a half if you count my dad": a part of a person is no total.)
        if line.keys.indices.contains(where: { line.keys[$0] == "half" && $0 >= 2 && line.keys[$0 - 2] == "and" }) { return nil }
        // "Nine. Vets, nurses and the two girls on reception.": a first sentence of a number
        // alone, the rest saying who.
        let opening = line.tokens[..<first.range.lowerBound].allSatisfy { $0.word.map(besideTotal.contains) ?? false }
        let next = first.range.upperBound
        if opening, next + 1 < line.tokens.count, [.mark("."), .mark(":"), .mark("—"), .mark("-")].contains(line.tokens[next]),
            line.tokens[next + 1].word != nil, !line.numbers.consumed.contains(next + 1), numbers.count >= 2 || phrases
        {
            return first
        }
        let words = { (range: Range<Int>) in range.filter { line.keys[$0] != nil } }
        let after = words(last.range.upperBound..<line.tokens.count)
        guard after.allSatisfy({ totalWords.contains(line.keys[$0]!) || besideTotal.contains(line.keys[$0]!) }) else { return nil }
        // The stretch it ends: back over total words, commas and dashes ("— yeah, five").
        let summing = { (position: Int) in line.keys[position].map { totalWords.contains($0) || besideTotal.contains($0) } ?? false }
        var start = last.range.lowerBound
        while start > 0, summing(start - 1) || [.mark(","), .mark("—"), .mark("-"), .mark("=")].contains(line.tokens[start - 1]) { start -= 1 }
        let before = words(start..<last.range.lowerBound)
        // ("4 + me = 5": an equals sign sums up too.)
        let equals = (start..<last.range.lowerBound).contains { line.tokens[$0] == .mark("=") }
        let marked = equals || (before + after).contains { totalWords.contains(line.keys[$0]!) }
        // "… and a hygienist. Seven.": a sentence of its own.
        let sentence = before.isEmpty && start > 0 && [.mark("."), .mark("!"), .mark("…")].contains(line.tokens[start - 1])
        guard marked || sentence else { return nil }
        return last
    }

    /// The count a line says first and then splits into parts that add up to it ("5 - two in the
    /// shop, three in the back", "14 across both offices (9 here, 5 in Leeds)"): the first number,
    /// when every later number of people adds up to it exactly. Money and times are no parts.
    static func wholeBeforeParts(in scope: Scope) -> NumberMention? {
        let line = scope.line
        let isMoney = { (number: NumberMention) in
            guard number.range.lowerBound > 0, case .mark(let mark) = line.tokens[number.range.lowerBound - 1] else { return false }
            return mark.isCurrencySymbol
        }
        let numbers = line.numbers.mentions.filter { number in
            number.range.allSatisfy { scope.included[$0] } && !countsNoPeople(number, in: line) && !isMoney(number)
        }
        guard numbers.count >= 3, let whole = numbers.first, let value = whole.value, !isDenied(whole, in: line) else { return nil }
        var parts: [Int] = []
        for number in numbers.dropFirst() {
            // Each part says where or who ("9 here", "two in the shop", "4 remote"), not what
            // happened ("8 since 2 quit").
            let next = number.range.upperBound < line.keys.count ? line.keys[number.range.upperBound] : nil
            guard let part = number.value, part > 0, let next, partWords.contains(next) || personPlurals.contains(next) || partPlaces.contains(next)
            else { return nil }
            parts.append(part)
        }
        return sum(of: parts) == value ? whole : nil
    }

    /// Words that may follow the number of a part: who they are or where they work ("7 in the
    /// office", "3 who work from home", "five full-time", "two part-timers", "4 staff").
    static let partWords: Set<String> = peopleWords.union(["in", "on", "at", "who", "full", "part", "working", "from", "based"])
    /// Words after the number of a part that say where those people work ("9 here, 5 in Leeds").
    static let partPlaces: Set<String> = ["of", "here", "there", "remote", "remotely", "doing", "onsite", "offsite", "upstairs", "downstairs"]
    /// Words that join one part to the next.
    static let partJoiners: Set<String> = ["and", "plus", "with"]

    /// The sum of a line that counts people in parts and says no total: each number followed by
    /// who or where they are, the parts joined by "and", "plus" or a comma, no other part joined
    /// after the last ("7 in the office plus 3 who work from home": 10). Nil for
    /// anything else, such as a part without a number ("…, and the boss") or numbers of other
    /// things ("3 sites and 40 staff").
    static func sumOfParts(in scope: Scope) -> Int? {
        let line = scope.line
        let numbers = line.numbers.mentions.filter { $0.range.allSatisfy { scope.included[$0] } }
        guard numbers.count >= 2, !line.keys.contains(where: { $0.map(ownerWords.contains) == true }) else { return nil }
        var parts: [Int] = []
        for (index, number) in numbers.enumerated() {
            guard let value = number.value, value > 0, number.range.upperBound < line.tokens.count,
                line.keys[number.range.upperBound].map(partWords.contains) == true
            else { return nil }
            let end = index + 1 < numbers.count ? numbers[index + 1].range.lowerBound : line.tokens.count
            let between = number.range.upperBound..<end
            // The next part starts with a joiner right before its number; the last part goes on
            // to the end with no joiner in it.
            if index + 1 < numbers.count {
                let before = between.upperBound - 1
                guard line.keys[before].map(partJoiners.contains) == true || line.tokens[before] == .mark(",") else { return nil }
            } else if between.contains(where: { line.keys[$0].map(partJoiners.contains) == true }) {
                return nil
            }
            if between.contains(where: { isVague(line.tokens, at: $0) && line.keys[$0] != "plus" }) { return nil }
            parts.append(value)
        }
        return sum(of: parts)
    }

    /// The sum of `parts`, or nil when it is too large for `Int`.
    static func sum(of parts: [Int]) -> Int? {
        var total = 0
        for part in parts {
            let (added, overflow) = total.addingReportingOverflow(part)
            guard !overflow else { return nil }
            total = added
        }
        return total
    }
}

/// People named one by one ("me and Dave", "me, my husband, our son on weekends and the lady
/// who does the accounts", "me plus 3 girls on reception").
extension PlainAnswerReader {
    /// Words for one person, in the singular; "the two lads" counts with its number.
    static let personNouns: Set<String> = [
        "wife", "husband", "partner", "missus", "mrs", "hubby", "brother", "sister", "son", "daughter", "dad", "mum", "mom",
        "father", "mother", "friend", "cousin", "nephew", "niece", "uncle", "aunt", "auntie", "girlfriend", "boyfriend",
        "fiance", "fiancee", "gaffer", "boss", "manager", "receptionist", "assistant", "accountant", "bookkeeper",
        "secretary", "admin", "administrator", "apprentice", "lad", "girl", "lady", "guy", "bloke", "fella", "fellow", "man",
        "woman", "chap", "colleague", "associate", "paralegal", "nurse", "hygienist", "dentist", "vet", "technician",
        "tech", "engineer", "designer", "developer", "intern", "trainee", "cashier", "cook", "chef", "driver",
        "estimator", "surveyor", "cleaner", "stylist", "therapist", "solicitor", "lawyer", "architect", "clerk", "temp",
        "helper", "director", "owner", "founder", "cofounder", "supervisor", "foreman", "mechanic", "electrician",
        "plumber", "joiner", "carpenter", "labourer", "other", "one", "employee", "worker", "person", "barista",
        "waiter", "waitress", "bartender", "pharmacist", "optician", "physio", "coach", "trainer", "officer", "agent",
        "broker", "consultant", "planner", "buyer", "seller", "rep", "salesman", "saleswoman", "lass", "fitter",
    ]
    /// The plural of each person noun ("lads", "women", "others"), for parts with a number.
    static let personPlurals: Set<String> = Set(
        personNouns.map { noun in
            switch noun {
            case "man": return "men"
            case "woman": return "women"
            case "person": return "people"
            case "lady": return "ladies"
            case "salesman": return "salesmen"
            case "saleswoman": return "saleswomen"
            case "boss", "lass", "mrs", "missus", "hubby": return noun + (noun.hasSuffix("s") ? "es" : "s")
            default: return noun + "s"
            }
        }
    ).union(["staff", "people", "employees", "users", "workers", "colleagues", "folk"])
    /// Words that may stand before a person noun ("my", "the", "our office", "the assistant").
    static let personDeterminers: Set<String> = ["my", "the", "our", "a", "an", "one", "his", "her", "their"]
    /// Words that join people in a list.
    static let rosterJoiners: Set<String> = ["and", "n", "plus", "with", "an", "except", "besides"]
    /// Common words that are no name when they follow "me and" ("me and everyone", "me and that's it").
    static let notNames: Set<String> = [
        "everyone", "everybody", "all", "rest", "others", "team", "staff", "family", "kids", "lads", "girls", "guys",
        "that", "thats", "this", "it", "its", "them", "they", "we", "us", "you", "him", "her", "so", "then", "now", "some",
        "any", "maybe", "probably", "only", "just", "also", "too", "yes", "no", "not", "nobody", "whoever", "anyone", "i",
        "ill", "id", "im", "ive", "nothing", "noone", "else", "more", "less", "sometimes", "occasionally", "again",
        "here", "there", "home", "work", "office", "shop", "laptop", "computer", "pc", "phone", "email", "stuff", "things",
        "really", "honestly", "actually", "basically", "anyway", "anyways", "mostly", "usually", "normally", "generally",
        "though", "either", "neither", "today", "currently", "nowadays", "tbh", "lol", "haha", "obviously", "literally",
        "seriously", "certainly", "definitely", "apparently", "mainly", "essentially", "mate", "sadly", "unfortunately",
        "luckily", "thankfully", "altogether", "total", "overall", "together", "sorted", "done", "well",
    ]
    /// What may follow a name in a list ("Dave", "Sharon who does the accounts").
    static let afterName: Set<String> = ["and", "n", "plus", "who", "does", "do", "on", "in", "at", "from", "that", "doing", "part", "full"]

    /// The count of a list of people named one by one with the owner, unless the count as said
    /// (`said`) already gives it, or another number of people disagrees. Counted, so confirmed
    /// first, unless the line also says it ("2 of us, me and Dave").
    static func readRoster(_ scope: Scope, answers: PhraseTable<AnswerValue>, range: ClosedRange<Int>, besides said: Finding) -> Finding? {
        let line = scope.line
        guard let roster = roster(in: scope), said.values != [.integer(roster.count)] || said.vague else { return nil }
        let others = line.numbers.mentions.filter { number in
            number.range.allSatisfy { scope.included[$0] } && !roster.numbers.contains(number.range)
        }
        let phrases = answers.longestMatches(in: scope.stems)
        let stated = others.contains { $0.value == roster.count } || phrases.contains { $0.value == .integer(roster.count) }
        // Numbers of days, hours or money ("three days a week") count no people.
        let disagreeing = others.contains { number in
            number.value != roster.count
                && !(number.range.upperBound < line.keys.count && line.keys[number.range.upperBound].map(timesAndMoney.contains) == true)
        }
        guard !disagreeing else { return nil }
        var found = Finding(stance: stance(in: scope, claimed: Set(phrases.flatMap(\.range)).union(others.flatMap(\.range))))
        if range.contains(roster.count) { found.add(.integer(roster.count)) } else { found.vague = true }
        found.derived = !stated
        return found
    }

    /// How many people a list naming the owner and others one by one counts, each list item a
    /// person ("my husband", "Dave", "the lady who …") or a number of them ("two lads"): nil
    /// unless the owner is in it with at least one other and every item after the owner can be
    /// counted. Items before the owner that cannot be counted start the list afresh ("2 of us,
    /// me and Dave"). The ranges of the numbers the items use are returned too.
    static func roster(in scope: Scope) -> (count: Int, numbers: [Range<Int>], span: Range<Int>)? {
        let line = scope.line
        let keys = line.keys
        guard let owner = scope.positions.first(where: { keys[$0].map(ownerWords.contains) == true }), !ownerIncluded(line) else { return nil }
        let sentences = line.sentenceStarts
        let positions = scope.positions.filter { sentences[$0] == sentences[owner] }
        let isJoiner = { (position: Int) in
            [.mark(","), .mark("&"), .mark("+")].contains(line.tokens[position]) || keys[position].map(rosterJoiners.contains) == true
        }
        var list = Roster()
        // Whether the next word starts an item, whether the item before went on after its
        // person ("the two lads in the office"), and whether ", and" came before this one.
        var atItemStart = true
        var itemWentOn = false
        var joiners: Set<String> = []
        var index = 0
        while index < positions.count {
            let position = positions[index]
            index += 1
            // "3 - the receptionist, the manager and me": a number, then who it counts.
            let spellsOut =
                [.mark("-"), .mark(":"), .mark("–"), .mark("—")].contains(line.tokens[position]) && index >= 2
                && line.numbers.mentions.contains { $0.range.upperBound == position }
            if isJoiner(position) || spellsOut {
                atItemStart = true
                joiners.insert(keys[position] == nil ? "," : "and")
                continue
            }
            guard let word = keys[position] else { continue }
            guard atItemStart else {
                itemWentOn = true
                continue
            }
            atItemStart = false
            let nextKey = positions.indices.contains(index) ? keys[positions[index]] : nil
            let people: Int?
            if ownerWords.contains(word) {
                // "just me, 5 staff": the owner alone, then someone else's count.
                let alone =
                    index >= 2 && keys[positions[index - 2]].map(["just", "only"].contains) == true
                    && index + 1 < positions.count && line.tokens[positions[index]] == .mark(",")
                    && line.numbers.mentions.contains { $0.range.lowerBound == positions[index + 1] }
                if list.sawOwner || alone { return nil }
                list.sawOwner = true
                people = 1
            } else if let (value, range) = numberedPeople(at: index - 1, positions, line) {
                list.numbers.append(range)
                people = value
            } else if personDeterminers.contains(word) {
                // "my husband", "the practice manager", "my two office girls"
                if let (value, range) = numberedPeople(at: index, positions, line) {
                    list.numbers.append(range)
                    people = value
                } else if positions.indices.contains(index), line.numbers.mentions.contains(where: { $0.range.lowerBound == positions[index] }) {
                    // "a two-man show": no people counted.
                    people = nil
                } else {
                    let rest = positions[index...].prefix(3).compactMap { keys[$0] }
                    // ("just the one, me": a count, not a person.)
                    let theOneAlone =
                        rest.first == "one" && index + 1 < positions.count && keys[positions[index + 1]] == nil
                    people =
                        theOneAlone
                        ? nil : rest.first(where: { personNouns.contains($0) || personPlurals.contains($0) }).flatMap { personNouns.contains($0) ? 1 : nil }
                }
            } else if personNouns.contains(word) {
                // ("no one except me and …": nobody.)
                people = word == "one" && position > 0 && keys[position - 1] == "no" ? nil : 1
            } else if !notNames.contains(word), !isVague(line.tokens, at: position),
                !itemWentOn || joiners == [",", "and"] || nextKey == "who" || joiners == [","] && isCapitalised(word, in: line.text),
                nextKey.map({ afterName.contains($0) || Int($0) != nil || numberWords.contains($0) }) ?? true
            {
                // A name: "Dave", "jo", "Sharon who does the accounts".
                people = list.items > 0 ? 1 : nil
            } else {
                people = nil
            }
            joiners = []
            itemWentOn = false
            guard let people else {
                // Before the owner, the list starts afresh; after, words that go on about the item
                // before ("doing quotes and orders") unless they start an item that cannot be counted.
                if !list.sawOwner {
                    // A word that is no item ("only me") may stand before the list; a number or a
                    // determiner that counts no people ("a two-man show") starts a stretch of words.
                    list = Roster()
                    atItemStart = !personDeterminers.contains(word) && !line.numbers.mentions.contains { $0.range.lowerBound == position }
                } else if personDeterminers.contains(word) || line.numbers.mentions.contains(where: { $0.range.lowerBound == position }) {
                    return nil
                } else {
                    itemWentOn = true
                }
                continue
            }
            let (added, overflow) = list.count.addingReportingOverflow(people)
            guard !overflow else { return nil }
            list.count = added
            list.items += 1
            list.first = list.first ?? position
            list.last = position
        }
        guard list.sawOwner, list.items >= 2, let first = list.first, let last = list.last else { return nil }
        return (list.count, list.numbers, first..<last + 1)
    }

    /// Whether `word` is written with a capital inside a sentence of `text` ("…, Aoife on the
    /// accounts"): a name.
    static func isCapitalised(_ word: String, in text: String) -> Bool {
        guard let first = word.first else { return false }
        let written = String(first).uppercased() + word.dropFirst()
        return text.contains(" " + written + " ") || text.contains(" " + written + ",") || text.contains(" " + written + ".")
    }

    /// A list of people being read.
    private struct Roster {
        var count = 0
        var items = 0
        var numbers: [Range<Int>] = []
        var sawOwner = false
        /// Where the first and the last item start.
        var first: Int?
        var last: Int?
    }

    /// The number of people counted at `positions[at]`: a number followed, within two words, by
    /// people ("two lads", "3 girls on reception", "two office girls").
    private static func numberedPeople(at index: Int, _ positions: [Int], _ line: TypedLine) -> (Int, Range<Int>)? {
        guard positions.indices.contains(index),
            let number = line.numbers.mentions.first(where: { $0.range.lowerBound == positions[index] }),
            let value = number.value, value > 0
        else { return nil }
        let after = positions.filter { $0 >= number.range.upperBound }.prefix(3).compactMap { line.keys[$0] }
        guard let noun = after.firstIndex(where: personPlurals.contains), !after[..<noun].contains(where: rosterJoiners.contains) else { return nil }
        return (value, number.range)
    }
}
