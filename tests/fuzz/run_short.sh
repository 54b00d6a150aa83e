#!/usr/bin/env bash
# ctest fuzz.wsman_response_short, fuzz.xml_diff_short and fuzz.http_short: builds the fuzz targets with clang (a
# build directory of its own beside the main build) and runs one for a bounded number of inputs
# over the seed corpus. Exit 77 (skipped) only when clang or its libFuzzer runtime is not installed.
set -euo pipefail
source_dir=$1   # tests/fuzz
build_dir=$2    # e.g. build/dev/fuzz
runs=${3:-20000}
target=${4:-wsman_fuzzer}
cxx=${HVDESK_FUZZ_CXX:-clang++-14}
if ! command -v "$cxx" >/dev/null 2>&1; then
  echo "SKIPPED: $cxx is not installed (Debian: clang-14 libclang-rt-14-dev); the fuzz target needs clang"
  exit 77
fi
if ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
   && ! "$cxx" -print-file-name=libclang_rt.fuzzer-x86_64.a | grep -q /; then
  echo "SKIPPED: the libFuzzer runtime is not installed (Debian: libclang-rt-14-dev)"
  exit 77
fi
if [ ! -f "$build_dir/build.ninja" ]; then
  CXX=$cxx cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build_dir.configure.log" 2>&1 \
    || { cat "$build_dir.configure.log"; exit 1; }
fi
cmake --build "$build_dir" -j2 >"$build_dir.build.log" 2>&1 || { tail -40 "$build_dir.build.log"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A target's own seeds and dictionary where it has them (corpus-http, http.dict), else the wsman ones.
name=${target%_fuzzer}
seeds=$source_dir/corpus-$name
[ -d "$seeds" ] || seeds=$source_dir/corpus
dict=$source_dir/$name.dict
[ -f "$dict" ] || dict=$source_dir/wsman.dict
cp "$seeds"/* "$work/"
# A crash, a leak, undefined behaviour or a broken invariant ends the run with a non-zero status.
"$build_dir/$target" -runs="$runs" -max_total_time=20 -timeout=5 -rss_limit_mb=1024 -max_len=65536 \
  -dict="$dict" -artifact_prefix="$work/" -print_final_stats=1 "$work" 2>&1 | tail -25
