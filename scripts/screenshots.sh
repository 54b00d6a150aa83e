#!/usr/bin/env bash
# Renders the README's screenshots into docs/screenshots/ (offscreen, deterministic).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" dev
cmake --build --preset dev --target hvdesk_screenshots
QT_QPA_PLATFORM=offscreen "$root/build/dev/tests/hvdesk_screenshots" "$root/docs/screenshots"
