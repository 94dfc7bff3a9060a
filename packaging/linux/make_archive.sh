#!/usr/bin/env bash
# Linux: pack dist/feltjournal/ as feltjournal-<version>-linux-<arch>.tar.gz with a .desktop
# entry and a SHA-256 sum. Unpack under /opt/feltjournal; the vault lives in
# ~/.local/share/Feltjournal of each user. Signing: if FELT_GPG_KEY is set, a detached
# signature is made with that key.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
name=feltjournal-$version-linux-$(uname -m)
cp packaging/linux/feltjournal.desktop dist/feltjournal/
tar -C dist -czf "dist/$name.tar.gz" feltjournal
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
if [ -n "${FELT_GPG_KEY:-}" ]; then
  gpg --batch --local-user "$FELT_GPG_KEY" --detach-sign --armor "dist/$name.tar.gz"
fi
echo "dist/$name.tar.gz"
