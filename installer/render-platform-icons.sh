#!/bin/sh
# Builds the Windows (.ico) and macOS (.icns) icons of the installers from the PNGs in
# resources/icons. Run after resources/render-icons.sh and commit the two files: Windows and
# macOS build machines need no image tools then. Needs ImageMagick (/usr/bin/convert) and python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../resources/icons"
/usr/bin/convert "$icons"/d1-exporter-16.png "$icons"/d1-exporter-24.png "$icons"/d1-exporter-32.png \
    "$icons"/d1-exporter-48.png "$icons"/d1-exporter-64.png "$icons"/d1-exporter-128.png \
    "$icons"/d1-exporter-256.png "$here/d1-exporter.ico"
# An .icns is a list of (type, length, PNG data) entries; the @2x types reuse the bigger PNGs.
python3 - "$icons" "$here/d1-exporter.icns" <<'PY'
import struct, sys
icons, out = sys.argv[1], sys.argv[2]
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in types:
    with open(f"{icons}/d1-exporter-{size}.png", "rb") as f:
        png = f.read()
    body += kind.encode() + struct.pack(">I", 8 + len(png)) + png
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
