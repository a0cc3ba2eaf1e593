import Crypto
import Foundation

/// SHA-256 digests, in lowercase hex, for the page cache's keys.
package enum CacheDigest {
    /// The digest of byte strings fed one after another, each preceded by its length (so
    /// ("ab", "c") and ("a", "bc") differ).
    package static func of(_ parts: [[UInt8]]) -> String {
        var hasher = SHA256()
        for part in parts {
            withUnsafeBytes(of: UInt64(part.count).littleEndian) { hasher.update(bufferPointer: $0) }
            hasher.update(data: part)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// A page's key: its path and its bytes.
    package static func page(path: String, bytes: [UInt8]) -> String {
        of([Array(path.utf8), bytes])
    }

    /// What makes a page's findings the same from one run to the next besides the page:
    /// FormCheck's version and build, every pack file's bytes and the configuration's.
    /// With page types, every type's rule set counts.
    package static func rules(_ ruleSets: [RuleSet], configPath: String?, tool: String) -> String {
        var parts: [[UInt8]] = [Array(tool.utf8)]
        for text in ruleSets.flatMap(\.packTexts) {
            parts.append(Array(text.path.utf8))
            parts.append(text.bytes)
        }
        if let configPath {
            parts.append(Array(configPath.utf8))
            parts.append((try? SourceFileLoader.load(configPath).bytes) ?? [])
        }
        return of(parts)
    }

    /// FormCheck's version with the size and time of the running executable: a rebuilt
    /// binary (a developer's, a new commit) never reads an older build's findings.
    package static var tool: String {
        var identity = FormCheckVersion.current
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            let size = (attributes[.size] as? Int) ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            identity += " \(size) \(modified)"
        }
        return identity
    }
}
