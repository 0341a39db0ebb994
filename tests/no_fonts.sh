#!/bin/sh
# no_fonts.sh KIOSK DEMO_DB FONTS_FILE SHOTS_DIR — the self-check: with no Chinese font on the machine at all
# (/usr/share/fonts hidden by an empty tmpfs in a private mount namespace) the kiosk must log why, show its plain
# notice (saved as SHOTS_DIR/no-fonts.png) and exit 2, not crash. Skipped (77) where mount namespaces are not allowed.
kiosk=$1 demo=$2 fonts=$3 shots=$4
unshare -m true 2>/dev/null || { echo "no mount namespaces here: skipped"; exit 77; }
rm -f "$shots/no-fonts.png"
out=$(unshare -m sh -c 'mount -t tmpfs tmpfs /usr/share/fonts && exec "$0" "$@"' "$kiosk" --headless --size 1080x1920 \
      --content "$demo" --fonts "$fonts" --data "$shots/../no-fonts-data" --script /dev/null --screenshot-dir "$shots" 2>&1)
rc=$?
printf '%s\n' "$out"
[ "$rc" -eq 2 ] || { echo "expected exit 2, got $rc"; exit 1; }
printf '%s' "$out" | grep -q "no Chinese font at all" || { echo "the self-check did not say why"; exit 1; }
[ -s "$shots/no-fonts.png" ] || { echo "no notice was drawn"; exit 1; }
