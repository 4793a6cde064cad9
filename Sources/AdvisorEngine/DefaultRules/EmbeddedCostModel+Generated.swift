// Generated from Rules/ by `swift run generate-advisor-rules`. Do not edit.
// swift-format-ignore-file

import AdvisorModel

import Foundation

// The built-in cost model as loaded and checked from Rules/, so that start-up reads no YAML.
extension EmbeddedRules {
    static func costModel(claims: [Claim]) -> CostModel {
        CostModel(currency: "USD", parameters: parameters(claims), estimates: estimates)
    }

    private static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// A number as the rule files write it (the generator writes only valid ones).
    private static func number(_ text: String) -> Decimal { Decimal(string: text, locale: nil) ?? .nan }

    private static func parameters(_ claims: [Claim]) -> [CostParameter] {
        [
            CostParameter(
                id: "break_fix_hourly_rate", unitText: "USD/hour",
                unit: CostUnit(dimensions: ["USD": 1, "hour": -1], scale: Fraction(1, 1)),
                description: "What a break-fix shop bills for an hour of a technician's time.",
                provenance: Provenance.assumption("The article quotes no rates. A firm with several technicians and a sales person or two to pay for typically bills around this much in the US."),
                interpretation: nil,
                value: CostValue(typical: number("125"), quietYear: number("125"), badYear: number("125")),
                cases: [],
                location: at("Rules/costs.yaml", 16, 7)),
            CostParameter(
                id: "sole_proprietor_hourly_rate", unitText: "USD/hour",
                unit: CostUnit(dimensions: ["USD": 1, "hour": -1], scale: Fraction(1, 1)),
                description: "What an independent consultant bills for an hour of work.",
                provenance: Provenance.assumption("The article quotes no rates; a one-person practice carries no sales staff or office, so it usually bills less than a shop."),
                interpretation: nil,
                value: CostValue(typical: number("95"), quietYear: number("95"), badYear: number("95")),
                cases: [],
                location: at("Rules/costs.yaml", 24, 7)),
            CostParameter(
                id: "managed_fee_per_user_month", unitText: "USD/user/month",
                unit: CostUnit(dimensions: ["USD": 1, "user": -1, "year": -1], scale: Fraction(12, 1)),
                description: "The managed service's fixed fee for each user, covering monitoring, updates, help desk and repairs.",
                provenance: Provenance.assumption("The article announced but did not cover managed services; this is a common price for small businesses in the US."),
                interpretation: nil,
                value: CostValue(typical: number("100"), quietYear: number("100"), badYear: number("100")),
                cases: [],
                location: at("Rules/costs.yaml", 32, 7)),
            CostParameter(
                id: "managed_minimum_fee_month", unitText: "USD/month",
                unit: CostUnit(dimensions: ["USD": 1, "year": -1], scale: Fraction(12, 1)),
                description: "The smallest monthly bill a managed service accepts, however few the users.",
                provenance: Provenance.assumption("Providers usually set a minimum monthly charge for very small clients."),
                interpretation: nil,
                value: CostValue(typical: number("600"), quietYear: number("600"), badYear: number("600")),
                cases: [],
                location: at("Rules/costs.yaml", 40, 7)),
            CostParameter(
                id: "in_house_salary", unitText: "USD/staff/year",
                unit: CostUnit(dimensions: ["USD": 1, "staff": -1, "year": -1], scale: Fraction(1, 1)),
                description: "The salary of one IT generalist on your staff.",
                provenance: Provenance.assumption("The article does not cover in-house IT; this is a typical US salary for a small business's only IT person."),
                interpretation: nil,
                value: CostValue(typical: number("70000"), quietYear: number("70000"), badYear: number("70000")),
                cases: [],
                location: at("Rules/costs.yaml", 46, 7)),
            CostParameter(
                id: "in_house_overhead", unitText: "percent",
                unit: CostUnit(dimensions: [:], scale: Fraction(1, 100)),
                description: "What an employee costs on top of the salary (payroll taxes, benefits, training, equipment).",
                provenance: Provenance.assumption("A common rule of thumb for the cost of an employee beyond the salary."),
                interpretation: nil,
                value: CostValue(typical: number("30"), quietYear: number("30"), badYear: number("30")),
                cases: [],
                location: at("Rules/costs.yaml", 54, 7)),
            CostParameter(
                id: "in_house_users_per_staff", unitText: "users/staff",
                unit: CostUnit(dimensions: ["staff": -1, "user": 1], scale: Fraction(1, 1)),
                description: "How many users one IT employee can look after; past that, more staff time grows in step with the users.",
                provenance: Provenance.assumption("The article does not cover in-house IT. Common ratios for a small business's IT staff run from about one person per fifty users to one per hundred or more; we take the top of that range, for a generalist with the tools a managed service uses and outside specialists for outages (in_house_escalation_hours_per_outage). At this ratio one employee with overhead and tools costs less than a managed service's fees from about 90 users, near where the in-house rules recommend your own staff (100 users). Past a hundred users we count a share of a further salary for each user (part-time or contract help at the same cost), not a whole second post at once."),
                interpretation: nil,
                value: CostValue(typical: number("100"), quietYear: number("100"), badYear: number("100")),
                cases: [],
                location: at("Rules/costs.yaml", 60, 7)),
            CostParameter(
                id: "in_house_minimum_staff", unitText: "staff",
                unit: CostUnit(dimensions: ["staff": 1], scale: Fraction(1, 1)),
                description: "The smallest IT staff you can employ, however few the users.",
                provenance: Provenance.assumption("IT staff are hired as at least one full-time post; nobody is employed for a fraction of one."),
                interpretation: nil,
                value: CostValue(typical: number("1"), quietYear: number("1"), badYear: number("1")),
                cases: [],
                location: at("Rules/costs.yaml", 76, 7)),
            CostParameter(
                id: "in_house_tools_per_user_month", unitText: "USD/user/month",
                unit: CostUnit(dimensions: ["USD": 1, "user": -1, "year": -1], scale: Fraction(12, 1)),
                description: "Monitoring, backup and security software your own staff need, which a managed service includes in its fee.",
                provenance: Provenance.assumption("Typical per-user prices of such tools bought by a small business."),
                interpretation: nil,
                value: CostValue(typical: number("15"), quietYear: number("15"), badYear: number("15")),
                cases: [],
                location: at("Rules/costs.yaml", 82, 7)),
            CostParameter(
                id: "support_hours_per_user_year", unitText: "hours/user/year",
                unit: CostUnit(dimensions: ["hour": 1, "user": -1, "year": -1], scale: Fraction(1, 1)),
                description: "Technician hours a year, per user, for routine fixes and small requests when you call only as things break.",
                provenance: Provenance.claims([claims[23], claims[22]]),
                interpretation: "The article says a handful of users may go a month or two without an IT bill; we read that as about 2 hours per user a year on a simple setup and 4 with servers, and in a quiet year so little that five users need at most about ten hours, leaving months without a bill.",
                value: CostValue(typical: number("4"), quietYear: number("1.5"), badYear: number("7")),
                cases: [CostParameter.Case(conditionText: "network_complexity == simple", condition: Condition.choiceIn(3, [0]), value: CostValue(typical: number("2"), quietYear: number("0.5"), badYear: number("4")), location: at("Rules/costs.yaml", 94, 11)), CostParameter.Case(conditionText: "network_complexity == complex", condition: Condition.choiceIn(3, [2]), value: CostValue(typical: number("7"), quietYear: number("1.5"), badYear: number("11")), location: at("Rules/costs.yaml", 98, 11))],
                location: at("Rules/costs.yaml", 89, 7)),
            CostParameter(
                id: "maintenance_hours_per_user_year", unitText: "hours/user/year",
                unit: CostUnit(dimensions: ["hour": 1, "user": -1, "year": -1], scale: Fraction(1, 1)),
                description: "Hours a year, per user, of preventive work (updates, log reviews, health checks) when an hourly provider is asked to do it.",
                provenance: Provenance.claims([claims[13], claims[14]]),
                interpretation: "The article names the work (reviewing logs, checking the health of the systems) but not its hours; we read it as about an hour per user a year (half that on a simple setup, half as much again on a complicated one), small beside the fires it prevents, which the article finds far more expensive.",
                value: CostValue(typical: number("0"), quietYear: number("0"), badYear: number("0")),
                cases: [CostParameter.Case(conditionText: "proactive_care and network_complexity == simple", condition: Condition.and([Condition.isTrue(5), Condition.choiceIn(3, [0])]), value: CostValue(typical: number("0.5"), quietYear: number("0.5"), badYear: number("0.5")), location: at("Rules/costs.yaml", 113, 11)), CostParameter.Case(conditionText: "proactive_care and network_complexity == complex", condition: Condition.and([Condition.isTrue(5), Condition.choiceIn(3, [2])]), value: CostValue(typical: number("1.5"), quietYear: number("1.5"), badYear: number("1.5")), location: at("Rules/costs.yaml", 115, 11)), CostParameter.Case(conditionText: "proactive_care", condition: Condition.isTrue(5), value: CostValue(typical: number("1"), quietYear: number("1"), badYear: number("1")), location: at("Rules/costs.yaml", 117, 11))],
                location: at("Rules/costs.yaml", 110, 7)),
            CostParameter(
                id: "sole_proprietor_capacity_hours_per_year", unitText: "hours/year",
                unit: CostUnit(dimensions: ["hour": 1, "year": -1], scale: Fraction(1, 1)),
                description: "The hours a year one consultant with other clients can give your business; work beyond that goes to a break-fix shop at its rate.",
                provenance: Provenance.claims([claims[2], claims[19]]),
                interpretation: "The article says one person runs into scaling problems and that technicians bill 30 to 40 hours a week; we assume a consultant gives no one client more than about an eighth of such a year, 200 hours.",
                value: CostValue(typical: number("200"), quietYear: number("200"), badYear: number("200")),
                cases: [],
                location: at("Rules/costs.yaml", 128, 7)),
            CostParameter(
                id: "outages_per_year", unitText: "outages/year",
                unit: CostUnit(dimensions: ["outage": 1, "year": -1], scale: Fraction(1, 1)),
                description: "Outages a year that stop everyone's work (a server, the network, the internet line, a shared system) when nobody prevents them; they come with the systems, not with each new person.",
                provenance: Provenance.assumption("The article gives no frequencies. We assume somewhat less than one such outage a year on a simple setup (0.8), more with servers (1.2) and most with many systems or several sites (2); a quiet year is one without any, a bad year brings two to three times as many (2, 3 and 4.5). The number does not grow with the users: a bigger business loses more work in each outage, not more outages (a single broken computer stops one person and is a routine fix, counted in the support hours)."),
                interpretation: nil,
                value: CostValue(typical: number("1.2"), quietYear: number("0"), badYear: number("3")),
                cases: [CostParameter.Case(conditionText: "network_complexity == simple", condition: Condition.choiceIn(3, [0]), value: CostValue(typical: number("0.8"), quietYear: number("0"), badYear: number("2")), location: at("Rules/costs.yaml", 146, 11)), CostParameter.Case(conditionText: "network_complexity == complex", condition: Condition.choiceIn(3, [2]), value: CostValue(typical: number("2"), quietYear: number("0"), badYear: number("4.5")), location: at("Rules/costs.yaml", 150, 11))],
                location: at("Rules/costs.yaml", 141, 7)),
            CostParameter(
                id: "hourly_outage_share", unitText: "percent",
                unit: CostUnit(dimensions: [:], scale: Fraction(1, 100)),
                description: "The share of those outages that still happen with hourly support; preventive hours bought by the hour prevent some.",
                provenance: Provenance.claims([claims[14], claims[12]]),
                interpretation: "The article finds fire-fighting far more expensive than prevention but gives no share; we read agreed preventive care from an hourly provider as preventing half the outages, a little less than a managed service, as such work is squeezed between fires.",
                value: CostValue(typical: number("100"), quietYear: number("100"), badYear: number("100")),
                cases: [CostParameter.Case(conditionText: "proactive_care", condition: Condition.isTrue(5), value: CostValue(typical: number("50"), quietYear: number("50"), badYear: number("50")), location: at("Rules/costs.yaml", 169, 11))],
                location: at("Rules/costs.yaml", 166, 7)),
            CostParameter(
                id: "managed_outage_share", unitText: "percent",
                unit: CostUnit(dimensions: [:], scale: Fraction(1, 100)),
                description: "The share of those outages that still happen when a managed service monitors and maintains your systems.",
                provenance: Provenance.claims([claims[26]]),
                interpretation: "The article promises less downtime from a fully managed service without saying how much less; we read it as 60 percent fewer outages.",
                value: CostValue(typical: number("40"), quietYear: number("40"), badYear: number("40")),
                cases: [],
                location: at("Rules/costs.yaml", 179, 7)),
            CostParameter(
                id: "in_house_outage_share", unitText: "percent",
                unit: CostUnit(dimensions: [:], scale: Fraction(1, 100)),
                description: "The share of those outages that still happen when your own IT person does preventive work every day.",
                provenance: Provenance.assumption("Daily care on site prevents about as much as a managed service's monitoring, a little less without its tools and its staff's breadth."),
                interpretation: nil,
                value: CostValue(typical: number("50"), quietYear: number("50"), badYear: number("50")),
                cases: [],
                location: at("Rules/costs.yaml", 188, 7)),
            CostParameter(
                id: "outage_repair_hours", unitText: "hours/outage",
                unit: CostUnit(dimensions: ["hour": 1, "outage": -1], scale: Fraction(1, 1)),
                description: "Technician hours billed to put one outage right.",
                provenance: Provenance.claims([claims[15]]),
                interpretation: "The article speaks of a bill of a couple of thousand dollars after an outage; at a shop's 125 USD an hour we read that as 16 hours (2,000 USD), from 8 (1,000 USD) to 24 (3,000 USD).",
                value: CostValue(typical: number("16"), quietYear: number("8"), badYear: number("24")),
                cases: [],
                location: at("Rules/costs.yaml", 196, 7)),
            CostParameter(
                id: "in_house_escalation_hours_per_outage", unitText: "hours/outage",
                unit: CostUnit(dimensions: ["hour": 1, "outage": -1], scale: Fraction(1, 1)),
                description: "Hours of outside specialists, at break-fix rates, that your own IT person calls in for an outage.",
                provenance: Provenance.assumption("One person cannot know everything; part of a serious outage needs outside help."),
                interpretation: nil,
                value: CostValue(typical: number("4"), quietYear: number("4"), badYear: number("4")),
                cases: [],
                location: at("Rules/costs.yaml", 207, 7)),
            CostParameter(
                id: "downtime_hours_per_outage", unitText: "hours/outage",
                unit: CostUnit(dimensions: ["hour": 1, "outage": -1], scale: Fraction(1, 1)),
                description: "How long an outage stops work when a technician is called after it happens.",
                provenance: Provenance.assumption("Getting a technician in, finding the fault and fixing it typically takes a working day, a bad one two."),
                interpretation: nil,
                value: CostValue(typical: number("8"), quietYear: number("4"), badYear: number("16")),
                cases: [],
                location: at("Rules/costs.yaml", 214, 7)),
            CostParameter(
                id: "sole_proprietor_wait_hours", unitText: "hours/outage",
                unit: CostUnit(dimensions: ["hour": 1, "outage": -1], scale: Fraction(1, 1)),
                description: "Extra waiting, per outage, when your one consultant is busy with another client.",
                provenance: Provenance.claims([claims[6], claims[2]]),
                interpretation: "The article says one consultant cannot fix several problems at once but puts no time on it; we read that as half a working day of extra waiting per outage, a full day in a bad year.",
                value: CostValue(typical: number("4"), quietYear: number("0"), badYear: number("8")),
                cases: [],
                location: at("Rules/costs.yaml", 224, 7)),
            CostParameter(
                id: "managed_downtime_hours_per_outage", unitText: "hours/outage",
                unit: CostUnit(dimensions: ["hour": 1, "outage": -1], scale: Fraction(1, 1)),
                description: "How long an outage stops work when a managed service's monitoring catches it and its staff already know your systems.",
                provenance: Provenance.claims([claims[26]]),
                interpretation: "The article promises less downtime without a figure; we read an outage under a managed service as lasting half as long as one fixed after a call, 4 hours against 8.",
                value: CostValue(typical: number("4"), quietYear: number("2"), badYear: number("8")),
                cases: [],
                location: at("Rules/costs.yaml", 235, 7)),
            CostParameter(
                id: "in_house_downtime_hours_per_outage", unitText: "hours/outage",
                unit: CostUnit(dimensions: ["hour": 1, "outage": -1], scale: Fraction(1, 1)),
                description: "How long an outage stops work when your own IT person is on site.",
                provenance: Provenance.assumption("Someone on site who knows the systems can start at once."),
                interpretation: nil,
                value: CostValue(typical: number("3"), quietYear: number("1"), badYear: number("8")),
                cases: [],
                location: at("Rules/costs.yaml", 246, 7)),
            CostParameter(
                id: "downtime_cost_per_user_hour", unitText: "USD/user/hour",
                unit: CostUnit(dimensions: ["USD": 1, "hour": -1, "user": -1], scale: Fraction(1, 1)),
                description: "What an hour without working computers costs, per person, in lost work and sales.",
                provenance: Provenance.assumption("Little when work can wait; about a loaded hourly wage when work stops; twice that when sales are lost too."),
                interpretation: nil,
                value: CostValue(typical: number("30"), quietYear: number("30"), badYear: number("30")),
                cases: [CostParameter.Case(conditionText: "downtime_cost == low", condition: Condition.choiceIn(4, [0]), value: CostValue(typical: number("10"), quietYear: number("10"), badYear: number("10")), location: at("Rules/costs.yaml", 257, 11)), CostParameter.Case(conditionText: "downtime_cost == high", condition: Condition.choiceIn(4, [2]), value: CostValue(typical: number("60"), quietYear: number("60"), badYear: number("60")), location: at("Rules/costs.yaml", 259, 11))],
                location: at("Rules/costs.yaml", 254, 7)),
        ]
    }

