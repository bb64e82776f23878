#!/usr/bin/env python3
"""Summarises a JFR recording of the gateway (bash scripts/benchmark.sh --jfr): where the CPU samples fall
(by component, by top frame, by the first gateway frame on the stack), where threads block (monitors,
parks) and the file syncs. Uses only the JDK's `jfr` tool and the Python standard library.

    python3 scripts/benchmark/jfr_top.py target/benchmark/run-<stamp>/gateway.jfr [--top 25] [--window 18:55:00-18:55:30]

--window keeps the events that started in that span of the day (the recording's clock, as `jfr print` writes it),
e.g. one phase of a run: the benchmark's log gives each phase's second since its start, the result file's stamp the start.
"""
import collections
import json
import re
import subprocess
import sys

# Component of a frame, by the first matching package prefix (order matters).
COMPONENTS = [
    ("org.h2.", "H2 database"),
    ("org.apache.activemq.", "Artemis broker/client"),
    ("org.springframework.jms.", "Spring JMS listener"),
    ("org.apache.camel.", "Camel"),
    ("ch.qos.logback.", "logging (logback)"),
    ("org.slf4j.", "logging (logback)"),
    ("com.fasterxml.jackson.", "Jackson JSON"),
    ("org.apache.tomcat.", "Tomcat (HTTP server)"),
    ("org.apache.coyote.", "Tomcat (HTTP server)"),
    ("org.apache.catalina.", "Tomcat (HTTP server)"),
    ("org.springframework.security.", "Spring Security"),
    ("jdk.internal.net.http.", "JDK HttpClient"),
    ("sun.net.www.", "JDK HttpURLConnection"),
    ("org.springframework.web.client.", "Spring RestClient"),
    ("org.springframework.http.", "Spring HTTP"),
    ("com.zaxxer.hikari.", "Hikari pool"),
    ("org.springframework.jdbc.", "Spring JDBC"),
    ("org.springframework.transaction.", "Spring transactions"),
    ("io.github.resilience4j.", "Resilience4j"),
    ("io.micrometer.", "Micrometer"),
    ("vn.resultpost.", "gateway code"),
    ("sun.security.", "JDK crypto"),
    ("com.sun.crypto.", "JDK crypto"),
    ("java.security.", "JDK crypto"),
    ("javax.crypto.", "JDK crypto"),
    ("java.util.regex.", "JDK regex"),
    ("java.util.zip.", "JDK zip"),
    ("sun.nio.", "JDK NIO"),
    ("java.nio.", "JDK NIO"),
    ("java.io.", "JDK IO"),
]


def component(frames):
    """The component of a sample: the first frame (from the top) that falls in a known non-JDK package,
    else the top frame's JDK package."""
    for f in frames:
        for prefix, name in COMPONENTS:
            if f.startswith(prefix) and not name.startswith("JDK"):
                return name
    for f in frames:
        for prefix, name in COMPONENTS:
            if f.startswith(prefix):
                return name
    return "other (" + (frames[0].rsplit(".", 2)[0] if frames else "?") + ")"


def frames_of(event):
    out = []
    for fr in (event.get("values", {}).get("stackTrace") or {}).get("frames", []) or []:
        m = fr.get("method", {})
        t = m.get("type", {}).get("name", "?").replace("/", ".")
        out.append(t + "." + m.get("name", "?"))
    return out


def in_window(event, window):
    """Whether the event started within window, (from, to) as time of day HH:MM:SS, both ends included; None: always."""
    if window is None:
        return True
    start = event.get("values", {}).get("startTime", "")
    clock = start[11:19] if len(start) >= 19 else ""
    return window[0] <= clock <= window[1]


def load(path, events, window):
    # Deep stacks: Spring + Camel + JDBC + H2 put the gateway's frames 60-150 frames below the top.
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", events, path],
                         check=True, capture_output=True, text=True).stdout
    return [e for e in json.loads(raw)["recording"]["events"] if in_window(e, window)]


def show(title, counter, total, top):
    print(f"\n{title} ({total} samples)")
    for k, n in counter.most_common(top):
        print(f"  {100.0 * n / max(1, total):5.1f}%  {n:6d}  {k}")


def main():
    path = sys.argv[1]
    window = tuple(sys.argv[sys.argv.index("--window") + 1].split("-", 1)) if "--window" in sys.argv else None
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
    samples = load(path, "jdk.ExecutionSample", window)
    by_component = collections.Counter()
    by_top = collections.Counter()
    by_gateway = collections.Counter()
    by_thread = collections.Counter()
    by_stage = collections.defaultdict(collections.Counter)
    for e in samples:
        fr = frames_of(e)
        by_component[component(fr)] += 1
        by_top[fr[0] if fr else "?"] += 1
        gw = next((f for f in fr if f.startswith("vn.resultpost.")), "(no gateway frame)")
        by_gateway[gw] += 1
        name = (e["values"].get("sampledThread") or {}).get("javaName") or "?"
        family = re.sub(r"\d+", "N", name)
        by_thread[family] += 1
        own = next((f for f in fr if f.startswith("vn.resultpost.") and "$$" not in f and "lambda$" not in f),
                   "(no gateway frame)")
        by_stage[family][".".join(own.split(".")[-2:])] += 1
    total = len(samples)
    show("CPU samples by component (first known frame from the top)", by_component, total, top)
    show("CPU samples by top frame", by_top, total, top)
    show("CPU samples by first gateway frame on the stack", by_gateway, total, top)
    show("CPU samples by thread (numbers as N)", by_thread, total, top)
    print("\nEach busy thread family by its innermost gateway method (where the time under it goes)")
    for name, n in by_thread.most_common(6):
        stage = by_stage[name]
        print(f"  {100.0 * n / max(1, total):5.1f}%  {name}: " + ", ".join(
            f"{k} {100.0 * c / max(1, n):.0f}%" for k, c in stage.most_common(8)))

    for events, title in (("jdk.JavaMonitorEnter", "Blocked on monitors (by first gateway or library frame)"),
                          ("jdk.ThreadPark", "Parked threads (by the frame that parked)")):
        waits = collections.Counter()
        ms = collections.Counter()
        for e in load(path, events, window):
            fr = [f for f in frames_of(e) if not f.startswith(("java.", "jdk.", "sun."))]
            key = fr[0] if fr else "?"
            d = e["values"].get("duration", "PT0S")
            waits[key] += 1
            ms[key] += parse_ms(d)
        print(f"\n{title}: total {sum(ms.values()) / 1000:.1f} s of waiting over {sum(waits.values())} events")
        for k, v in ms.most_common(top // 2):
            print(f"  {v / 1000:8.1f} s  {waits[k]:6d}x  {k}")

    force = load(path, "jdk.FileForce", window)
    ms = sum(parse_ms(e["values"].get("duration", "PT0S")) for e in force)
    print(f"\nFile syncs over the recording's threshold (jdk.FileForce): {len(force)}, {ms / 1000:.1f} s in total")


def parse_ms(iso):
    """Milliseconds of an ISO-8601 duration as jfr prints them (PT0.012S, PT1M2.5S)."""
    s = iso.replace("PT", "")
    total = 0.0
    for unit, factor in (("H", 3600000), ("M", 60000), ("S", 1000)):
        if unit in s:
            n, s = s.split(unit, 1)
            total += float(n) * factor
    return total


if __name__ == "__main__":
    main()
