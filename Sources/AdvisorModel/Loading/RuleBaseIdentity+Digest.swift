extension RuleBaseIdentity {
    /// The identity of `files`: every file but the test cases, in order of relative path (compared
    /// as UTF-8 bytes, so the order is the same on every platform), each hashed as its relative
    /// path, a line break, its length in bytes in decimal, a line break, then its bytes. The
    /// framing keeps two different sets of files from hashing alike.
    public init(name: String, files: [RuleFile]) {
        let counted = files.filter { !$0.isTestFile }.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        var hash = SHA256()
        for file in counted {
            let contents = Array(file.contents.utf8)
            hash.update("\(file.relativePath)\n\(contents.count)\n".utf8)
            hash.update(contents)
        }
        self.init(name: name, digest: hash.finalize(), files: counted.map(\.relativePath))
    }

    /// The name of the folder `files` were read from: its last path component ("Rules" for
    /// `./Rules/` or the built-in files); "rules" when it cannot be told.
    public static func folderName(of files: [RuleFile]) -> String {
        guard let file = files.first, file.path.hasSuffix(file.relativePath) else { return "rules" }
        let folder = file.path.dropLast(file.relativePath.count).split(separator: "/").last.map(String.init)
        return folder.flatMap { $0 == "." ? nil : $0 } ?? "rules"
    }
}
