#!/usr/bin/env bash
# Regenerates the raster icons from resources/icons/herald.svg (run after changing the SVG; the results
# are committed so that builds need no image tools). Needs librsvg2-bin, icoutils and icnsutils.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/herald.svg
out=resources/icons
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w $size -h $size "$svg" -o "$out/herald-$size.png"
done
icotool -c -o packaging/windows/herald.ico $out/herald-{16,24,32,48,64,128,256}.png
png2icns packaging/macos/herald.icns $out/herald-{16,32,128,256,512}.png >/dev/null
