#!/usr/bin/env bash
# Build the .deb, install it, use the INSTALLED program, remove it, check nothing is left.
#
#   bash scripts/check-package.sh [--no-build]     (as root, or through sudo; --no-build reuses
#                                                   dist/DisclosureDesk from a previous build)
#
# Runs: --version, demo data into a temporary database, the window offscreen up to ready, a
# quarterly PDF (Chinese text and an embedded font checked with poppler-utils), then dpkg -r.
# Fails when the installed size exceeds 200 MiB. CI: see README, "Packaging".
set -euo pipefail
cd "$(dirname "$0")/.."

name=disclosure-desk
max_installed_kib=$((200 * 1024))
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
fail() { echo "check-package: $*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
  fail "$name is already installed; remove it first (dpkg -r $name)"
fi

bash installer/build-deb.sh "$@"
version=$(.venv/bin/python -c 'import desktop; print(desktop.__version__)')
deb="$PWD/dist/${name}_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb"

scratch=$(mktemp -d /tmp/dd-package.XXXXXX)
cleanup() {
  status=$?
  if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok"; then
    as_root dpkg -r "$name" >/dev/null || true
  fi
  rm -rf "$scratch"
  exit $status
}
trap cleanup EXIT

echo "== install $deb"
if ! as_root dpkg -i "$deb"; then
  # Missing dependencies: let apt fetch them (they must all exist in the distribution).
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq
  as_root dpkg -i "$deb"
fi
installed_kib=$(dpkg-query -W -f='${Installed-Size}' "$name")
echo "installed size: $((installed_kib / 1024)) MiB ($installed_kib KiB; limit $((max_installed_kib / 1024)) MiB)"
[ "$installed_kib" -le "$max_installed_kib" ] || fail "installed size over the limit"
[ -f /usr/share/applications/$name.desktop ] || fail "no desktop entry"
grep -qx "Categories=Office;" /usr/share/applications/$name.desktop || fail "desktop entry not in Office"
[ -f /usr/share/icons/hicolor/256x256/apps/$name.png ] || fail "no icon"

# The installed program, away from this checkout and its virtualenv.
run() {
  (cd "$scratch" && env -u PYTHONPATH -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen \
    HOME="$scratch" XDG_DATA_HOME="$scratch/data" /usr/bin/$name "$@")
}
[ "$(command -v $name)" = /usr/bin/$name ] || fail "$name is not /usr/bin/$name on PATH"

echo "== --version"
printed=$(run --version)
echo "$printed"
[ "$printed" = "$name $version" ] || fail "--version printed '$printed'"

echo "== demo"
run --db "$scratch/demo.sqlite3" demo --requests 2000 --seed 1 --today 2026-11-27

echo "== gui --quit-after-ready (offscreen)"
ready=$(run --db "$scratch/demo.sqlite3" gui --quit-after-ready)
echo "$ready"
[[ "$ready" =~ ^ready\ in\ [0-9]+\ ms$ ]] || fail "the window did not report ready"

echo "== report quarterly"
run --db "$scratch/demo.sqlite3" report quarterly --year 2026 --quarter 3 --out "$scratch/q3.pdf"
# (the text is read whole first: `grep -q` leaving a pipe early would fail it under pipefail)
text=$(pdftotext "$scratch/q3.pdf" -)
grep -q "政府信息公开" <<<"$text" || fail "the PDF has no Chinese text"
pdffonts "$scratch/q3.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' ||
  fail "a font of the PDF is not embedded"
echo "q3.pdf: $(pdfinfo "$scratch/q3.pdf" | sed -n 's/^Pages: *//p') page(s), fonts embedded"

echo "== remove"
as_root dpkg -r "$name" >/dev/null
[ ! -e /opt/$name ] || fail "/opt/$name is left: $(find /opt/$name | head -5)"
[ ! -e /usr/bin/$name ] || fail "/usr/bin/$name is left"
[ ! -e /usr/share/applications/$name.desktop ] || fail "the desktop entry is left"
leftovers=$(find /usr/share/icons/hicolor -name "$name.*")
[ -z "$leftovers" ] || fail "icons are left: $leftovers"
echo "check-package: OK ($name $version installed, used and removed cleanly)"
