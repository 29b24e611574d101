#!/usr/bin/env bash
# npm test: typecheck, the unit tests under three host time zones, the browser test, the build,
# the consumer type test (test/consumer compiled against dist/ under each module resolution),
# the packed package (publint and attw, every resolution including node10).
# Ends with one line of its own, alone on the line: "N passed, N failed" (vitest totals
# summed over the four runs, plus one per consumer project). Exits non-zero when any step fails.
set -u
cd "$(dirname "$0")/.."
status=0
out=.vitest
rm -rf "$out" && mkdir -p "$out"

echo "== typecheck"
npx tsc --noEmit || { echo "typecheck failed"; status=1; }

for tz in UTC Asia/Shanghai America/Los_Angeles; do
  echo "== unit tests, TZ=$tz"
  file="$out/$(echo "$tz" | tr '/' '_').json"
  TZ="$tz" npx vitest run --reporter=default --reporter=json --outputFile.json="$file" || status=1
done

echo "== browser test (Chromium opens the sample county's report)"
npx vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$out/browser.json" || status=1

echo "== build"
npm run --silent build || { echo "build failed"; status=1; }

echo "== core bundle"
node scripts/check-core-bundle.mjs || status=1

echo "== consumer type test (the built package under node16 ESM/CJS, bundler, node10)"
node scripts/check-consumer.mjs "$out/consumer.json" || status=1

echo "== package (publint, attw)"
{ npx publint && npx attw --pack . ; } || { echo "package check failed"; status=1; }

node scripts/totals.mjs "$out" || status=1
exit "$status"
