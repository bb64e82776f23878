#!/usr/bin/env bash
# Benchmark, one command (method and results: docs/benchmarks.md). Builds the gateway's jar if the sources
# are newer, then runs the gateway (fat jar, embedded Artemis and H2, fresh data folder) and the simulators
# (zero think time) as separate processes and measures start-up, the full lifecycle, REST intake at a fixed
# rate and at saturation (wrk, Debian package "wrk"), the raw Artemis baseline, CPU per shipment and RSS.
#
#   bash scripts/benchmark.sh                 # full run: 5 min lifecycle at 400 results/s offered
#   bash scripts/benchmark.sh --quick         # 60 s lifecycle, short REST phases
#   bash scripts/benchmark.sh --jfr --quick   # also records the gateway with JFR (gateway.jfr in the work folder)
#   bash scripts/benchmark.sh --no-cds        # start the fat jar as it is (default: the production way, scripts/run-jar.sh:
#                                             # extracted with a class-data-sharing archive, prepared before the clock starts)
#   bash scripts/benchmark.sh --quick --gateway-url http://localhost:8080
#                                             # drive a gateway already running on this machine, started with
#                                             # scripts/benchmark/gateway.yml (docs/benchmarks.md)
#   bash scripts/benchmark.sh --help          # every option
#
# Prints progress and a table; writes target/benchmark/result-<stamp>.json; logs in target/benchmark/run-<stamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."

cds=1
for a in "$@"; do
  if [[ "$a" == "--help" || "$a" == "-h" ]]; then
    help=1
  fi
  if [[ "$a" == "--no-cds" ]]; then
    cds=0
  fi
  if [[ "$a" == "--gateway-url" ]]; then
    attached=1   # the gateway already runs: its jar is neither built nor prepared here
    cds=0
  fi
done

jar=$(ls target/result-post-gateway-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "${attached:-}" ]] && [[ -z "$jar" || -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]]; then
  echo "[bench] building the gateway (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
  jar=$(ls target/result-post-gateway-*.jar | grep -v original | head -1)
fi
marker=target/test-classes/vn/resultpost/gateway/bench/Benchmark.class
if [[ ! -f "$marker" || -n "$(find src/test pom.xml -newer "$marker" -print -quit)" ]]; then
  mvn -B -q test-compile
fi
cp=target/benchmark-classpath.txt
if [[ ! -f "$cp" || pom.xml -nt "$cp" ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
fi
if [[ -z "${help:-}" ]] && ! command -v wrk >/dev/null; then
  echo "[bench] wrk is not installed (sudo apt-get install wrk): the REST saturation phase will be skipped"
fi
mkdir -p target/benchmark
launcher=""
if [[ -z "${help:-}" && $cds == 1 ]]; then
  # Extract the jar and train the archive now (once per jar), so that the start-up phase times only the start.
  scripts/run-jar.sh --prepare "$jar"
  launcher="$PWD/scripts/run-jar.sh"
fi
exec java -Xmx512m -Dbench.project="$PWD" -Dbench.jar="$PWD/$jar" -Dbench.launcher="$launcher" \
  -cp "$PWD/target/test-classes:$PWD/target/classes:$(cat "$cp")" vn.resultpost.gateway.bench.Benchmark "$@"
