#!/bin/sh
# Debian packages Qt needs beyond a fresh machine: xcb helpers for a real window (Qt's own error names the wrong
# package) and the GL/font libraries PySide6's QtGui links against. Installs only what is missing.
set -e
pkgs="libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0
libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: install Qt's runtime libraries the platform's way
missing=""
for p in $pkgs; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "PeerDesk needs these Debian packages; ask someone with admin rights to install them:$missing" >&2
  exit 0
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
