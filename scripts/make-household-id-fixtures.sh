#!/usr/bin/env bash
# Regenerates test/fixtures/real-world/household-id-as-number.{xlsx,xls}: a register whose 户编号
# cells are numbers of 16 digits. openpyxl writes the source; LibreOffice saves it as .xlsx and
# .xls, keeping 15 significant digits as Excel does (5299011012010001 → 5299011012010000), so the
# committed files hold the rounded ids a county's file really holds. The results are committed, so
# the tests do not need the tools. Needs:
#   apt-get update && apt-get install -y libreoffice-calc-nogui python3-openpyxl
# 生成户编号被存为 16 位数字的户表样例（openpyxl 写源文件，LibreOffice 另存为 .xlsx 与 .xls）。
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/real-world
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 scripts/make-household-id-fixtures.py "$tmp/household-id-as-number.xlsx"
mkdir "$tmp/out"
for fmt in xlsx xls; do
  soffice -env:UserInstallation=file://"$tmp/profile" --headless --convert-to "$fmt" --outdir "$tmp/out" "$tmp/household-id-as-number.xlsx" >/dev/null 2>&1
done
cp "$tmp/out/household-id-as-number.xlsx" "$tmp/out/household-id-as-number.xls" "$out/"
ls -l "$out"/household-id-as-number.*
