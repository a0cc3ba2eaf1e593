#!/usr/bin/env bash
# Installs a released FormCheck without Swift: downloads the Linux tarball of VERSION into
# DIR, checks its SHA-256 (SHA256 when given, else the .sha256 file published with the
# release), unpacks it and installs the runtime libraries it lists in RUNTIME-DEPENDS when
# the binary misses one. Prints the binary's path on standard output, all else on stderr.
# Used by action.yml (`version:`); tested by scripts/package-test.sh against dist/.
#
# Usage: scripts/install-release.sh VERSION DIR [SHA256]
# FORMCHECK_RELEASES: where releases live (default the GitHub releases of formcheck).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 VERSION DIR [SHA256]" >&2; exit 2; }
version=${1#v} dir=$2 expected=${3:-}
releases=${FORMCHECK_RELEASES:-https://github.com/formcheck/formcheck/releases/download}
name="formcheck-$version-linux-$(uname -m)"
url="$releases/v$version/$name.tar.gz"

mkdir -p "$dir" && cd "$dir"
curl -fsSL --retry 3 -o "$name.tar.gz" "$url" \
    || { echo "error: cannot download $url (is there a release $version for $(uname -m)?)" >&2; exit 1; }
if [ -n "$expected" ]; then
    echo "$expected  $name.tar.gz" > "$name.tar.gz.sha256"
else
    curl -fsSL --retry 3 -o "$name.tar.gz.sha256" "$url.sha256" \
        || { echo "error: cannot download $url.sha256" >&2; exit 1; }
fi
sha256sum -c --quiet "$name.tar.gz.sha256" >&2 \
    || { echo "error: $name.tar.gz does not match its SHA-256; not installed" >&2; rm -f "$name.tar.gz"; exit 1; }
rm -rf "$name" && tar -xzf "$name.tar.gz"

# The Swift runtime is inside the binary; libyaml and cmark-gfm come from the system.
if ldd "$name/formcheck" | grep -q 'not found'; then
    SUDO=$( [ "$(id -u)" -eq 0 ] || echo sudo )
    echo "installing the runtime libraries: $(tr '\n' ' ' < "$name/RUNTIME-DEPENDS")" >&2
    $SUDO apt-get update -qq >&2
    xargs $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends < "$name/RUNTIME-DEPENDS" >&2
fi
"$name/formcheck" --version >&2
echo "$PWD/$name/formcheck"
