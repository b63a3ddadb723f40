#!/usr/bin/env bash
# Install DisclosureDesk into ./.venv on Debian 12 / Ubuntu 22.04+.
#   scripts/install.sh          the application
#   scripts/install.sh --dev    plus the test tools and a PostgreSQL server for the tests
# System packages are installed with apt-get (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

dev=0
[ "${1:-}" = "--dev" ] && dev=1

packages=(
  python3-venv python3-pip
  # Qt's offscreen and xcb platforms
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  # a TrueType CJK font: Qt shows Chinese with it, ReportLab embeds it in PDFs
  fonts-wqy-zenhei
  # a TrueType Song/Ming face (AR PL UMing): the body of published tables and reports
  fonts-arphic-uming
)
[ "$dev" = 1 ] && packages+=(poppler-utils postgresql)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
python=$(find_python || true)
if [ -z "$python" ]; then
  missing+=(python3.11 python3.11-venv)  # Ubuntu 22.04 ships 3.10
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
python=$(find_python)

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$dev" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[dev]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "installed into .venv"
