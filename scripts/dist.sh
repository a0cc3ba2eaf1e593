#!/usr/bin/env bash
# make dist: FormCheck for machines without a Swift toolchain, written into dist/:
#   formcheck                               stripped, the Swift standard library linked in
#   formcheck-VERSION-linux-ARCH.tar.gz     the binary, README, licence notices,
#                                           completions, man page, RUNTIME-DEPENDS
#   formcheck_VERSION_DEBARCH.deb           the same for dpkg/apt (dpkg-deb), checked by lintian
#   *.sha256                                `sha256sum -c` files for both
# The build uses its own scratch path (.build-dist), so it never disturbs .build.
# Environment: SWIFT (swift), DEB_MAINTAINER (default: the author of HEAD).
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SCRATCH=.build-dist
OUT=dist

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'dist: error: %s\n' "$*" >&2; exit 1; }

for tool in dpkg dpkg-deb dpkg-query strip gzip tar sha256sum ldd; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (make dist builds a Debian package on Linux)"
done

step "Building formcheck (release, static Swift standard library, scratch path $SCRATCH)"
start=$(date +%s)
# FoundationNetworking (which the MCP SDK imports) needs libcurl, which the static Swift
# runtime does not carry: the system's is linked (libcurl4-openssl-dev, from dist-setup)
# and becomes a Depends of the package through ldd below.
$SWIFT build -c release --static-swift-stdlib --product formcheck --scratch-path "$SCRATCH" -Xlinker -lcurl
echo "built in $(( $(date +%s) - start )) s"
built="$SCRATCH/release/formcheck"

rm -rf "$OUT" && mkdir -p "$OUT"
strip --strip-all --remove-section=.comment --remove-section=.note -o "$OUT/formcheck" "$built"
chmod 0755 "$OUT/formcheck"
bin="$OUT/formcheck"

# "0.1.0 (commit 0123456789ab)": the version and commit come from the binary itself.
version_line=$("$bin" --version)
version=${version_line%% *}
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "unexpected --version output: $version_line"
# Dates in the package and the man page are the commit's, so a rebuild gives the same files.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
day=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
deb_arch=$(dpkg --print-architecture)
name="formcheck-$version-linux-$(uname -m)"
echo "formcheck $version_line, $deb_arch"

step "Runtime libraries: ldd, then dpkg -S for the package of each"
# Every library the binary loads must belong to a Debian package; a Swift runtime library
# (from a toolchain, owned by no package) stops the build here.
depends=()
runtime_packages=()
while read -r lib; do
    owner=""
    for candidate in "$lib" "$(readlink -f "$lib")" "/usr$lib" "${lib#/usr}"; do
        owner=$(dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1) && [ -n "$owner" ] && break
    done
    [ -n "$owner" ] || fail "$lib (linked by formcheck) belongs to no Debian package"
    case "$lib" in *swift*|*Foundation*|*dispatch*|*BlocksRuntime*) fail "formcheck links a Swift runtime library: $lib" ;; esac
    echo "$lib -> $owner"
    runtime_packages+=("$owner")
done < <(ldd "$bin" | awk '$2 == "=>" && $3 ~ /^\// { print $3 }')
mapfile -t runtime_packages < <(printf '%s\n' "${runtime_packages[@]}" | sort -u)
for package in "${runtime_packages[@]}"; do
    installed=$(dpkg-query -W -f '${Version}' "$package")
    depends+=("$package (>= ${installed%-*})")   # the upstream version built against
done
depends_line=$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
echo "Depends: $depends_line"

step "Completions (--generate-completion-script) and the man page (argument-parser's generate-manual plugin)"
gen="$SCRATCH/dist-generated"
rm -rf "$gen" && mkdir -p "$gen"
"$bin" --generate-completion-script bash > "$gen/formcheck.bash"
"$bin" --generate-completion-script zsh > "$gen/_formcheck"
"$bin" --generate-completion-script fish > "$gen/formcheck.fish"
# The plugin builds the package's executables in release and runs its generate-manual tool
# on each. `swift package` takes no --static-swift-stdlib, so it gets a scratch path of its
# own: sharing $SCRATCH left its dynamically linked build as the one later static builds
# reused.
$SWIFT package --scratch-path "$SCRATCH-manual" plugin generate-manual \
    --date "$day" --authors "FormCheck contributors" > "$gen/plugin.log" 2>&1 \
    || { cat "$gen/plugin.log" >&2; fail "the generate-manual plugin failed"; }
manual=$(find "$SCRATCH-manual/plugins" -path '*GenerateManual*' -name formcheck.1 -newer "$gen/formcheck.bash" | head -n 1)
[ -n "$manual" ] || { cat "$gen/plugin.log" >&2; fail "the generate-manual plugin wrote no formcheck.1"; }
# mdoc allows no blank lines (man -l warns "Empty input line"); the generator leaves some.
sed '/^[[:space:]]*$/d' "$manual" > "$gen/formcheck.1"

