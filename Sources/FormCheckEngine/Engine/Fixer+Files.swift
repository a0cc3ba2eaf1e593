import Foundation

extension Fixer {
    /// One file's fixing: the outcome, or why the file could not be read or written.
    public struct FileResult: Sendable {
        public var path: String
        public var outcome: Fixer.Outcome?
        /// A read or write error, as reported to the user.
        public var failure: String?
    }

    /// Reads, fixes and (when `write`) atomically rewrites files in parallel; results keep
    /// the order of `paths`. A file whose write fails is left as it was.
    public func fix(paths: [String], write: Bool) -> [FileResult] {
        let results = ResultSlots<FileResult>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            do {
                let outcome = fix(try SourceFileLoader.load(path))
                if write, outcome.changed { try AtomicWriter.write(outcome.fixed, to: path) }
                results[index] = FileResult(path: path, outcome: outcome)
            } catch let error as SourceFileLoader.Failure {
                results[index] = FileResult(path: path, failure: error.description)
            } catch let error as AtomicWriter.Failure {
                results[index] = FileResult(path: path, failure: error.description)
            } catch {
                results[index] = FileResult(path: path, failure: "\(path): error: \(error)")
            }
        }
        return results.values.compactMap { $0 }
    }
}
