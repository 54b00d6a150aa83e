#!/usr/bin/env bash
# Prints hvdesk's performance figures (offscreen). Targets are in the README; this script
# reports, it does not judge.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" dev >/dev/null
cmake --build --preset dev --target hvdesk_bench_startup hvdesk_bench_vmlist hvdesk_bench_settings \
    hvdesk_bench_migration hvdesk_bench_integration_report hvdesk_bench_network hvdesk_bench_local \
    hvdesk_bench_wsman hvdesk_bench_simd hvdesk_bench_wsman_parse hvdesk_bench_protocol_log hvdesk_bench_remote_enum \
    hvdesk-simd >/dev/null
bin=$root/build/dev/tests/bench
export QT_QPA_PLATFORM=offscreen

echo "== Start-up: process start to a populated list of 1,000 VMs on 10 hosts (5 runs)"
for i in 1 2 3 4 5; do
  HVDESK_BENCH_T0=$(date +%s%N) "$bin/hvdesk_bench_startup" 2>/dev/null
done

echo
echo "== Live refresh and population (Google Benchmark)"
"$bin/hvdesk_bench_vmlist" --benchmark_min_time=0.5 2>/dev/null

echo
echo "== VM Settings dialog: open, one edit to the preview, live refresh on 1,000 VMs (Google Benchmark)"
"$bin/hvdesk_bench_settings" --benchmark_min_time=0.5 2>/dev/null
echo "== Moves: compatibility report, simulator tick with 100 moves among 1,000 VMs (Google Benchmark)"
"$bin/hvdesk_bench_migration" --benchmark_min_time=0.5 2>/dev/null
echo "== Integration services report over 1,000 VMs on 10 hosts (Google Benchmark)"
"$bin/hvdesk_bench_integration_report" --benchmark_min_time=0.5 2>/dev/null
echo "== Network charts: simulation tick (64 hosts x 64 cores x 100 VMs), view update + render per tick"
"$bin/hvdesk_bench_network" --benchmark_min_time=0.5 2>/dev/null
echo "== WS-Management: parse and write envelopes; enumerate 1,000 VMs over loopback HTTPS (Google Benchmark)"
"$bin/hvdesk_bench_wsman" --benchmark_min_time=0.5 2>/dev/null
echo "== hvdesk-simd: the provider answering an optimized Enumerate of 1,000 VMs and its Pull, request to envelope bytes (Google Benchmark)"
"$bin/hvdesk_bench_simd" --benchmark_min_time=0.5 2>/dev/null
echo "== WS-Management: the client's parse of hvdesk-simd's envelopes for 1,000 VMs (Enumerate 504 KB, Pull 87 KB) (Google Benchmark)"
"$bin/hvdesk_bench_wsman_parse" --benchmark_min_time=0.5 2>/dev/null
echo "== Protocol log: record() off and at the 1,000-call bound, indenting an envelope, showing a call (Google Benchmark)"
"$bin/hvdesk_bench_protocol_log" --benchmark_min_time=0.5 2>/dev/null
echo "== libvirt: open and list 1,000 domains of a test-driver node file (Google Benchmark), then virsh on the same file"
node_dir=$(mktemp -d)
trap 'rm -rf "$node_dir"' EXIT
"$bin/hvdesk_bench_local" --node-xml "$node_dir/node.xml" --benchmark_min_time=0.5 2>/dev/null
if command -v virsh >/dev/null 2>&1; then
  for run in 1 2 3; do
    start=$(date +%s%N)
    virsh -c "test://$node_dir/node.xml" list --all >/dev/null
    echo "virsh list --all (1,000 domains): $(( ($(date +%s%N) - start) / 1000000 )) ms"
  done
else
  echo "virsh not installed (libvirt-clients): no comparison"
fi

echo
echo "== WS-Management: enumerate 1,000 VMs of one hvdesk-simd host over loopback HTTPS, hvdesk vs pywinrm"
echo "   (3 rounds of 5 runs each, alternating, against the same server; medians)"
simd_dir=$(mktemp -d)
export HVDESK_SIMD_PASSWORD="bench-$RANDOM$RANDOM"
"$root/build/dev/bin/hvdesk-simd" --topology 'sim:generate?hosts=1&vms=1000&seed=1' --port 0 \
    --state-dir "$simd_dir" >"$simd_dir/endpoints" 2>"$simd_dir/log" &
simd_pid=$!
trap 'kill $simd_pid 2>/dev/null; wait $simd_pid 2>/dev/null; rm -rf "$node_dir" "$simd_dir"' EXIT
for _ in $(seq 100); do grep -q '^ready$' "$simd_dir/endpoints" && break; sleep 0.1; done
read -r _ url _ sha < <(head -1 "$simd_dir/endpoints")
have_pywinrm=0
/usr/bin/python3 -c 'import winrm' 2>/dev/null && have_pywinrm=1
for round in 1 2 3; do
  "$bin/hvdesk_bench_remote_enum" --url "$url" --sha256 "$sha" --runs 5 --max-elements 1000 | tee -a "$simd_dir/hvdesk.txt"
  [ $have_pywinrm = 1 ] && /usr/bin/python3 "$root/tests/bench/pywinrm_enum.py" "$url" 5 1000 2>/dev/null | tee -a "$simd_dir/pywinrm.txt"
done
if [ $have_pywinrm = 1 ]; then
  # median FILE WORD: the median of the number after WORD ("objects in N ms", "client CPU N ms")
  median() { awk -v w="$2" '{for(i=1;i<=NF;i++) if($i==w) print $(i+1)}' "$1" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
  h=$(median "$simd_dir/hvdesk.txt" in); p=$(median "$simd_dir/pywinrm.txt" in)
  hc=$(median "$simd_dir/hvdesk.txt" CPU); pc=$(median "$simd_dir/pywinrm.txt" CPU)
  echo "median wall time: hvdesk $h ms, pywinrm $p ms: hvdesk is $(awk -v h="$h" -v p="$p" 'BEGIN{printf "%.1f", p/h}')x faster"
  echo "median client CPU: hvdesk $hc ms, pywinrm $pc ms: hvdesk is $(awk -v h="$hc" -v p="$pc" 'BEGIN{printf "%.1f", p/h}')x faster"
else
  echo "python3-winrm not installed: no comparison"
fi