step "Licence notices"
# The repository has no licence file of its own yet; the notices of what is linked into the
# binary (the Swift runtime and every package dependency) ship with it.
notices="$gen/THIRD-PARTY-NOTICES"
{
    echo "formcheck $version links these components into its binary. Their licences follow."
    swift_licence="$(dirname "$(dirname "$(command -v "$SWIFT" || echo /nonexistent)")")/share/swift/LICENSE.txt"
    if [ -f "$swift_licence" ]; then
        printf '\n==== Swift standard library, Foundation, Dispatch (%s)\n\n' "$($SWIFT --version 2>/dev/null | head -n 1)"
        cat "$swift_licence"
    fi
    for checkout in "$SCRATCH"/checkouts/*/; do
        for file in "$checkout"LICENSE* "$checkout"NOTICE* "$checkout"COPYING*; do
            [ -f "$file" ] || continue
            printf '\n==== %s: %s\n\n' "$(basename "$checkout")" "$(basename "$file")"
            cat "$file"
        done
    done
} > "$notices"
licence=""
for file in LICENSE LICENSE.md LICENSE.txt COPYING; do [ -f "$file" ] && licence=$file && break; done

step "Tarball $name.tar.gz"
tree="$SCRATCH/dist-tarball/$name"
rm -rf "$SCRATCH/dist-tarball" && mkdir -p "$tree/completions" "$tree/man"
install -m 0755 "$bin" "$tree/formcheck"
install -m 0644 README.md "$notices" "$tree/"
[ -n "$licence" ] && install -m 0644 "$licence" "$tree/"
install -m 0644 "$gen/formcheck.bash" "$gen/_formcheck" "$gen/formcheck.fish" "$tree/completions/"
install -m 0644 "$gen/formcheck.1" "$tree/man/"
# The Debian packages of the runtime libraries, for `xargs apt-get install -y < RUNTIME-DEPENDS`.
printf '%s\n' "${runtime_packages[@]}" > "$tree/RUNTIME-DEPENDS"
chmod 0644 "$tree/RUNTIME-DEPENDS"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$(dirname "$tree")" -cf - "$name" | gzip -9n > "$OUT/$name.tar.gz"

step "Debian package formcheck_${version}_$deb_arch.deb"
root="$SCRATCH/dist-deb"
doc="$root/usr/share/doc/formcheck"
rm -rf "$root" && mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" "$doc" \
    "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
    "$root/usr/share/fish/vendor_completions.d"
install -m 0755 "$bin" "$root/usr/bin/formcheck"
install -m 0644 "$gen/formcheck.bash" "$root/usr/share/bash-completion/completions/formcheck"
install -m 0644 "$gen/_formcheck" "$root/usr/share/zsh/vendor-completions/_formcheck"
install -m 0644 "$gen/formcheck.fish" "$root/usr/share/fish/vendor_completions.d/formcheck.fish"
gzip -9n -c "$gen/formcheck.1" > "$root/usr/share/man/man1/formcheck.1.gz"
maintainer=${DEB_MAINTAINER:-$(git log -1 --format='%an <%ae>' 2>/dev/null || true)}
[ -n "$maintainer" ] || fail "set DEB_MAINTAINER='Name <email>' (no git history to take it from)"
# Debian policy: the copyright file names the licences and points at the common-licenses
# copy of the Apache 2.0 text that Swift and its packages use, rather than repeating it
# (lintian's copyright-file-contains-full-apache-2-license); every component's own notice
# ships beside it as THIRD-PARTY-NOTICES.gz.
{
    echo "formcheck $version"
    echo
    if [ -n "$licence" ]; then
        cat "$licence"
    else
        echo "The FormCheck source repository has no licence file yet, so this package states"
        echo "no licence for FormCheck's own code."
    fi
    echo
    echo "The binary links the Swift standard library, Foundation and Dispatch, and the Swift"
    echo "packages it is built from, statically. They are licensed under the Apache License,"
    echo "Version 2.0 (with the Runtime Library Exception for Swift); on Debian systems its full"
    echo "text is in /usr/share/common-licenses/Apache-2.0. Each component's own notice is in"
    echo "/usr/share/doc/formcheck/THIRD-PARTY-NOTICES.gz."
} > "$doc/copyright"
chmod 0644 "$doc/copyright"
gzip -9n -c "$notices" > "$doc/THIRD-PARTY-NOTICES.gz"
chmod 0644 "$doc/THIRD-PARTY-NOTICES.gz"
# Foundation, linked statically with the Swift standard library, carries its own copy of
# zlib; it cannot be swapped for the system's without dropping the static runtime.
overrides="$root/usr/share/lintian/overrides"
mkdir -p "$overrides"
printf '%s\n' "formcheck: embedded-library zlib [usr/bin/formcheck]" > "$overrides/formcheck"
chmod 0644 "$overrides/formcheck"
{
    echo "formcheck ($version) unstable; urgency=medium"
    echo
    echo "  * Release $version, built from commit ${version_line##*commit }" | sed 's/)$/./'
    echo
    echo " -- $maintainer  $(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
installed_size=$(du -sk --apparent-size "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: formcheck
Version: $version
Architecture: $deb_arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends_line
Section: text
Priority: optional
Description: linter for structured Markdown content and YAML rule packs
 FormCheck checks Markdown pages against a YAML rule pack (required
 sections, allowed field values, list shapes, words to avoid, links) and
 reports each problem with its file, line and column, as text, JSON,
 SARIF, JUnit or GitHub annotations. It can fix what the rules know how to
 fix and write a content-quality report of a whole catalog.
EOF
(cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
find "$root" -type d -exec chmod 0755 {} +
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
deb="$OUT/formcheck_${version}_$deb_arch.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null

(cd "$OUT" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256" && sha256sum "$(basename "$deb")" > "$(basename "$deb").sha256")

step "lintian"
if command -v lintian >/dev/null 2>&1; then
    # Errors fail the build; the warnings and notes left are explained in docs/packaging.md.
    lintian --no-tag-display-limit "$deb" | tee "$gen/lintian.txt" || true
    if grep -q '^E:' "$gen/lintian.txt"; then fail "lintian reports errors"; fi
    echo "lintian: no errors ($(grep -c '^[WIP]:' "$gen/lintian.txt" || true) warnings and notes)"
else
    echo "lintian is not installed (make dist-setup installs it); skipped"
fi

step "dist/"
ls -l "$OUT"
echo "binary unstripped $(du -h --apparent-size "$built" | cut -f1), stripped $(du -h --apparent-size "$bin" | cut -f1)"
