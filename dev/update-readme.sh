#!/usr/bin/env bash
# Regenerates the generated parts of README.md (the rule table and the example output) from the built kubelint;
# ReadmeTest fails until they are up to date.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rules="$(./kubelint rules --format markdown)"
example="$(./kubelint lint --color=never testdata/examples || true)"
python3 - "$rules" "$example" <<'PY'
import re, sys
rules, example = sys.argv[1], sys.argv[2]
text = open("README.md", encoding="utf-8").read()
def splice(text, name, body):
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    i, j = text.index(start) + len(start), text.index(end)
    return text[:i] + "\n" + body.strip("\n") + "\n" + text[j:]
text = splice(text, "rules", rules)
text = splice(text, "example-output", "```text\n" + example.strip("\n") + "\n```")
open("README.md", "w", encoding="utf-8").write(text)
PY
echo "README.md updated"
