#!/usr/bin/env bash
# End-to-end checks of the trawl command line: exit codes, inputs, outputs.
# usage: cli_test.sh TRAWL SOURCE_DIR
set -u
TRAWL=$1
SRC=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fails=0
check() {  # check NAME EXPECTED_RC ACTUAL_RC
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: exit $3, want $2"; fails=$((fails + 1)); fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then echo "ok   $1"; else echo "FAIL $1: '$3' not in output:"; head -20 "$2"; fails=$((fails + 1)); fi
}
SEED=$SRC/corpus/for-all-mankind-renewal.txt

"$TRAWL" extract --bogus > "$WORK/out" 2> "$WORK/err"; check "unknown option is a usage error" 2 $?
# A missing input is reported and skipped, the others still come out: exit 1.
"$TRAWL" extract -f ntriples "$WORK/missing.txt" "$SEED" > "$WORK/out" 2> "$WORK/err"; check "missing input" 1 $?
contains "missing input is named" "$WORK/err" "missing.txt: error: No such file or directory (skipped)"
contains "the other input still comes out" "$WORK/out" "<https://w3id.org/trawl/vocab#created_by>"
# A link loop and a broken link inside a folder are reported; the run goes on.
mkdir -p "$WORK/links" && cp "$SEED" "$WORK/links/a.txt" && ln -s loop.txt "$WORK/links/loop.txt" &&
  ln -s gone.txt "$WORK/links/broken.txt" && ln -s .. "$WORK/links/up"
"$TRAWL" extract -f ntriples "$WORK/links" > "$WORK/out" 2> "$WORK/err"; check "link loop skipped" 1 $?
contains "link loop named" "$WORK/err" "loop.txt: error: Too many levels of symbolic links (skipped)"
contains "broken link named" "$WORK/err" "broken.txt: error: broken symbolic link (skipped)"
contains "article next to the links comes out" "$WORK/out" "<https://w3id.org/trawl/vocab#created_by>"

"$TRAWL" extract -f ntriples "$SEED" > "$WORK/seed.nt" 2> "$WORK/err"; check "extract seed" 0 $?
contains "relation predicate" "$WORK/seed.nt" "<https://w3id.org/trawl/vocab#created_by>"
contains "season number" "$WORK/seed.nt" '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
contains "article date" "$WORK/seed.nt" '"2024-04-17"^^<http://www.w3.org/2001/XMLSchema#date>'

"$TRAWL" extract -f ntriples - < "$SEED" > "$WORK/stdin.nt" 2> "$WORK/err"; check "stdin input" 0 $?
# Same facts from stdin as from the file (only the article id differs).
n_file=$(grep -c vocab "$WORK/seed.nt"); n_stdin=$(grep -c vocab "$WORK/stdin.nt")
check "stdin gives the same facts" "$n_file" "$n_stdin"

# A bad article is reported and skipped; the good one still comes out; exit 1.
mkdir -p "$WORK/in" && cp "$SEED" "$WORK/in/a.txt" && printf 'x' > "$WORK/in/b.txt" && chmod 000 "$WORK/in/b.txt"
if [ "$(id -u)" != 0 ]; then
  "$TRAWL" extract -d "$WORK/outdir" "$WORK/in" 2> "$WORK/err"; check "unreadable article skipped" 1 $?
  contains "skipped article named" "$WORK/err" "b.txt"
fi
# Input the reader repairs is extracted with a warning naming the file; a
# binary file is skipped; a closed stdin is no empty article.
mkdir -p "$WORK/bad" && printf ' date 2024-13-45 Hulu renewed Cold Lake for a second season.\n' > "$WORK/bad/date.txt" &&
  printf 'Hulu renewed Cold \377Lake.\n' > "$WORK/bad/utf8.txt" &&
  head -c 4096 /dev/urandom > "$WORK/bad/binary.txt"
