#!/usr/bin/env bash
# Chaos harness, one command: compiles the gateway and the harness, then runs the gateway and the
# simulators as separate processes, kills the gateway with SIGKILL at random moments, injects
# operator failures and a callback outage, and checks that nothing was lost, duplicated or misordered.
#
#   bash scripts/chaos.sh                          # the long run: 10,000 results, 20 kills
#   bash scripts/chaos.sh --results 2000 --kills 10
#   bash scripts/chaos.sh --help                   # every option
#
# Exit code 0 only if the run is clean. Process logs and the gateway's data stay in the work folder
# printed at the start (a new temporary folder unless --work-dir is given).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/chaos-classpath.txt -Dmdep.includeScope=test >/dev/null
classpath="$PWD/target/test-classes:$PWD/target/classes:$(cat target/chaos-classpath.txt)"

exec java -Xmx512m -cp "$classpath" vn.resultpost.gateway.chaos.ChaosHarness "$@"
