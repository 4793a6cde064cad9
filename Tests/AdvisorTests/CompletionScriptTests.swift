import Foundation
import Testing

/// The shell completion scripts (`advisor --generate-completion-script bash|zsh|fish`) complete
/// files and folders where the options take them, and the help that the man page is made from
/// (`--experimental-dump-help`) describes every option.
@Suite struct CompletionScriptTests {
    /// What one option or argument completes: files with these extensions (none: any file), or folders.
    enum PathKind {
        case files([String])
        case folders
    }

    /// Every path option and argument: the subcommand, the option (or the argument's value name)
    /// and what it completes.
    static let paths: [(command: String, name: String, kind: PathKind)] = [
        ("advise", "--answers", .files(["json", "yaml", "yml"])),
        ("advise", "--costs-file", .files(["yaml", "yml"])),
        ("advise", "--rules", .folders),
        ("batch", "file", .files(["jsonl", "csv"])),
        ("batch", "--output", .files([])),
        ("batch", "--rules", .folders),
        ("rules check", "--rules", .folders),
        ("rules test", "--rules", .folders),
        ("rules docs", "--rules", .folders),
        ("rules diff", "old-dir", .folders),
        ("rules diff", "new-dir", .folders),
        ("rules diff", "--rules", .folders),
        ("mcp", "--rules", .folders),
    ]