"$TRAWL" extract -f ntriples "$WORK/bad" > "$WORK/out" 2> "$WORK/err"; check "binary file skipped" 1 $?
contains "impossible date named" "$WORK/err" "date.txt: warning: impossible date 2024-13-45 in the date header: ignored"
contains "invalid UTF-8 named with its offset" "$WORK/err" "utf8.txt: warning: invalid UTF-8 at byte 18"
contains "binary file named" "$WORK/err" "binary.txt: error: binary file, not a text article (skipped)"
if grep -q datePublished "$WORK/out"; then echo "FAIL impossible date published"; fails=$((fails + 1)); else echo "ok   no datePublished for an impossible date"; fi
"$TRAWL" extract -f ntriples - <&- > "$WORK/out" 2> "$WORK/err"; check "closed stdin skipped" 1 $?
contains "closed stdin named" "$WORK/err" "<stdin>: error: standard input is closed (skipped)"
# Write errors are errors in every command (a full disk), and --output-dir
# leaves no partial file when a write fails.
if [ -w /dev/full ]; then
  "$TRAWL" explain "$SEED" > /dev/full 2> "$WORK/err"; check "explain to a full disk" 2 $?
  contains "full disk named" "$WORK/err" "<stdout>: error: cannot write: No space left on device"
  "$TRAWL" eval --gold "$SRC/tests/data/seed.gold.tsv" "$SEED" > /dev/full 2> /dev/null; check "eval to a full disk" 2 $?
  "$TRAWL" rules check > /dev/full 2> /dev/null; check "rules check to a full disk" 2 $?
fi
mkdir -p "$WORK/od/for-all-mankind-renewal.nt"
"$TRAWL" extract -f ntriples -d "$WORK/od" "$SEED" 2> "$WORK/err"; check "unwritable article file" 2 $?
contains "unwritable article named" "$WORK/err" "for-all-mankind-renewal.nt: error: cannot rename"
check "no partial file left" 0 "$(find "$WORK/od" -name '*.part' | wc -l)"

# eval scores the articles its gold names, not every article of the folder.
mkdir -p "$WORK/ev" && cp "$SEED" "$WORK/ev/" && cp "$SRC/corpus/dev-01-last-of-us-season-2.txt" "$WORK/ev/"
"$TRAWL" eval --gold "$SRC/tests/data/seed.gold.tsv" "$WORK/ev" > "$WORK/out" 2> "$WORK/err"; check "eval" 0 $?
contains "eval scores the gold's articles" "$WORK/out" "over 1 articles"
# A phrasing bank: a case passes only with exactly the expected triples.
cat > "$WORK/bank.toml" <<'TOML'
relation = "created_by"
[[case]]
text = '''Cold Lake was created by Ann Low.'''
expect = ["Cold Lake | created_by | Ann Low"]
[[case]]
text = '''Cold Lake was developed by Ann Low.'''
expect = []
[[case]]
text = '''Cold Lake was created by Ann Low.'''
expect = ["Cold Lake | created_by | Bo Diaz"]
TOML
"$TRAWL" rules bank -v "$WORK/bank.toml" > "$WORK/out" 2> "$WORK/err"; check "bank" 0 $?
contains "bank counts cases" "$WORK/out" "cases   1/  2  near misses   1/  1"
contains "bank names the failing case" "$WORK/out" "bank.toml:8: case: expected cold lake | created_by | bo diaz, got cold lake | created_by | ann low"
"$TRAWL" rules bank --min-cases 0.9 "$WORK/bank.toml" > "$WORK/out" 2> "$WORK/err"; check "bank below the bar" 1 $?
"$TRAWL" extract -d "$WORK/outdir2" "$SRC/corpus" 2> "$WORK/err"; check "directory to output dir" 0 $?
[ -s "$WORK/outdir2/for-all-mankind-renewal.ttl" ]; check "one Turtle file per article" 0 $?

# Output does not depend on the number of threads.
"$TRAWL" extract -j1 -f ntriples "$SRC/corpus" > "$WORK/j1.nt" && "$TRAWL" extract -j3 -f ntriples "$SRC/corpus" > "$WORK/j3.nt"
cmp -s "$WORK/j1.nt" "$WORK/j3.nt"; check "same output with 1 and 3 threads" 0 $?

# A closed pipe is not an error.
"$TRAWL" extract -f ntriples "$SRC/corpus" "$SRC/corpus" "$SRC/corpus" | head -1 > /dev/null
check "closed stdout" 0 "${PIPESTATUS[0]}"
# ... in the text commands too, when the reader leaves long before the end.
"$TRAWL" explain "$SRC/corpus" | head -1 > /dev/null
check "explain into a closed pipe" 0 "${PIPESTATUS[0]}"

