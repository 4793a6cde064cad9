import Foundation
import Testing
@testable import AdvisorAuthoring
@testable import AdvisorChat
@testable import AdvisorEngine
@testable import AdvisorKit
@testable import AdvisorModel

/// People named one by one with the owner ("me and Dave", "me, my husband and the lady who does
/// the accounts"): counted, and confirmed unless the line says the same number.
@Suite struct RosterTests {
    static let counted: [(String, Int)] = [
        ("me and Dave", 2), ("jus me n the wife", 2), ("only me and the missus", 2), ("nobody apart from me and jo", 2),
        ("It's me and the manager, that's it.", 2), ("Me and my two office girls", 3), ("Me plus 3 girls on reception.", 4),
        ("Nobody apart from the receptionist, the practice manager and myself", 3),
        ("me, my husband, our son on weekends and the lady who comes in on a thursday to do the accounts", 4),
        ("Well there's me, my brother, the two lads in the office doing quotes and orders, and Sharon who does the accounts", 5),
        ("me and my partner and 3 staff", 5),
    ]

    @Test(arguments: counted)
    func aListOfPeopleIsCountedAndConfirmed(text: String, count: Int) throws {
        #expect(try ReaderFixture.read(text, "users") == .unsure(.integer(count)), "\(text)")
    }

    /// The same number said beside the list makes it sure.
    @Test(arguments: ["2 of us, me and Dave", "It's a two-man show, me and the gaffer", "3 - the receptionist, the practice manager and me"])
    func aListThatAgreesWithTheNumberSaidIsSure(text: String) throws {
        let expected = text.hasPrefix("3") ? 3 : 2
        #expect(try ReaderFixture.read(text, "users") == .answer(.integer(expected)), "\(text)")
    }

    /// No list: the owner alone, words that are no person, someone uncounted.
    @Test(arguments: [
        "just me and that's it", "ring me and I'll tell you", "me and the kids", "just me, 5 staff", "Nobody apart from me, really.", "me and my laptop",
    ])
    func whatIsNoListIsNotCounted(text: String) throws {
        #expect(ReaderFixture.roster(text) == nil, "\(text)")
    }

    /// Numbers of days or hours beside the list are no count of people; a count of people that
    /// disagrees leaves the list unread.
    @Test func numbersBesideTheList() throws {
        #expect(try ReaderFixture.read("me and Sharon three days a week", "users") == .unsure(.integer(2)))
        let disagreeing = try ReaderFixture.read("there are 6 of us, me and Sharon", "users")
        #expect(disagreeing != .unsure(.integer(2)) && disagreeing != .answer(.integer(2)), "\(disagreeing)")
    }

    /// A list of the owner and others gives no count of the number in it as a fact.
    @Test func theNumberInAListIsNoFact() throws {
        #expect(try ReaderFixture.facts("its me and 2 staff on the computers").allSatisfy { !$0.hasPrefix("users") })
        #expect(try ReaderFixture.facts("Me and my two office girls").isEmpty, "“office” says which people, not which site")
    }
}

extension ReaderFixture {
    /// The list count of `text`, read whole.
    static func roster(_ text: String) -> Int? {
        PlainAnswerReader.roster(in: PlainAnswerReader.TypedLine(text).all)?.count
    }
}
