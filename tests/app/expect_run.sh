#!/bin/sh
# expect_run.sh EXIT_CODE REGEX PROGRAM [ARGS...]
# Runs PROGRAM without any display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, as over ssh
# or in CI) and passes when it exits with EXIT_CODE and its output (stdout and stderr) matches
# the extended regular expression REGEX.
expected=$1
regex=$2
shift 2
output=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@" 2>&1)
code=$?
printf '%s\n' "$output"
if [ "$code" -ne "$expected" ]; then
    echo "expect_run: exit code $code, expected $expected" >&2
    exit 1
fi
if ! printf '%s\n' "$output" | grep -E -q -e "$regex"; then
    echo "expect_run: the output does not match: $regex" >&2
    exit 1
fi
exit 0