# Bad rules stop extraction before any work, with file:line.
cp -r "$SRC/rules" "$WORK/rules" && printf "\n[[rule]]\nid = \"x.bad\"\npattern = '''(?P<object>{PEOPLE}'''\n" >> "$WORK/rules/relations/created_by.toml"
"$TRAWL" extract --rules "$WORK/rules" "$SEED" > "$WORK/out" 2> "$WORK/err"; check "extract refuses bad rules" 2 $?
contains "bad rule reported with file:line" "$WORK/err" "created_by.toml:"
[ ! -s "$WORK/out" ]; check "nothing written with bad rules" 0 $?
"$TRAWL" rules check --rules "$WORK/rules" > "$WORK/out" 2> "$WORK/err"; check "rules check on bad rules" 2 $?

"$TRAWL" explain "$SEED" > "$WORK/explain" 2>&1; check "explain" 0 $?
contains "explain names rules" "$WORK/explain" "frames/verbs.toml:"
n_rules=$(grep -c "^    rule " "$WORK/explain")
[ "$n_rules" -ge 28 ]; check "explain names a rule for each of the seed's 28 facts ($n_rules)" 0 $?
contains "explain shows a vetoed candidate" "$WORK/explain" "vetoed by guard"
"$TRAWL" explain --json "$SEED" > "$WORK/explain.jsonl" 2>&1; check "explain --json" 0 $?
contains "explain --json has rule sources" "$WORK/explain.jsonl" '"rule_source":'
if command -v python3 > /dev/null; then
  python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$WORK/explain.jsonl"; check "explain --json is JSON Lines" 0 $?
fi
"$TRAWL" extract --provenance -f ntriples "$SEED" > "$WORK/prov.nt" 2>&1; check "provenance" 0 $?
contains "provenance statement" "$WORK/prov.nt" "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>"

# Independent parsers accept the output (rapper is installed by .ci/install).
if command -v rapper > /dev/null; then
  "$TRAWL" extract "$SRC/corpus" -o "$WORK/all.ttl"; check "extract corpus as Turtle" 0 $?
  "$TRAWL" extract -f ntriples --provenance "$SRC/corpus" -o "$WORK/all.nt"; check "extract corpus as N-Triples" 0 $?
  rapper -q -i turtle -c "$WORK/all.ttl"; check "rapper accepts the Turtle" 0 $?
  rapper -q -i ntriples -c "$WORK/all.nt"; check "rapper accepts the N-Triples" 0 $?
  "$TRAWL" extract -f nquads "$SRC/corpus" -o "$WORK/all.nq"; check "extract corpus as N-Quads" 0 $?
  "$TRAWL" extract -f trig "$SRC/corpus" -o "$WORK/all.trig"; check "extract corpus as TriG" 0 $?
  rapper -q -i nquads -c "$WORK/all.nq"; check "rapper accepts the N-Quads" 0 $?
  rapper -q -i trig -c "$WORK/all.trig"; check "rapper accepts the TriG" 0 $?
  n_graphs=$(cut -d' ' -f4- "$WORK/all.nq" | grep -o '<https://w3id.org/trawl/article/[^>]*> \.$' | sort -u | wc -l)
  n_articles=$(ls "$SRC"/corpus/*.txt | wc -l)
  check "one named graph per article" "$n_articles" "$n_graphs"
  n_ttl=$(rapper -i turtle -o ntriples "$WORK/all.ttl" 2> /dev/null | sort -u | wc -l)
  n_nt=$("$TRAWL" extract -f ntriples "$SRC/corpus" | sort -u | wc -l)
  check "Turtle and N-Triples hold the same triples" "$n_nt" "$n_ttl"
  rapper -q -i turtle -c "$SRC/rules/vocab.ttl"; check "rapper accepts rules/vocab.ttl" 0 $?
  # every relation a rule file names (a file may name more than one)
  for rel in $(sed -n 's/^relation = "\(.*\)"/\1/p' "$SRC"/rules/relations/*.toml | sort -u); do
    grep -q "^trawl:$rel a owl:ObjectProperty" "$SRC/rules/vocab.ttl"; check "vocab.ttl describes $rel" 0 $?
  done
else
  echo "FAIL rapper is not installed (run .ci/install)"; fails=$((fails + 1))
fi

echo "$fails failed"
[ "$fails" = 0 ]
