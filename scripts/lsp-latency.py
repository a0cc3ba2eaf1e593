#!/usr/bin/env python3
"""Change-to-diagnostic latency of `formcheck lsp` on one page (the seed page by default).

    python3 scripts/lsp-latency.py [--binary .build/release/formcheck] [--page PAGE] [--changes 40]

Opens the page, then sends full-content `didChange`s (alternately with and without a
wrong-case field value, so every change changes the findings) and times each from the
write of the change to the read of its `publishDiagnostics`, once with `--debounce 0`
(the lint and publish alone) and once with the default debounce. A measurement, not a
test: nothing fails on a slow machine.
"""
import argparse
import json
import pathlib
import statistics
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(self, message):
        self.process.stdin.write(frame(message))
        self.process.stdin.flush()

    def read(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += self.process.stdout.read(1)
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        return json.loads(self.process.stdout.read(length))

    def read_diagnostics(self, version):
        while True:
            message = self.read()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"].get("version") == version:
                return message["params"]["diagnostics"]

    def close(self):
        self.send({"jsonrpc": "2.0", "id": 999, "method": "shutdown"})
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.process.wait(timeout=10)


def measure(binary, page, changes, debounce):
    text = page.read_text(encoding="utf-8")
    old, new = "**Difficulty:** Beginner", "**Difficulty:** beginner"
    if old not in text:
        raise SystemExit(f"{page} has no '{old}' line to change")
    command = [binary, "lsp"] + ([] if debounce is None else ["--debounce", str(debounce)])
    server = Server(command)
    uri = page.resolve().as_uri()
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    server.read()
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    server.read_diagnostics(1)
    timings = []
    for version in range(2, changes + 2):
        changed = text.replace(old, new) if version % 2 == 0 else text
        start = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": changed}]}})
        diagnostics = server.read_diagnostics(version)
        timings.append((time.perf_counter() - start) * 1000)
        assert len(diagnostics) == (1 if version % 2 == 0 else 0), diagnostics
        time.sleep(0.02)
    server.close()
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9)], timings[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "formcheck"))
    parser.add_argument("--page", type=pathlib.Path, default=ROOT.parent / "shared" / "seed" / "leg-up-hamstring-stretch.md")
    parser.add_argument("--changes", type=int, default=40)
    args = parser.parse_args()
    print(f"{args.page.name} ({args.page.stat().st_size} bytes), {args.changes} changes, {args.binary}")
    for label, debounce in (("--debounce 0 (lint + publish)", 0), ("default debounce", None)):
        median, p90, worst = measure(args.binary, args.page, args.changes, debounce)
        print(f"  {label:32} median {median:6.1f} ms   p90 {p90:6.1f} ms   max {worst:6.1f} ms")


if __name__ == "__main__":
    main()
