#!/bin/sh
# Regenerates the app icons from icon.svg (needs librsvg2-bin and imagemagick).
# icon.png is the Linux icon; icon.ico carries the sizes Windows picks from.
set -eu
cd "$(dirname "$0")"
rsvg-convert -w 512 -h 512 icon.svg -o icon.png
tmp=$(mktemp -d)
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$tmp/$size.png"
done
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" icon.ico
rm -r "$tmp"
# The browser tab's icon in `npm run web` (and the app's own page) is the same drawing.
cp icon.svg ../renderer/public/favicon.svg
