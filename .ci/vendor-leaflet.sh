#!/bin/sh
# Copies Leaflet's distribution from the npm package (pinned in package.json) into assets/.
# Re-run after changing the Leaflet version; the copy is committed so the app never needs a CDN.
set -eu
cd "$(dirname "$0")/.."
src=node_modules/leaflet
dest=assets/vendor/leaflet
[ -f "$src/dist/leaflet.js" ] || npm install --no-audit --no-fund
rm -rf "$dest" && mkdir -p "$dest"
cp "$src/dist/leaflet.js" "$src/dist/leaflet.css" "$src/LICENSE" "$dest/"
cp -r "$src/dist/images" "$dest/images"
echo "vendored leaflet $(node -p "require('./$src/package.json').version") into $dest"
