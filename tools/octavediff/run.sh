#!/usr/bin/env bash
# Differential check of gomat against GNU Octave: evaluates each expression
# of cases.txt in both (octave-cli on PATH; not needed by the test suite),
# prints the values to 10 significant digits with their class and size, and
# reports every case where the two disagree or one of them fails.
# Usage: tools/octavediff/run.sh [cases-file]   (GOMAT_BIN=path skips the build)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cases=${1:-$here/cases.txt}
if [ -n "${GOMAT_BIN:-}" ]; then
  bin=$GOMAT_BIN
else
  bin=$(mktemp -d)/gomat
  trap 'rm -rf "$(dirname "$bin")"' EXIT
  (cd "$root" && go build -o "$bin" ./cmd/gomat) || exit 1
fi
work=$(mktemp -d)
cd "$work"
probe="fprintf('%s %s |', class(x__), mat2str(size(x__))); fprintf(' %.10g', double(x__)); fprintf('\n');"
same=0; differ=0
while IFS= read -r expr; do
  [ -z "$expr" ] && continue
  g=$("$bin" -batch "x__ = $expr; $probe" 2>&1 | tail -1)
  o=$(octave-cli -q -f --no-window-system --eval "x__ = $expr; $probe" 2>&1 | grep -v '^error: ignoring const execution_exception\|^warning: function .* shadows' | tail -1)
  if [ "$g" = "$o" ]; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    printf 'DIFF %s\n  gomat:  %s\n  octave: %s\n' "$expr" "$g" "$o"
  fi
done < "$cases"
echo "$same agree, $differ differ"
