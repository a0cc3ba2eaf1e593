import Testing
@testable import FormCheckLSP

/// `Content-Length` framing: whole, split and joined messages, and garbage that must be
/// dropped without losing the messages after it.
@Suite struct MessageFramerTests {
    static func framed(_ body: String) -> [UInt8] { MessageFramer.frame(Array(body.utf8)) }

    static func frames(_ bytes: [UInt8], chunk: Int = .max) -> [MessageFramer.Frame] {
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        var index = 0
        while index < bytes.count {
            let end = min(index + chunk, bytes.count)
            framer.append(bytes[index..<end])
            while let frame = framer.next() { frames.append(frame) }
            index = end
        }
        return frames
    }

    @Test func oneMessage() {
        #expect(Self.frames(Self.framed(#"{"a":1}"#)) == [.message(Array(#"{"a":1}"#.utf8))])
    }

    @Test func bodyCountsBytesNotCharacters() {
        let body = #"{"text":"🏋️ 伸展"}"#
        #expect(Self.framed(body).starts(with: Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8)))
        #expect(Self.frames(Self.framed(body)) == [.message(Array(body.utf8))])
    }

    @Test func messagesSplitByteByByteAndJoined() {
        let stream = Self.framed("[1]") + Self.framed("[22]") + Self.framed("[333]")
        let expected: [MessageFramer.Frame] = [.message(Array("[1]".utf8)), .message(Array("[22]".utf8)), .message(Array("[333]".utf8))]
        #expect(Self.frames(stream, chunk: 1) == expected)
        #expect(Self.frames(stream) == expected)
    }

    @Test func otherHeadersAndAnyCaseAreAccepted() {
        let stream = Array("content-length:  2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8)
        #expect(Self.frames(stream) == [.message(Array("{}".utf8))])
    }

    @Test func headerWithoutLengthIsDroppedAndTheNextMessageSurvives() {
        let stream = Array("X-Junk: 1\r\n\r\n".utf8) + Self.framed("[1]")
        #expect(Self.frames(stream) == [.malformed("a header without Content-Length; dropped"), .message(Array("[1]".utf8))])
    }

    @Test func badLengthsAreRefused() {
        #expect(Self.frames(Array("Content-Length: -5\r\n\r\n".utf8)) == [.malformed("Content-Length '-5' is not a number; header dropped")])
        #expect(Self.frames(Array("Content-Length: 99999999999999999999\r\n\r\n".utf8)).count == 1)
        let huge = Self.frames(Array("Content-Length: 2000000000\r\n\r\n".utf8))
        #expect(huge == [.malformed("Content-Length 2000000000 is above the limit of \(MessageFramer.maximumContentLength) bytes; header dropped")])
    }

    @Test func unframedJSONBeforeAFrameIsSkipped() {
        let frames = Self.frames(Array(#"{"jsonrpc":"2.0","method":"x"}"#.utf8) + Self.framed("[1]"))
        #expect(frames == [.message(Array("[1]".utf8))])
    }

    @Test func unframedBytesAreDroppedOnceTooLong() {
        let garbage = [UInt8](repeating: UInt8(ascii: "{"), count: MessageFramer.maximumHeaderLength + 10)
        var framer = MessageFramer()
        framer.append(garbage)
        #expect(framer.next() == .malformed("a header longer than \(MessageFramer.maximumHeaderLength) bytes without an empty line; dropped"))
        #expect(framer.bufferedCount == 3)
        framer.append(Self.framed("[1]"))
        #expect(framer.next() == .message(Array("[1]".utf8)))
    }

    @Test func unframedBytesInOneReadWithAFrame() {
        let garbage = [UInt8](repeating: UInt8(ascii: "{"), count: MessageFramer.maximumHeaderLength + 10)
        #expect(Self.frames(garbage + Self.framed("[1]")) == [.message(Array("[1]".utf8))])
    }

    @Test func incompleteBodyWaits() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: 4\r\n\r\n[1".utf8))
        #expect(framer.next() == nil)
        framer.append(Array("0]".utf8))
        #expect(framer.next() == .message(Array("[10]".utf8)))
        #expect(framer.next() == nil)
        #expect(framer.bufferedCount == 0)
    }
}
