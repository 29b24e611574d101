#!/usr/bin/env bash
# Regenerates the monitoring fixture (test/fixtures/monitoring/) and its tables as counties hold
# the monitoring system's export: monitoring-gbk.csv (GBK, a title row above the header),
# monitoring.xlsx (openpyxl: a notes sheet, a merged title row, numbered risk columns, date
# cells), monitoring.xls and monitoring.ods (LibreOffice, from the .xlsx). The results are
# committed, so the tests do not need the tools. Needs iconv, /usr/bin/python3 with openpyxl and
# LibreOffice (`soffice`); without LibreOffice the .xls and .ods are left as they are.
# 生成防返贫监测样例的表格版本（GBK CSV、xlsx、xls、ods），结果已提交，测试无需这些工具。
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/monitoring

npx tsx scripts/make-monitoring-fixture.ts

{ printf '示例县防止返贫监测对象信息表（虚构）\r\n'; cat "$out/monitoring-utf8.csv"; } | iconv -f UTF-8 -t GBK > "$out/monitoring-gbk.csv"

/usr/bin/python3 scripts/make-monitoring-tables.py "$out/monitoring-utf8.csv" "$out/monitoring.xlsx"

if command -v soffice >/dev/null; then
  profile=$(mktemp -d)
  for fmt in xls ods; do
    soffice -env:UserInstallation=file://"$profile" --headless --convert-to "$fmt" --outdir "$out" "$out/monitoring.xlsx" >/dev/null 2>&1
  done
  rm -rf "$profile"
fi
ls -l "$out"
