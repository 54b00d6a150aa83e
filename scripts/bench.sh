#!/usr/bin/env bash
# Prints hvdesk's performance figures (offscreen). Targets are in the README; this script
# reports, it does not judge.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" dev >/dev/null
cmake --build --preset dev --target hvdesk_bench_startup hvdesk_bench_vmlist hvdesk_bench_settings \
    hvdesk_bench_migration hvdesk_bench_integration_report hvdesk_bench_network hvdesk_bench_local \
    hvdesk_bench_wsman >/dev/null
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
