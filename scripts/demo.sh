#!/usr/bin/env bash
# Command 1: install what is missing, build, and open hvdesk on the built-in simulator.
# Extra arguments go to hvdesk (e.g. --lang de).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" dev
cmake --build --preset dev --target hvdesk
exec "$root/build/dev/bin/hvdesk" --demo "$@"
