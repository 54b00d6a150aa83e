#!/usr/bin/env bash
# Command 2: install what is missing, build everything, and run every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" dev
cmake --build --preset dev
cd "$root"
ctest --preset dev --parallel "$(nproc)"
