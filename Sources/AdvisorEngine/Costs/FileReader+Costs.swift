import AdvisorModel
import Foundation

extension FileReader {
    /// The files of a cost model given on its own (`--costs-file`): the file itself, or every
    /// `.yaml` file of a folder, read with the same limits as rule files.
    public static func costFiles(at path: String) throws(FileReadError) -> [RuleFile] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return try ruleFiles(in: path)
        }
        let data = try read(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileReadError(kind: .notText, path: path, message: "is not UTF-8 text")
        }
        return [RuleFile(path: path, relativePath: URL(fileURLWithPath: path).lastPathComponent, contents: text)]
    }
}
