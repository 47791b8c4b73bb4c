#!/usr/bin/env bash
# Timed CLI run over a generated corpus: the corpus/ articles copied N times
# (default 100) under new names. Prints MB/s, articles/s and peak RSS for 1
# thread and for all cores.
# usage: bench/corpus_run.sh [N] [TRAWL]
set -euo pipefail
N=${1:-100}
SRC=$(cd "$(dirname "$0")/.." && pwd)
TRAWL=${2:-$SRC/build/trawl}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/in"
for i in $(seq 1 "$N"); do
  for f in "$SRC"/corpus/*.txt; do cp "$f" "$WORK/in/$(basename "$f" .txt)-$i.txt"; done
done
bytes=$(cat "$WORK"/in/*.txt | wc -c)
articles=$(ls "$WORK/in" | wc -l)
echo "corpus: $articles articles, $bytes bytes"
for jobs in 1 0; do
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M" -o "$WORK/rss" "$TRAWL" extract -j "$jobs" -f ntriples "$WORK/in" -o "$WORK/out.nt"
    rss="$(cat "$WORK/rss") KiB peak RSS"
  else
    "$TRAWL" extract -j "$jobs" -f ntriples "$WORK/in" -o "$WORK/out.nt"
    rss="peak RSS not measured (no /usr/bin/time)"
  fi
  ns=$(( $(date +%s%N) - start ))
  awk -v b="$bytes" -v a="$articles" -v ns="$ns" -v j="$jobs" -v rss="$rss" 'BEGIN {
    s = ns / 1e9; printf "jobs=%s: %.2f s, %.2f MB/s, %.0f articles/s, %s\n", (j == 0 ? "all" : j), s, b / s / 1e6, a / s, rss }'
done
echo "triples: $(wc -l < "$WORK/out.nt")"
