#!/usr/bin/env bash
# macOS: wrap dist/feltjournal/ in Feltjournal.app, sign, notarise and pack a .dmg.
# Needs Xcode command line tools. Certificates come from the environment, never the repo:
#   FELT_MAC_IDENTITY   "Developer ID Application: <Kommune> (TEAMID)"
#   FELT_NOTARY_PROFILE keychain profile made once with `xcrun notarytool store-credentials`
# Without FELT_MAC_IDENTITY the app is built unsigned (for testing only: Gatekeeper blocks it).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
app=dist/Feltjournal.app
rm -rf "$app" && mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp -R dist/feltjournal/. "$app/Contents/MacOS/"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"
if [ -n "${FELT_MAC_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$FELT_MAC_IDENTITY" "$app"
fi
dmg=dist/feltjournal-$version.dmg
hdiutil create -volname Feltjournal -srcfolder "$app" -ov -format UDZO "$dmg"
if [ -n "${FELT_MAC_IDENTITY:-}" ] && [ -n "${FELT_NOTARY_PROFILE:-}" ]; then
  codesign --sign "$FELT_MAC_IDENTITY" --timestamp "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$FELT_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg"
