import Foundation

/// What every JSON-RPC message from the client has: a method (requests and notifications),
/// an id (requests and responses). The parameters are decoded afterwards, by method,
/// through ``IncomingMessage/params(_:from:)``.
public struct IncomingMessage: Decodable, Sendable {
    public var id: RequestID?
    public var method: String?

    public var isRequest: Bool { id != nil && method != nil }

    /// The message's `params` as `P`; throws when they are missing or of another shape.
    public static func params<P: Decodable>(_ type: P.Type, from body: Data) throws -> P {
        try JSONDecoder().decode(Envelope<P>.self, from: body).params
    }

    private struct Envelope<P: Decodable>: Decodable {
        var params: P
    }
}
