#!/usr/bin/env bash
# Regenerates the rule pages docs/rules/RULE-ID.md from each rule's @RuleInfo and its testdata/rules/RULE-ID/ cases
# (rules/src/test/java/io/kubelint/rules/RulePages.java); RulePagesTest fails until they are up to date.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -B -q -pl rules -am test -Dtest=RulePagesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkubelint.updateRuleDocs=true
echo "docs/rules/ updated"
