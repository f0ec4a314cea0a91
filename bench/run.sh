#!/usr/bin/env bash
# Whole-process benchmark of `kubelint lint`: wall time and peak resident memory (RSS) for
#   small   one small manifest (testdata/examples/clean.yaml) - start-up dominated
#   corpus  the real-world corpus in ../shared/corpus (1,220 files written by other projects)
#   stream  a 100,000-document YAML stream built by ../shared/bench/make-stream
# Each case runs RUNS times (default 5); the median wall time and the largest peak RSS are printed.
# Usage: bench/run.sh [small|corpus|stream ...]   (default: all three)
# Environment: RUNS, CORPUS (default ../shared/corpus), STREAM_DOCS (default 100000), KUBELINT_JAVA_OPTS.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/bench/out"
mkdir -p "$out"
runs="${RUNS:-5}"
corpus="${CORPUS:-$here/../shared/corpus}"
docs="${STREAM_DOCS:-100000}"
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(small corpus stream)

"$here/kubelint" --version >/dev/null  # builds the jar if needed

stream="$out/stream-$docs.yaml"
if [[ " ${cases[*]} " == *" stream "* ]] && [ ! -s "$stream" ]; then
  "$here/../shared/bench/make-stream" "$docs" > "$stream"
fi

measure() { # name, then the kubelint arguments
  local name="$1"; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$here/kubelint" lint --fail-on none --format json "$@" \
      > "$out/$name.json" 2> "$out/$name.err" || true
    read -r wall kb < "$out/time.txt"
    times+=("$wall")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  local findings
  findings=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); s=d['summary']; print(s['files'], 'files', s['documents'], 'documents', len(d['findings']), 'findings')" "$out/$name.json" 2>/dev/null || echo "?")
  printf '%-7s median %6.2f s  peak RSS %6d MiB  (%s runs; %s)\n' "$name" "$median" $((rss / 1024)) "$runs" "$findings"
}

for c in "${cases[@]}"; do
  case "$c" in
    small) measure small "$here/testdata/examples/clean.yaml" ;;
    corpus) measure corpus "$corpus" ;;
    stream) measure stream "$stream" ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
done
