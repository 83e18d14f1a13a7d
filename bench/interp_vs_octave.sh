#!/usr/bin/env bash
# Runs the interpreter anchor benchmarks (../shared/bench/interp/bench_*.m)
# under gomat and GNU Octave, side by side, RUNS times each (default 3), and
# prints the median in-script time of each, the ratio Octave/gomat, and
# whether the checksums agree.
# Usage: bench/interp_vs_octave.sh [RUNS]      (needs octave-cli on PATH)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
anchors=${ANCHORS:-$root/../shared/bench/interp}
RUNS=${1:-3}
bin=$(mktemp -d)/gomat
trap 'rm -rf "$(dirname "$bin")"' EXIT
(cd "$root" && go build -o "$bin" ./cmd/gomat)
cd "$anchors"
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
declare -A gt ot gc oc
for r in $(seq 1 "$RUNS"); do
  for f in bench_*.m; do
    while read -r _ name secs sum; do
      gt[$name]+="$secs "; gc[$name]=$sum
    done < <("$bin" "$f" | grep '^BENCH')
    while read -r _ name secs sum; do
      ot[$name]+="$secs "; oc[$name]=$sum
    done < <(octave-cli -q -f --no-window-system "$f" 2>/dev/null | grep '^BENCH')
  done
done
echo "| benchmark | gomat median s | Octave median s | Octave/gomat | checksums |"
echo "|---|---:|---:|---:|---|"
for name in $(printf '%s\n' "${!gt[@]}" | sort); do
  g=$(printf '%s\n' ${gt[$name]} | median)
  o=$(printf '%s\n' ${ot[$name]:-0} | median)
  ratio=$(awk -v g="$g" -v o="$o" 'BEGIN {if (g > 0) printf "%.1f", o / g; else print "inf"}')
  same=differ
  [ "${gc[$name]}" = "${oc[$name]:-}" ] && same=agree
  echo "| $name | $g | $o | $ratio | $same (${gc[$name]} / ${oc[$name]:-none}) |"
done
