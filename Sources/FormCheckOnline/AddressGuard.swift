import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves a host name the way the connection will and says whether any address it gives
/// is one a linter must not reach from CI: loopback, private, link-local (cloud metadata
/// lives there), carrier-grade NAT, multicast, reserved or unspecified.
public enum AddressGuard {
    /// One resolved address, as bytes in network order (4 for IPv4, 16 for IPv6).
    public struct Address: Sendable, Hashable, CustomStringConvertible {
        public var bytes: [UInt8]

        public var description: String {
            if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
            return stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
                .joined(separator: ":")
        }

        /// Whether connecting here could reach the machine itself or its private network.
        public var isPrivate: Bool {
            if bytes.count == 4 { return Self.isPrivateV4(bytes) }
            guard bytes.count == 16 else { return true }
            if bytes.allSatisfy({ $0 == 0 }) { return true }                                    // ::
            if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return true }         // ::1
            if bytes[0] & 0xFE == 0xFC { return true }                                          // fc00::/7 unique local
            if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return true }                      // fe80::/10 link-local
            if bytes[0] == 0xFF { return true }                                                 // multicast
            if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF { // ::ffff:a.b.c.d
                return Self.isPrivateV4(Array(bytes[12..<16]))
            }
            if bytes[0..<12] == [0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] {                 // 64:ff9b::/96 NAT64
                return Self.isPrivateV4(Array(bytes[12..<16]))
            }
            return false
        }

        static func isPrivateV4(_ b: [UInt8]) -> Bool {
            switch (b[0], b[1]) {
            case (0, _), (10, _), (127, _): true
            case (169, 254): true                       // link-local, cloud metadata 169.254.169.254
            case (172, 16...31): true
            case (192, 168): true
            case (100, 64...127): true                  // carrier-grade NAT (and some metadata services)
            case (192, 0) where b[2] == 0: true         // IETF protocol assignments
            case (198, 18...19): true                   // benchmarking
            case (224..., _): true                      // multicast, reserved, broadcast
            default: false
            }
        }
    }

    public enum Failure: Error, Sendable, Equatable {
        case unresolved(String)
        case privateAddress(Address)
    }

    /// Every address the system resolver gives for `host`.
    public static func resolve(_ host: String) throws(Failure) -> [Address] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let status = getaddrinfo(name, nil, &hints, &list)
        guard status == 0, let list else {
            throw .unresolved(String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }
        var addresses: [Address] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = list
        while let info = cursor {
            if let socketAddress = info.pointee.ai_addr {
                if info.pointee.ai_family == AF_INET {
                    let address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                    addresses.append(Address(bytes: withUnsafeBytes(of: address) { Array($0) }))
                } else if info.pointee.ai_family == AF_INET6 {
                    let address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                    addresses.append(Address(bytes: withUnsafeBytes(of: address) { Array($0) }))
                }
            }
            cursor = info.pointee.ai_next
        }
        guard !addresses.isEmpty else { throw .unresolved("no address") }
        return addresses
    }

    /// Resolves `host` and fails on the first address that is not public.
    public static func check(_ host: String) throws(Failure) {
        for address in try resolve(host) where address.isPrivate {
            throw .privateAddress(address)
        }
    }
}
