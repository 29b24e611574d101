#!/usr/bin/env bash
# Regenerates test/fixtures/county-trial/ (see scripts/make-county-trial-fixtures.py): registers
# as a county clerk makes them, for the trial of the command. openpyxl writes the .xlsx and the
# CSVs, iconv makes the GBK copy and the CSV renamed to .xls. Results are committed; the tests do
# not need the tools. Needs: python3-openpyxl, iconv.
# 生成“县里经办人做的文件”样例；结果已提交，测试无需这些工具。
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/county-trial
mkdir -p "$out"
rm -f "$out"/*.xlsx "$out"/*.xls "$out"/*.csv
/usr/bin/python3 scripts/make-county-trial-fixtures.py "$out"
# Excel's CSV on Chinese Windows is GBK; the same file renamed to .xls is a common mistake.
iconv -f UTF-8 -t GBK "$out/county-template-visits.csv" > "$out/county-template-visits-gbk.csv"
cp "$out/county-template-visits-gbk.csv" "$out/csv-renamed.xls"
ls -l "$out"
