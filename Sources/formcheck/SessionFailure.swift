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

extension Terminal {
    /// `exitOnError` for async work.
    func exitOnErrorAsync<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            self.error(String(describing: error))
            throw ExitStatus.usage.code
        }
    }
}
