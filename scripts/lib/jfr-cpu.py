"""Splits the app's CPU in the cohort's quiz period by request kind, from a JFR recording's execution samples.

Usage: python3 scripts/lib/jfr-cpu.py RECORDING.jfr PHASES CPU STATS_JS JAVA_HOME
  PHASES    the simulation's phases file: "<sign-ins start> <quiz window start>" (epoch seconds)
  CPU       scripts/bench-cohort.sh's samples: "<epoch s> <app ticks> <postgres ticks>" every 5 s
  STATS_JS  Gatling's js/stats.js (request counts per kind)

A sample counts for a kind when its stack holds that kind's own code (the first rule that matches, most
specific first); samples of request handling that no kind owns (Vaadin reading and writing UIDL, the
security filters, Tomcat) are "shared" and spread over every request of the period. CPU per request of a
kind = (its samples + its share of the shared samples) / all samples x the app's CPU seconds in the period
(from /proc) / its requests. JIT and GC threads are not Java threads and never sampled: their CPU is
spread the same way, as part of the /proc figure.
"""
import datetime
import re
import subprocess
import sys

recording, phases_file, cpu_file, stats_js, java_home = sys.argv[1:6]

# (kind, request names in Gatling, frames any of which make a sample that kind's), most specific first
KINDS = [
    ("answer", ["answer"], ["QuizService.saveAnswer", "QuizView.save"]),
    ("submit + confirm", ["submit", "confirm"], ["QuizService.submit", "QuizService.result", "QuizView.confirm",
                                                 "QuizView.submit", "QuizView.showResult", "certificate."]),
    ("start quiz", ["start quiz"], ["QuizService.startOrResume", "QuizService.open", "quiz.ui.QuizView"]),
    ("module", ["module"], ["progress.ui.ModuleView"]),
    ("course", ["course"], ["progress.ui.CourseView"]),
    ("my courses", ["my courses"], ["progress.ui.MyCoursesView"]),
    ("open app", ["open app (page)", "open app"], ["BootstrapHandler", "IndexHtmlRequestHandler",
                                                   "JavaScriptBootstrapHandler", "home.ui.HomeView", "MainLayout"]),
]

start, window = (int(x) for x in open(phases_file).read().split()[:2])
cpu = [tuple(int(v) for v in line.split()) for line in open(cpu_file) if line.strip()]
ticks = int(subprocess.run(["getconf", "CLK_TCK"], capture_output=True, text=True).stdout)
before = [c for c in cpu if c[0] <= window]
app_cpu_s = (cpu[-1][1] - (before[-1][1] if before else cpu[0][1])) / ticks
end = cpu[-1][0]

stats = open(stats_js, encoding="utf-8").read()
counts = {}
for m in re.finditer(r'type: "REQUEST",\s*name: "([^"]+)"', stats):
    n = re.search(r'"numberOfRequests":\s*\{\s*"total":\s*"(\d+)"', stats[m.end():m.end() + 3000])
    counts[m.group(1)] = int(n.group(1)) if n else 0

def first_start(args, pattern):
    text = subprocess.run([java_home + "/bin/jfr", "print"] + args + ["--events", "jdk.CPULoad", recording],
                          capture_output=True, text=True, check=True).stdout
    return re.search(pattern, text)


# `jfr print` writes times in the recorded JVM's offset, without naming it; its JSON writes them in UTC
iso = first_start(["--json"], r'"startTime": "(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)')
local = first_start([], r"startTime = (\d\d:\d\d:\d\d)\.\d+ \((\d{4}-\d\d-\d\d)\)")
utc_first = datetime.datetime.strptime(iso.group(1), "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc)
shown_first = datetime.datetime.strptime(local.group(2) + " " + local.group(1), "%Y-%m-%d %H:%M:%S").replace(
    tzinfo=datetime.timezone.utc)
offset = round((shown_first - utc_first).total_seconds() / 900) * 900

out = subprocess.run(
    [java_home + "/bin/jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
    capture_output=True, text=True, check=True).stdout
own = {k[0]: 0 for k in KINDS}
shared = 0
other_threads = 0
total = 0
for event in out.split("jdk.ExecutionSample {")[1:]:
    t = re.search(r"startTime = (\d\d:\d\d:\d\d)\.\d+ \((\d{4}-\d\d-\d\d)\)", event)
    if not t:
        continue
    at = datetime.datetime.strptime(t.group(2) + " " + t.group(1), "%Y-%m-%d %H:%M:%S")
    epoch = at.replace(tzinfo=datetime.timezone.utc).timestamp() - offset
    if epoch < window or epoch > end:
        continue
    total += 1
    kind = next((k for k, _, frames in KINDS if any(f in event for f in frames)), None)
    if kind:
        own[kind] += 1
    elif "http-nio" in event or "Http11" in event or "FilterChain" in event:
        shared += 1
    else:
        other_threads += 1

if total == 0:
    sys.exit("no execution samples in the quiz period")
requests = sum(counts.get(name, 0) for _, names, _ in KINDS for name in names)
print("App CPU in the quiz period: %.1f s over %d s; %d samples: %.0f%% owned by a kind, %.0f%% shared request "
      "handling, %.0f%% other threads (scheduler, pool housekeeping)" % (
          app_cpu_s, end - window, total, 100.0 * sum(own.values()) / total, 100.0 * shared / total,
          100.0 * other_threads / total))
print("| request kind | requests | own CPU ms per request | with shared handling, ms per request |")
print("|---|---|---|---|")
per_sample_ms = app_cpu_s * 1000 / total
for kind, names, _ in KINDS:
    n = sum(counts.get(name, 0) for name in names)
    if n == 0:
        continue
    own_ms = own[kind] * per_sample_ms / n
    with_shared = own_ms + (shared + other_threads) * per_sample_ms / requests
    print("| %s | %d | %.1f | %.1f |" % (kind, n, own_ms, with_shared))
