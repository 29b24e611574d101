#!/usr/bin/env bash
# Regenerates test/fixtures/real-world/: registers as county offices produce them, made with the
# real tools (openpyxl for .xlsx, LibreOffice for .xls and .ods, iconv for GBK and UTF-16), an
# industry plan (产业规划) in .xlsx, .xls, .ods and GBK CSV, plus
# hostile files (corrupt deflate, a lying zip size, an out-of-range cell reference, unclosed rows).
# The results are committed, so the tests do not need the tools. Needs:
#   apt-get update && apt-get install -y libreoffice-calc-nogui python3-openpyxl   (and iconv, in libc)
# Names are fictional; ID numbers are fictional with valid check characters (county 529901 is not
# a real county).
# 用真实工具生成“真实世界”样例（openpyxl、LibreOffice、iconv），结果已提交，测试无需这些工具。
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/real-world
mkdir -p "$out"
rm -f "$out"/*.xlsx "$out"/*.xls "$out"/*.ods "$out"/*.csv "$out"/*.ndjson "$out"/*.json

/usr/bin/python3 scripts/make-real-world-fixtures.py "$out"

# .xls (BIFF8) and .ods from the same workbook, through LibreOffice.
profile=$(mktemp -d)
for book in register plan; do
  for fmt in xls ods; do
    soffice -env:UserInstallation=file://"$profile" --headless --convert-to "$fmt" --outdir "$out" "$out/$book.xlsx" >/dev/null 2>&1
  done
done
rm -rf "$profile"

# Text encodings: Excel's "CSV" on Chinese Windows is GBK; "Unicode text" is UTF-16LE with tabs.
iconv -f UTF-8 -t GBK "$out/register-utf8.csv" > "$out/register-gbk.csv"
iconv -f UTF-8 -t GB18030 "$out/register-utf8.csv" > "$out/register-gb18030.csv"
{ printf '\xff\xfe'; tr ',' '\t' < "$out/register-utf8.csv" | iconv -f UTF-8 -t UTF-16LE; } > "$out/register-utf16.csv"
{ printf '\xef\xbb\xbf'; cat "$out/register-utf8.csv"; } > "$out/register-utf8-bom.csv"
iconv -f UTF-8 -t GBK "$out/ledger-utf8.csv" > "$out/ledger-gbk.csv"
rm "$out/ledger-utf8.csv"
iconv -f UTF-8 -t GBK "$out/plan-utf8.csv" > "$out/plan-gbk.csv"
rm "$out/plan-utf8.csv"
ls -l "$out"
