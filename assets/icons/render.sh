#!/bin/sh
# Renders every committed PNG/ICO in assets/icons from the SVG sources in src/.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert; run from anywhere:
#   sh assets/icons/render.sh
# Only the outputs are committed; the tools are not project dependencies.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# App icon: a Linux icon set (electron-builder reads NxN.png from the directory),
# a 1024px PNG that electron-builder turns into the macOS .icns, and a Windows .ico.
mkdir -p app
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" src/app.svg -o "app/${size}x${size}.png"
done
rsvg-convert -w 1024 -h 1024 src/app.svg -o app-1024.png
for size in 16 20 24 32 40 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" src/app.svg -o "$tmp/app-$size.png"
done
convert "$tmp"/app-16.png "$tmp"/app-20.png "$tmp"/app-24.png "$tmp"/app-32.png "$tmp"/app-40.png \
  "$tmp"/app-48.png "$tmp"/app-64.png "$tmp"/app-128.png "$tmp"/app-256.png \
  -strip -define png:exclude-chunks=date,time app.ico

# Tray: per state a 16px PNG with its @2x (Electron picks by scale factor), a macOS
# template pair (black + alpha; the name must end in "Template"), and a Windows .ico
# with the sizes Windows asks for at 100-300% scaling.
mkdir -p tray
for state in offline registered dnd in-call missed; do
  rsvg-convert -w 16 -h 16 "src/tray-$state.svg" -o "tray/$state.png"
  rsvg-convert -w 32 -h 32 "src/tray-$state.svg" -o "tray/$state@2x.png"
  rsvg-convert -w 16 -h 16 "src/tray-$state-template.svg" -o "tray/${state}Template.png"
  rsvg-convert -w 32 -h 32 "src/tray-$state-template.svg" -o "tray/${state}Template@2x.png"
  for size in 16 20 24 32 40 48; do
    rsvg-convert -w "$size" -h "$size" "src/tray-$state.svg" -o "$tmp/$state-$size.png"
  done
  convert "$tmp/$state-16.png" "$tmp/$state-20.png" "$tmp/$state-24.png" "$tmp/$state-32.png" \
    "$tmp/$state-40.png" "$tmp/$state-48.png" -strip "tray/$state.ico"
done
# PNGs carry no timestamps or text chunks, so re-rendering unchanged SVGs gives identical files.
for png in app/*.png app-1024.png tray/*.png; do
  convert "$png" -strip -define png:exclude-chunks=date,time "$png"
done
