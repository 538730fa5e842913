#!/bin/sh
# Hangar on Linux, for the person who runs it: no root, no Python needed.
#   ./install.sh              copies this folder to ~/.local/lib/hangar, puts `hangar` and
#                             `warehouse-app` in ~/.local/bin and Hangar in the menu
#   ./install.sh --uninstall  takes all of that away again
# The hangar's data (~/.local/share/Hangar: the database, its backups, the settings) is
# never touched by either: an upgrade or an uninstall keeps it. PREFIX=/opt/x changes
# where the program goes (default ~/.local).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app_id=org.hangar.Hangar
dest=$prefix/lib/hangar
share=$prefix/share
sizes="16 24 32 48 64 128 256 512"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$share/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$dest"
    rm -f "$prefix/bin/hangar" "$prefix/bin/warehouse-app"
    rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
    rm -f "$share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in $sizes; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    refresh_menus
    echo "Hangar is uninstalled. Its data stays in ${XDG_DATA_HOME:-$HOME/.local/share}/Hangar."
    exit 0
fi

if [ "$here" != "$dest" ]; then
    # copy first, then swap: a failed copy leaves the Hangar that was there
    mkdir -p "$prefix/lib"
    rm -rf "$dest.new"
    cp -R "$here" "$dest.new"
    rm -rf "$dest"
    mv "$dest.new" "$dest"
fi
mkdir -p "$prefix/bin" "$share/applications" "$share/metainfo" \
    "$share/icons/hicolor/scalable/apps"
ln -sf "$dest/hangar" "$prefix/bin/hangar"
ln -sf "$dest/hangar" "$prefix/bin/warehouse-app"
sed "s|^Exec=.*|Exec=$dest/hangar|" "$dest/share/applications/$app_id.desktop" \
    > "$share/applications/$app_id.desktop"
cp "$dest/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
cp "$dest/share/icons/hicolor/scalable/apps/$app_id.svg" "$share/icons/hicolor/scalable/apps/"
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$dest/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
        "$share/icons/hicolor/${size}x${size}/apps/"
done
refresh_menus
echo "Hangar $("$dest/hangar" --version | cut -d' ' -f2) is installed: open it from the menu, or run 'hangar'."
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "($prefix/bin is not on your PATH: log out and in again, or run $dest/hangar)" ;;
esac
