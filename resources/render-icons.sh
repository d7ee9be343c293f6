#!/bin/sh
# Renders icons/d1-exporter.svg to the PNG sizes the app and desktops use. Run after editing the SVG
# and commit the PNGs. Qt's own SVG renderer is used (ImageMagick's built-in one drops gradients);
# needs g++, pkg-config, qt6-base-dev and the Qt SVG image plugin (libqt6svg6).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/render.cpp" <<'CPP'
#include <QGuiApplication>
#include <QImageReader>
#include <QImage>
#include <cstdio>
int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        QImageReader reader(QString::fromLocal8Bit(argv[1]));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        const QString out = QString::fromLocal8Bit(argv[2]) + QStringLiteral("/d1-exporter-%1.png").arg(size);
        if (image.isNull() || !image.save(out)) { std::fprintf(stderr, "failed: %s\n", qPrintable(reader.errorString())); return 1; }
    }
    return 0;
}
CPP
g++ -std=c++17 -fPIC "$work/render.cpp" -o "$work/render" $(pkg-config --cflags --libs Qt6Gui)
QT_QPA_PLATFORM=offscreen "$work/render" "$here/icons/d1-exporter.svg" "$here/icons"
# Smaller files, same pixels.
if command -v optipng >/dev/null 2>&1; then optipng -quiet "$here"/icons/*.png; fi
