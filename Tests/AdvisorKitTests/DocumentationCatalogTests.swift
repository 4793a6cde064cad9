import Foundation
import PseudoTerminalTesting
import Testing

/// The DocC catalog's overview (`Sources/AdvisorKit/AdvisorKit.docc/AdvisorKit.md`) gives every
/// public type of AdvisorKit a place under the stage it belongs to, and names none that is gone,
/// so a new or renamed type shows up here rather than only in a documentation build.
@Suite struct DocumentationCatalogTests {
    static let sources = PackageFolder.root.appendingPathComponent("Sources/AdvisorKit")
    /// The targets whose public API AdvisorKit re-exports.
    static let targets = ["AdvisorModel", "AdvisorEngine", "AdvisorChat", "AdvisorAuthoring", "AdvisorKit"].map {
        PackageFolder.root.appendingPathComponent("Sources/\($0)")
    }

    /// The public top-level types declared in AdvisorKit's sources and the targets it re-exports.
    static func publicTypes() throws -> Set<String> {
        let declaration = /^public (?:final |indirect )?(?:struct|enum|class|actor|protocol|typealias) (\w+)/.anchorsMatchLineEndings()
        var names: Set<String> = []
        for target in targets {
            try addPublicTypes(in: target, matching: declaration, to: &names)
        }
        return names
    }

    private static func addPublicTypes(in folder: URL, matching declaration: some RegexComponent<(Substring, Substring)>, to names: inout Set<String>) throws {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: declaration) { names.insert(String(match.output.1)) }
        }
    }

    @Test func everyPublicTypeHasItsPlaceInTheOverview() throws {
        let overview = try String(contentsOf: Self.sources.appendingPathComponent("AdvisorKit.docc/AdvisorKit.md"), encoding: .utf8)
        let curated = Set(overview.matches(of: /^- ``(\w+)``$/.anchorsMatchLineEndings()).map { String($0.1) })
        let declared = try Self.publicTypes()
        #expect(declared.count > 50, "the sources were read")
        #expect(declared.subtracting(curated).sorted() == [], "public types missing from a topic of AdvisorKit.md")
        #expect(curated.subtracting(declared).sorted() == [], "AdvisorKit.md names types that are not public in AdvisorKit")
    }
}
