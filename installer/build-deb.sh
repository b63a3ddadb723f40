#!/usr/bin/env bash
# Build dist/disclosure-desk_<version>_<arch>.deb from the PyInstaller one-folder build.
#
#   bash installer/build-deb.sh [--no-build]    (--no-build: reuse dist/DisclosureDesk)
#
# The package installs the frozen app under /opt/disclosure-desk, a /usr/bin/disclosure-desk
# launcher, a desktop entry (menu category Office) and the icon in the hicolor theme. It depends
# only on packages of Debian 12 / Ubuntu 22.04: the system libraries the bundle links against
# (found by dpkg-shlibdeps), the X11/xcb libraries Qt's xcb platform plugin loads, and CJK
# TrueType fonts (left out of the bundle: fonts-wqy-zenhei for the UI and headings,
# fonts-arphic-uming for the Song face of published tables).
# Needs dpkg-dev (dpkg-shlibdeps); runs as any user (dpkg-deb --root-owner-group).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
[ "${1:-}" = "--no-build" ] && build=0

name=disclosure-desk
version=$(.venv/bin/python -c 'import desktop; print(desktop.__version__)')
arch=$(dpkg --print-architecture)
deb="dist/${name}_${version}_${arch}.deb"

if [ "$build" = 1 ]; then
  DISCLOSURE_DESK_BUNDLE_FONT=0 DISCLOSURE_DESK_SYSTEM_LIBS=1 bash installer/build.sh
fi
[ -x dist/DisclosureDesk/disclosure-desk ] || { echo "no dist/DisclosureDesk: build it first" >&2; exit 1; }

stage="$PWD/build/deb/root"
rm -rf build/deb
mkdir -p "$stage/DEBIAN" "$stage/opt/$name" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a dist/DisclosureDesk/. "$stage/opt/$name/"

# A launcher script rather than a symlink: the frozen program finds its files next to itself.
cat > "$stage/usr/bin/$name" <<EOF
#!/bin/sh
exec /opt/$name/$name "\$@"
EOF
chmod 0755 "$stage/usr/bin/$name"

for png in resources/icons/$name-*.png; do
  size=$(basename "$png" .png); size=${size##*-}
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
done
mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
cp "resources/icons/$name.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$name.svg"

cat > "$stage/usr/share/applications/$name.desktop" <<EOF
[Desktop Entry]
Type=Application
Version=1.0
Name=DisclosureDesk
Name[zh_CN]=政府信息公开申请办理台账
GenericName=Disclosure application register
GenericName[zh_CN]=依申请公开台账
Comment=Register, statutory deadlines and statistics of applications for government information
Comment[zh_CN]=登记依申请公开申请、计算法定期限、生成统计报告
Exec=$name gui
Icon=$name
Terminal=false
Categories=Office;
Keywords=disclosure;register;台账;信息公开;
StartupWMClass=DisclosureDesk
EOF
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$stage/usr/share/applications/$name.desktop"
fi

# Shared libraries outside the bundle: ask dpkg-shlibdeps which packages provide them.
shlib_work="$PWD/build/deb/shlibs"
mkdir -p "$shlib_work/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" > "$shlib_work/debian/control"
mapfile -t elves < <(find "$stage/opt/$name" -type f \( -name '*.so*' -o -perm -u+x \) \
  -exec sh -c 'head -c 4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
mapfile -t libdirs < <(find "$stage/opt/$name" -type f -name '*.so*' -printf '-l%h\n' | sort -u)
if ! (cd "$shlib_work" && dpkg-shlibdeps -O --ignore-missing-info "${libdirs[@]}" "${elves[@]}") \
  > "$shlib_work/out" 2> "$shlib_work/log"; then
  grep -v "warning:" "$shlib_work/log" >&2
  exit 1
fi
detected=$(sed -n 's/^shlibs:Depends=//p' "$shlib_work/out")
# Loaded with dlopen by Qt (xcb platform and its integrations), so invisible to shlibdeps.
qt_runtime="libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6,
  libdbus-1-3, libglib2.0-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4,
  libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0,
  libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1"
# Minimum versions come from this build machine's symbols files and can exceed what Ubuntu
# 22.04 ships (libx11-xcb1 >= 1.8.4 on Debian 12) although the symbols used are older: keep
# only glibc's (the bundle's binaries need 2.35, both targets have it) and drop the others.
depends=$(printf '%s, %s' "$detected" "$qt_runtime" | tr -d '\n' | tr -s ' ' |
  .venv/bin/python -c '
import re, sys
seen = {}
for item in (i.strip() for i in sys.stdin.read().split(",")):
    if item:
        name = re.split(r"[ (]", item)[0]
        seen.setdefault(name, item if name == "libc6" else name)
print(", ".join(seen[k] for k in sorted(seen)))')
depends="$depends, fonts-wqy-zenhei, fonts-arphic-uming"

installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: DisclosureDesk <disclosure-desk@localhost>
Section: misc
Priority: optional
Installed-Size: $installed_kb
Depends: $depends
Homepage: https://example.invalid/disclosure-desk
Description: register of applications for government information (政府信息公开申请办理台账)
 DisclosureDesk keeps the register of applications for government information,
 computes every statutory deadline on the official holiday calendar, alerts
 before anything is overdue, and produces the quarterly statistics and the
 annual report's tables in the national format.
EOF

mkdir -p dist
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "built $deb: $(du -h "$deb" | cut -f1) package, installed size $((installed_kb / 1024)) MiB"
