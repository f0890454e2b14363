"""Prints a Gatling report's requests as a Markdown table: kind, count, p50, p75, p95, p99, max, failed.
Usage: python3 scripts/lib/gatling-table.py target/gatling/<run>/js/stats.js"""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()


def value(block, key):
    m = re.search(r'"%s":\s*\{\s*"total":\s*"([^"]*)",\s*"ok":\s*"([^"]*)",\s*"ko":\s*"([^"]*)"' % key, block)
    return m.groups() if m else ("-", "-", "-")


print("| request | n | p50 ms | p75 ms | p95 ms | p99 ms | max ms | failed |")
print("|---|---|---|---|---|---|---|---|")
for m in re.finditer(r'type: "REQUEST",\s*name: "([^"]+)"', text):
    block = text[m.end():m.end() + 3000]
    n = value(block, "numberOfRequests")
    p = [value(block, "percentiles%d" % i)[1] for i in range(1, 5)]
    mx = value(block, "maxResponseTime")[1]
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (m.group(1), n[0], p[0], p[1], p[2], p[3], mx, n[2]))
