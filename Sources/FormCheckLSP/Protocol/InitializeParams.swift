/// The part of `initialize`'s parameters the server reads: whether the client can watch
/// files for it (so a changed configuration or pack is reloaded at once).
public struct InitializeParams: Codable, Sendable {
    public var capabilities: ClientCapabilities?

    public struct ClientCapabilities: Codable, Sendable {
        public var workspace: Workspace?
    }

    public struct Workspace: Codable, Sendable {
        public var didChangeWatchedFiles: DynamicRegistration?
    }

    public struct DynamicRegistration: Codable, Sendable {
        public var dynamicRegistration: Bool?
    }

    /// Whether `client/registerCapability` for `workspace/didChangeWatchedFiles` is understood.
    public var clientWatchesFiles: Bool {
        capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false
    }
}

/// `client/registerCapability` parameters asking the client to report changes to YAML
/// files (configurations and packs).
public struct RegistrationParams: Codable, Sendable {
    public var registrations: [Registration]

    public struct Registration: Codable, Sendable {
        public var id: String
        public var method: String
        public var registerOptions: WatchOptions
    }

    public struct WatchOptions: Codable, Sendable {
        public var watchers: [Watcher]
    }

    public struct Watcher: Codable, Sendable {
        public var globPattern: String
    }

    /// Watch every `.yml` and `.yaml` file of the workspace.
    public static let ruleFiles = RegistrationParams(registrations: [Registration(
        id: "formcheck-rule-files", method: "workspace/didChangeWatchedFiles",
        registerOptions: WatchOptions(watchers: [Watcher(globPattern: "**/*.{yml,yaml}")]))])
}
