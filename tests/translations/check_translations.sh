#!/usr/bin/env bash
# Fails when translations/ is out of step with the sources: a string that lupdate would add or
# drop, or a message still unfinished in German or Dutch.
set -euo pipefail
lupdate=$1; root=$2; shift 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t sources < <(cd "$root" && find app models views backends -name '*.cpp' -o -name '*.h' | sort)
status=0
for ts in "$@"; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  (cd "$root" && "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$tmp/$name") >/dev/null
  if ! cmp -s "$ts" "$tmp/$name"; then
    echo "$name is out of step with the sources (run: cmake --build build/dev --target hvdesk_lupdate):"
    diff -u "$ts" "$tmp/$name" | head -40
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
  total=$(grep -c '<message' "$tmp/$name" || true)
  echo "$name: $total messages, $unfinished unfinished"
  if [ "$unfinished" -gt 0 ]; then
    grep -B2 'type="unfinished"' "$tmp/$name" | grep '<source>' | head -20
    status=1
  fi
done
exit $status
