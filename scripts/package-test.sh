#!/usr/bin/env bash
# make package-test (part of make test): the .deb and tarball of `make dist`, used as a
# user without Swift would use them.
#  - installs dist/formcheck_*.deb with `apt-get install ./…deb` (as root, when formcheck is
#    not installed already), else unpacks it with `dpkg -x`; removes it again at the end;
#  - runs the installed binary with an empty PATH (no Swift toolchain, no other tool) and
#    LD_LIBRARY_PATH empty: every sample page gives exactly the findings of its .expected
#    file, the clean pages none, and --version names this checkout's commit;
#  - checks that ldd finds every library and no Swift one, that `man -l` renders the page,
#    that the bash completion script completes a subcommand, and the tarball's contents and
#    checksum.
set -euo pipefail
cd "$(dirname "$0")/.."

checks=0
pass() { checks=$((checks + 1)); printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*" >&2; exit 1; }

shopt -s nullglob
debs=(dist/formcheck_*.deb)
tarballs=(dist/formcheck-*-linux-*.tar.gz)
[ ${#debs[@]} -eq 1 ] && [ ${#tarballs[@]} -eq 1 ] || fail "run make dist first (dist/ needs one .deb and one tarball)"
deb=${debs[0]} tarball=${tarballs[0]}
version=$(dpkg-deb -f "$deb" Version)

work=$(mktemp -d)
installed_by_apt=false
cleanup() {
    if $installed_by_apt; then
        echo "removing the package"
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge formcheck >/dev/null || echo "package-test: could not remove formcheck" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 \
    && ! dpkg-query -W -f '${Status}' formcheck 2>/dev/null | grep -q 'ok installed'; then
    echo "installing $deb with apt-get"
    installed_by_apt=true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
    [ "$(dpkg-query -W -f '${Status} ${Version}' formcheck)" = "install ok installed $version" ] \
        || fail "dpkg does not list formcheck $version as installed"
    pass "apt-get installed formcheck $version"
    prefix=""
else
    echo "unpacking $deb with dpkg -x (not root, no apt-get, or formcheck already installed)"
    dpkg -x "$deb" "$work/root"
    prefix="$work/root"
fi
bin="$prefix/usr/bin/formcheck"
for file in /usr/bin/formcheck /usr/share/man/man1/formcheck.1.gz \
    /usr/share/bash-completion/completions/formcheck /usr/share/zsh/vendor-completions/_formcheck \
    /usr/share/fish/vendor_completions.d/formcheck.fish /usr/share/doc/formcheck/copyright; do
    [ -s "$prefix$file" ] || fail "$file is not installed"
done
pass "the package installs the binary, the man page, three completions and the copyright file"

# ldd, not the binary's own word: every library found, none of them Swift's.
libraries=$(ldd "$bin")
if grep -q 'not found' <<< "$libraries"; then fail "ldd: $(grep 'not found' <<< "$libraries")"; fi
if grep -Eiq 'swift|Foundation|dispatch|BlocksRuntime' <<< "$libraries"; then
    fail "formcheck links a Swift library: $(grep -Ei 'swift|Foundation|dispatch|BlocksRuntime' <<< "$libraries")"
fi
pass "ldd: all $(wc -l <<< "$libraries") libraries found, no Swift runtime library"

# No PATH but an empty directory: no swift, no toolchain, nothing to fall back on.
mkdir -p "$work/empty-path" "$work/home"
run() { env -i PATH="$work/empty-path" LD_LIBRARY_PATH= HOME="$work/home" "$bin" "$@"; }
if env -i PATH="$work/empty-path" sh -c 'command -v swift' >/dev/null 2>&1; then fail "swift is still on the test's PATH"; fi

version_line=$(run --version)
[[ $version_line =~ ^([0-9.]+)\ \(commit\ ([0-9a-f]{12}(-dirty)?|unknown)\)$ ]] || fail "--version printed: $version_line"
[ "${BASH_REMATCH[1]}" = "$version" ] || fail "--version says ${BASH_REMATCH[1]}, the package $version"
if head=$(git rev-parse --short=12 HEAD 2>/dev/null); then
    [[ ${BASH_REMATCH[2]} == "$head"* ]] || fail "--version names commit ${BASH_REMATCH[2]}, the checkout is at $head"
fi
pass "--version: $version_line"

set +e
# As `make lint` does: Samples/.formcheck.yml leaves out the recipe pages and the sample
# catalog, which have packs and a configuration of their own.
run lint --no-color --links offline --config Samples/.formcheck.yml Samples/ > "$work/lint.txt" 2> "$work/lint.err"
status=$?
set -e
[ $status -eq 1 ] || { cat "$work/lint.txt" "$work/lint.err" >&2; fail "lint Samples/ exited $status, expected 1 (findings in Samples/bad/)"; }
pages=0
for page in Samples/*.md Samples/bad/*.md; do
    [ "$(basename "$page")" = README.md ] && continue
    expected=""
    [ -f "${page%.md}.expected" ] && expected=$(sort "${page%.md}.expected")
    found=$(grep -F "$page:" "$work/lint.txt" \
        | sed -nE "s#^$page:([0-9]+):([0-9]+): [a-z]+: .* \[([^]]+)\]\$#\1:\2 \3#p" | sort || true)
    [ "$found" = "$expected" ] || fail "$page: found [$found], expected [$expected]"
    pages=$((pages + 1))
done
[ $pages -gt 30 ] || fail "only $pages sample pages checked"
pass "lint Samples/ with an empty PATH and LD_LIBRARY_PATH: exit 1, the findings of all $pages pages exactly as expected"

manual="$prefix/usr/share/man/man1/formcheck.1.gz"
page=$(MANWIDTH=80 MAN_KEEP_FORMATTING= man --warnings -l -P cat "$manual" 2> "$work/man.err") || fail "man -l failed: $(cat "$work/man.err")"
for heading in NAME SYNOPSIS DESCRIPTION; do grep -q "^$heading" <<< "$page" || fail "man page has no $heading"; done
grep -q 'formcheck lint' <<< "$page" || fail "man page does not describe formcheck lint"
[ ! -s "$work/man.err" ] || fail "man -l warned: $(cat "$work/man.err")"
pass "man -l renders $(wc -l <<< "$page") lines (NAME, SYNOPSIS, DESCRIPTION, formcheck lint) without a warning"
if $installed_by_apt && command -v mandb >/dev/null 2>&1; then
    [ "$(man -w formcheck)" = /usr/share/man/man1/formcheck.1.gz ] || fail "man -w formcheck: $(man -w formcheck)"
    pass "man formcheck finds the installed page"
fi

completion="$prefix/usr/share/bash-completion/completions/formcheck"
words=$(bash --norc --noprofile -c '
    source "$1" || exit 1
    spec=$(complete -p formcheck) || exit 1
    function=${spec#*-F }; function=${function%% *}
    COMP_WORDS=(formcheck li); COMP_CWORD=1; COMP_LINE="formcheck li"; COMP_POINT=${#COMP_LINE}
    "$function" formcheck li formcheck
    printf "%s\n" "${COMPREPLY[@]}"' bash "$completion") || fail "the bash completion script does not load"
grep -qx lint <<< "$words" || fail "bash completion of 'formcheck li' gave [$words], not lint"
pass "bash loads the completion script and completes 'formcheck li' to lint"
for shell in zsh fish; do
    if command -v $shell >/dev/null 2>&1; then
        file=$prefix/usr/share/zsh/vendor-completions/_formcheck
        [ $shell = fish ] && file=$prefix/usr/share/fish/vendor_completions.d/formcheck.fish
        $shell -n "$file" || fail "$shell cannot parse $file"
        pass "$shell parses its completion script"
    fi
done

(cd dist && sha256sum --quiet -c "$(basename "$tarball").sha256" && sha256sum --quiet -c "$(basename "$deb").sha256") \
    || fail "a checksum in dist/ does not match"
name=$(basename "$tarball" .tar.gz)
listing=$(tar -tzf "$tarball" | sort)
for entry in formcheck README.md THIRD-PARTY-NOTICES RUNTIME-DEPENDS completions/formcheck.bash \
    completions/_formcheck completions/formcheck.fish man/formcheck.1; do
    grep -qx "$name/$entry" <<< "$listing" || fail "the tarball lacks $name/$entry"
done
tar -xzf "$tarball" -C "$work" "$name/formcheck"
cmp -s "$work/$name/formcheck" "$bin" || fail "the tarball's binary differs from the package's"
pass "the tarball holds the same binary, README, notices, completions and man page; checksums match"

# The Action's `version:` path (scripts/install-release.sh) against dist/ laid out as a release.
if command -v curl >/dev/null 2>&1; then
    mkdir -p "$work/releases/v$version"
    cp "$tarball" "$tarball.sha256" "$work/releases/v$version/"
    export FORMCHECK_RELEASES="file://$work/releases"
    installed=$(scripts/install-release.sh "$version" "$work/action" 2> "$work/install.err") \
        || fail "install-release.sh failed: $(cat "$work/install.err")"
    [ "$(env -i PATH="$work/empty-path" "$installed" --version)" = "$version_line" ] || fail "install-release.sh installed $installed, which does not run"
    pinned=$(cut -d' ' -f1 "$tarball.sha256")
    scripts/install-release.sh "$version" "$work/action-pinned" "$pinned" > /dev/null 2>&1 || fail "install-release.sh refused the right SHA-256"
    if scripts/install-release.sh "$version" "$work/action-bad" "${pinned//?/0}" > /dev/null 2> "$work/install.err"; then
        fail "install-release.sh installed a tarball whose SHA-256 is not the one required"
    fi
    grep -q 'does not match its SHA-256' "$work/install.err" || fail "install-release.sh said: $(cat "$work/install.err")"
    [ ! -e "$work/action-bad/$name/formcheck" ] || fail "install-release.sh unpacked a tarball that failed its check"
    pass "the Action's install-release.sh installs the release, checks its SHA-256, refuses a wrong one"
else
    echo "skip the Action's install-release.sh: no curl"
fi

echo "package-test: all $checks checks passed ($deb, $tarball)"
