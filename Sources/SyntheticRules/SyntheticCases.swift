/// Random complete cases for the shipped questions, as JSON Lines or CSV rows, for benchmarks.
/// The same seed gives the same cases.
public struct SyntheticCases {
    /// The header row of the cases as CSV.
    public static let csvHeader = "id,users,variable_bills,backup_monitoring,network_complexity,downtime_cost,proactive_care\n"

    private var random: SeededRandom

    /// Cases drawn from a generator seeded with `seed`.
    public init(seed: UInt64 = 1) {
        random = SeededRandom(seed: seed)
    }

    private mutating func values() -> (users: Int, bills: String, backups: Bool, network: String, downtime: String, care: Bool) {
        (
            1 + random.below(random.below(4) == 0 ? 300 : 30),
            ["accept", "prefer_fixed", "no_preference"][random.below(3)],
            random.below(2) == 0,
            ["simple", "moderate", "complex"][random.below(3)],
            ["low", "medium", "high"][random.below(3)],
            random.below(2) == 0
        )
    }

    /// One JSON line (with its line break) for case number `index`.
    public mutating func jsonLine(_ index: Int) -> String {
        let v = values()
        return
            #"{"id": "c\#(index)", "users": \#(v.users), "variable_bills": "\#(v.bills)", "backup_monitoring": \#(v.backups), "network_complexity": "\#(v.network)", "downtime_cost": "\#(v.downtime)", "proactive_care": \#(v.care)}"#
            + "\n"
    }

    /// One CSV row (with its line break) under `csvHeader`; no field needs quoting.
    public mutating func csvRow(_ index: Int) -> String {
        let v = values()
        return "c\(index),\(v.users),\(v.bills),\(v.backups),\(v.network),\(v.downtime),\(v.care)\n"
    }
}
