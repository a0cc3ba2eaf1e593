import FormCheckKit

extension Terminal {
    /// The session's answer, or exit code 2 with its error (a `SessionError`) printed.
    func exitOnError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            self.error(String(describing: error))
            throw ExitStatus.usage.code
        }
    }
}
