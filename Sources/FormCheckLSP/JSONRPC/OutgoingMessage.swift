/// A JSON-RPC response with a result; `result: nil` is written as `null`, as
/// `shutdown` requires.
public struct ResponseMessage<Result: Encodable>: Encodable {
    public var id: RequestID?
    public var result: Result?

    private enum CodingKeys: String, CodingKey { case jsonrpc, id, result }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        if let result { try container.encode(result, forKey: .result) } else { try container.encodeNil(forKey: .result) }
    }
}

/// A JSON-RPC error response (`id` null when the request's id could not be read).
public struct ErrorResponseMessage: Encodable {
    public var id: RequestID?
    public var error: ResponseError

    private enum CodingKeys: String, CodingKey { case jsonrpc, id, error }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
        try container.encode(error, forKey: .error)
    }
}

/// A JSON-RPC error: a code from the JSON-RPC and LSP specifications and a message.
public struct ResponseError: Encodable, Sendable, Error {
    public var code: Int
    public var message: String

    public static func parseError(_ message: String) -> ResponseError { ResponseError(code: -32700, message: message) }
    public static func invalidRequest(_ message: String) -> ResponseError { ResponseError(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> ResponseError { ResponseError(code: -32601, message: "no method '\(method)'") }
    public static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: -32602, message: message) }
    public static let serverNotInitialized = ResponseError(code: -32002, message: "the server has not been initialized")
    public static let shutDown = ResponseError(code: -32600, message: "the server is shutting down")
}

/// A JSON-RPC notification from the server.
public struct NotificationMessage<Params: Encodable>: Encodable {
    public var method: String
    public var params: Params

    private enum CodingKeys: String, CodingKey { case jsonrpc, method, params }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}

/// A JSON-RPC request from the server to the client (its response is read and ignored).
public struct RequestMessage<Params: Encodable>: Encodable {
    public var id: RequestID
    public var method: String
    public var params: Params

    private enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}