    static func script(_ shell: String) throws -> String {
        let result = try AdvisorBinary.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The body of one bash function of the script, `_advisor_rules_check` say.
    static func bashFunction(_ name: String, in script: String) throws -> String {
        let start = try #require(script.range(of: "\n\(name)() {\n"), "no function \(name)")
        let end = try #require(script.range(of: "\n}\n", range: start.upperBound..<script.endIndex))
        return String(script[start.upperBound..<end.lowerBound])
    }

    @Test func bashCompletesFilesByExtensionAndFoldersByKind() throws {
        let script = try Self.script("bash")
        for (command, name, kind) in Self.paths {
            let function = try Self.bashFunction("_advisor_" + command.replacingOccurrences(of: " ", with: "_"), in: script)
            let completion: String
            switch kind {
            case .files([]): completion = "__advisor_add_completions -f"
            case .files(let extensions): completion = "__advisor_add_completions -o plusdirs -fX '!*.@(\(extensions.joined(separator: "|")))'"
            case .folders: completion = "__advisor_add_completions -d"
            }
            if name.hasPrefix("--") {
                #expect(function.contains("    '\(name)')\n        \(completion)\n        return\n"), "\(command) \(name): \(completion)")
            } else {
                let position = ["file": 1, "old-dir": 1, "new-dir": 2][name] ?? 0
                #expect(function.contains("    \(position))\n        \(completion)\n        return\n"), "\(command) \(name): \(completion)")
            }
        }
    }

    /// `--detail` completes to its two levels, like `--format` to its formats, in every shell.
    @Test func detailCompletesToItsLevels() throws {
        let bash = try Self.bashFunction("_advisor_advise", in: try Self.script("bash"))
        #expect(bash.contains("    '--detail')\n        __advisor_add_completions -W 'summary'$'\\n''full'\n        return\n"), "\(bash)")
        #expect(try Self.script("zsh").contains("local -ar ___detail=('summary' 'full')"))
        #expect(try Self.script("fish").contains("-l 'detail'") && Self.script("fish").contains("-rfka 'summary full'"))
    }

    @Test func zshCompletesFilesByExtensionAndFoldersByKind() throws {
        let script = try Self.script("zsh")
        for (command, name, kind) in Self.paths {
            let completion: String
            switch kind {
            case .files([]): completion = ":_files'"
            case .files(let extensions): completion = ":_files -g '\\''" + extensions.map { "*.\($0)" }.joined(separator: " ") + "'\\'''"
            case .folders: completion = ":_files -/'"
            }
            let function = "_advisor_" + command.replacingOccurrences(of: " ", with: "_") + "() {"
            let body = try #require(script.components(separatedBy: function).dropFirst().first?.components(separatedBy: "\n}\n").first)
            let line =
                name.hasPrefix("--")
                ? body.split(separator: "\n").first { $0.contains("'\(name)[") } : body.split(separator: "\n").first { $0.contains("':\(name):") }
            #expect(line?.hasSuffix(completion) == true, "\(command) \(name): \(line ?? "missing")")
        }
    }

    @Test func fishCompletesFilesByExtensionAndFoldersByKind() throws {
        let script = try Self.script("fish")
        for (command, name, kind) in Self.paths {
            let condition =
                name.hasPrefix("--")
                ? "__advisor_should_offer_completions_for_flags_or_options \"advisor \(command)\" \(name.dropFirst(2))' -l '\(name.dropFirst(2))'"
                : "__advisor_should_offer_completions_for_positional \"advisor \(command)\" -eq \(["file": 1, "old-dir": 1, "new-dir": 2][name] ?? 0)'"
            let line = script.split(separator: "\n").first { $0.contains(condition) }
            let completion: String
            switch kind {
            case .files([]): completion = " -rF"
            case .files(let extensions):
                completion = "a '(set -l exts " + extensions.map { "\\'\($0)\\'" }.joined(separator: " ") + ";"
            case .folders: completion = "a '(__advisor_complete_directories)'"
            }
            #expect(line?.contains(completion) == true, "\(command) \(name): \(line.map(String.init) ?? "missing")")
        }
    }

    /// Runs the generated bash completion in a folder of sample files, as bash would on Tab.
    @Test(arguments: [
        ("advisor advise --answers ", "Rules/ a.json b.yaml c.yml sub/"),
        ("advisor advise --costs-file ", "Rules/ b.yaml c.yml sub/"),
        ("advisor batch ", "Rules/ e.jsonl f.csv sub/"),
        ("advisor batch --output ", "Rules/ a.json b.yaml c.yml d.txt e.jsonl f.csv sub/"),
        ("advisor batch --rules ", "Rules/ sub/"),
        ("advisor rules diff ", "Rules/ sub/"),
        ("advisor rules diff Rules ", "Rules/ sub/"),
        ("advisor rules check --rules R", "Rules/"),
    ])
    func bashOffersTheMatchingFilesAndFolders(line: String, expected: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Rules"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["a.json", "b.yaml", "c.yml", "d.txt", "e.jsonl", "f.csv"] {
            try Data().write(to: folder.appendingPathComponent(file))
        }
        // COMP_WORDS as bash splits the line; a trailing space starts an empty word. Folders are
        // marked with a slash here (complete -o filenames does that in an interactive shell).
        let result = try AdvisorBinary.shell(
            """
            source <("$0" --generate-completion-script bash) && cd "$1" || exit 1
            COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMPREPLY=()
            _advisor advisor "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            for word in "${COMPREPLY[@]}"; do [[ -d "$word" ]] && echo "$word/" || echo "$word"; done | sort | tr '\\n' ' '
            """, [folder.path, line])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected + " ", "\(line)")
    }

    /// The tool description that `swift package generate-manual` turns into the man page.
    static func dumpedHelp() throws -> [String: Any] {
        let result = try AdvisorBinary.run(["--experimental-dump-help"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(json["command"] as? [String: Any])
    }

    /// Every command but argument-parser's own `help`, with its path ("advisor rules check").
    static func commands(_ command: [String: Any], path: String = "advisor") -> [(String, [String: Any])] {
        let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["commandName"] as? String != "help" }
        return [(path, command)] + subcommands.flatMap { commands($0, path: path + " " + ($0["commandName"] as? String ?? "?")) }
    }

    @Test func everyCommandAndOptionHasHelpText() throws {
        let commands = Self.commands(try Self.dumpedHelp())
        #expect(
            commands.map(\.0) == [
                "advisor", "advisor advise", "advisor batch", "advisor rules", "advisor rules check", "advisor rules test", "advisor rules docs",
                "advisor rules diff", "advisor mcp",
            ])
        // generate-manual drops every character outside ASCII from the man page (an arrow vanished).
        func isASCII(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(\.isASCII) }
        for (path, command) in commands {
            let abstract = command["abstract"] as? String ?? ""
            #expect(!abstract.isEmpty && isASCII(abstract), "\(path): no abstract, or not plain ASCII")
            let discussion = command["discussion"] as? String ?? ""
            #expect(isASCII(discussion), "\(path): the discussion is not plain ASCII")
            // A line of prose ending in a backslash is a '\\' at the end of a line of the raw
            // string; only an indented example may continue its command on the next line.
            for line in discussion.split(separator: "\n") where line.hasSuffix("\\") {
                #expect(line.hasPrefix("  "), "\(path): a stray backslash after '\(line)'")
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let name = (argument["preferredName"] as? [String: Any])?["name"] as? String ?? argument["valueName"] as? String ?? "?"
                let help = argument["abstract"] as? String ?? ""
                #expect(!help.isEmpty && isASCII(help), "\(path) \(name): no help text, or not plain ASCII")
            }
        }
    }

    @Test func everyPathOptionDeclaresItsCompletionKind() throws {
        let commands = Self.commands(try Self.dumpedHelp())
        var declared: [String] = []
        for (path, command) in commands {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let valueName = argument["valueName"] as? String ?? ""
                guard ["file", "dir"].contains(valueName) || valueName.hasSuffix("-dir") || valueName.hasSuffix("-file") else { continue }
                let kind = argument["completionKind"] as? [String: Any] ?? [:]
                let name = (argument["preferredName"] as? [String: Any])?["name"].map { "--\($0)" } ?? valueName
                #expect(kind["file"] != nil || kind["directory"] != nil, "\(path) \(name) takes a path but completes no files")
                declared.append("\(path.dropFirst("advisor ".count)) \(name)")
            }
        }
        #expect(declared.sorted() == Self.paths.map { "\($0.command) \($0.name)" }.sorted())
    }
}