    private static let estimates: [[CostPartFormula]] = [
        [
            CostPartFormula(
                kind: .labour, description: "Routine fixes and any preventive work at the consultant's rate, up to what one person can give you; the rest from a shop.",
                formulaText: "min(users * (support_hours_per_user_year + maintenance_hours_per_user_year), sole_proprietor_capacity_hours_per_year) * sole_proprietor_hourly_rate + max(0, users * (support_hours_per_user_year + maintenance_hours_per_user_year) - sole_proprietor_capacity_hours_per_year) * break_fix_hourly_rate",
                formula: CostFormula.binary(.add, CostFormula.binary(.multiply, CostFormula.function(.min, [CostFormula.binary(.multiply, CostFormula.question(0), CostFormula.binary(.add, CostFormula.parameter(9), CostFormula.parameter(10))), CostFormula.parameter(11)]), CostFormula.parameter(1)), CostFormula.binary(.multiply, CostFormula.function(.max, [CostFormula.number(number("0")), CostFormula.binary(.subtract, CostFormula.binary(.multiply, CostFormula.question(0), CostFormula.binary(.add, CostFormula.parameter(9), CostFormula.parameter(10))), CostFormula.parameter(11))]), CostFormula.parameter(0))),
                location: at("Rules/costs.yaml", 270, 11)),
            CostPartFormula(
                kind: .outages, description: "Hours billed to repair outages.",
                formulaText: "outages_per_year * hourly_outage_share * outage_repair_hours * sole_proprietor_hourly_rate",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.parameter(12), CostFormula.parameter(13)), CostFormula.parameter(16)), CostFormula.parameter(1)),
                location: at("Rules/costs.yaml", 275, 11)),
            CostPartFormula(
                kind: .downtime, description: "Work lost during outages, longer while the one consultant is elsewhere.",
                formulaText: "outages_per_year * hourly_outage_share * (downtime_hours_per_outage + sole_proprietor_wait_hours) * users * downtime_cost_per_user_hour",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.parameter(12), CostFormula.parameter(13)), CostFormula.binary(.add, CostFormula.parameter(18), CostFormula.parameter(19))), CostFormula.question(0)), CostFormula.parameter(22)),
                location: at("Rules/costs.yaml", 278, 11)),
        ],
        [
            CostPartFormula(
                kind: .labour, description: "Routine fixes and any preventive work, billed by the hour.",
                formulaText: "users * (support_hours_per_user_year + maintenance_hours_per_user_year) * break_fix_hourly_rate",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.question(0), CostFormula.binary(.add, CostFormula.parameter(9), CostFormula.parameter(10))), CostFormula.parameter(0)),
                location: at("Rules/costs.yaml", 284, 11)),
            CostPartFormula(
                kind: .outages, description: "Hours billed to repair outages.",
                formulaText: "outages_per_year * hourly_outage_share * outage_repair_hours * break_fix_hourly_rate",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.parameter(12), CostFormula.parameter(13)), CostFormula.parameter(16)), CostFormula.parameter(0)),
                location: at("Rules/costs.yaml", 287, 11)),
            CostPartFormula(
                kind: .downtime, description: "Work lost during outages, which stop everyone until they are fixed.",
                formulaText: "outages_per_year * hourly_outage_share * downtime_hours_per_outage * users * downtime_cost_per_user_hour",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.parameter(12), CostFormula.parameter(13)), CostFormula.parameter(18)), CostFormula.question(0)), CostFormula.parameter(22)),
                location: at("Rules/costs.yaml", 290, 11)),
        ],
        [
            CostPartFormula(
                kind: .fees, description: "The fixed monthly fee, which includes routine work and repairs.",
                formulaText: "max(users * managed_fee_per_user_month, managed_minimum_fee_month)",
                formula: CostFormula.function(.max, [CostFormula.binary(.multiply, CostFormula.question(0), CostFormula.parameter(2)), CostFormula.parameter(3)]),
                location: at("Rules/costs.yaml", 296, 11)),
            CostPartFormula(
                kind: .downtime, description: "Work lost during the fewer, shorter outages.",
                formulaText: "outages_per_year * managed_outage_share * managed_downtime_hours_per_outage * users * downtime_cost_per_user_hour",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.parameter(12), CostFormula.parameter(14)), CostFormula.parameter(20)), CostFormula.question(0)), CostFormula.parameter(22)),
                location: at("Rules/costs.yaml", 299, 11)),
        ],
        [
            CostPartFormula(
                kind: .fees, description: "Tools your own staff need.",
                formulaText: "users * in_house_tools_per_user_month",
                formula: CostFormula.binary(.multiply, CostFormula.question(0), CostFormula.parameter(8)),
                location: at("Rules/costs.yaml", 305, 11)),
            CostPartFormula(
                kind: .labour, description: "Salary and overhead of one IT employee, and beyond the users one can look after a share of more staff time for each user.",
                formulaText: "max(users / in_house_users_per_staff, in_house_minimum_staff) * in_house_salary * (1 + in_house_overhead)",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.function(.max, [CostFormula.binary(.divide, CostFormula.question(0), CostFormula.parameter(6)), CostFormula.parameter(7)]), CostFormula.parameter(4)), CostFormula.binary(.add, CostFormula.number(number("1")), CostFormula.parameter(5))),
                location: at("Rules/costs.yaml", 308, 11)),
            CostPartFormula(
                kind: .outages, description: "Outside specialists for outages.",
                formulaText: "outages_per_year * in_house_outage_share * in_house_escalation_hours_per_outage * break_fix_hourly_rate",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.parameter(12), CostFormula.parameter(15)), CostFormula.parameter(17)), CostFormula.parameter(0)),
                location: at("Rules/costs.yaml", 311, 11)),
            CostPartFormula(
                kind: .downtime, description: "Work lost during outages, shorter with someone on site.",
                formulaText: "outages_per_year * in_house_outage_share * in_house_downtime_hours_per_outage * users * downtime_cost_per_user_hour",
                formula: CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.binary(.multiply, CostFormula.parameter(12), CostFormula.parameter(15)), CostFormula.parameter(21)), CostFormula.question(0)), CostFormula.parameter(22)),
                location: at("Rules/costs.yaml", 314, 11)),
        ],
    ]
}
