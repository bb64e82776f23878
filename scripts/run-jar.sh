#!/usr/bin/env bash
# Runs the gateway's jar the production way (docs/deployment.md "Start-up: class-data sharing"): extracted, with a
# class-data-sharing (CDS) archive, which about halves the start-up's CPU time (docs/benchmarks.md). The first start (or the first after the jar or the JDK changed) extracts the jar
# (java -Djarmode=tools ... extract) and makes a training run that starts the gateway completely and stops once it is
# ready (-Dgateway.exit-when-ready=true: Spring's -Dspring.context.exit=onRefresh would stop before the Camel routes,
# the SOAP endpoint and the consumers start, leaving their classes out) and writes the archive
# (-XX:ArchiveClassesAtExit); later starts reuse both.
# The training run uses the embedded defaults (H2 and Artemis in a throwaway folder, no profiles, no secrets file),
# so it never touches the real database or broker. If the extraction or the training fails, the gateway still starts
# (without the archive) and says so.
#
#   scripts/run-jar.sh [--prepare] [--no-cds] [JAR] [-- gateway arguments...]
#
#   JAR            the fat jar (default: target/result-post-gateway-*.jar, else ./result-post-gateway.jar)
#   --prepare      extract and train only, do not start (image builds, the benchmark)
#   --no-cds       run the fat jar as it is (java -jar JAR), nothing extracted
#   JAVA           the java command (default: $JAVA_HOME/bin/java, else java)
#   JAVA_OPTS      JVM options of the gateway (e.g. -Xmx384m); word-split
#   GATEWAY_CDS_DIR  where the extracted jar and the archive live (default: <jar's folder>/.cds-<jar name>);
#                  must be writable by the gateway's user
#   MALLOC_ARENA_MAX glibc's malloc arenas (default here: 2; glibc's own: 8 per core): the JVM's native
#                  allocations spread over fewer arenas, ~40 MiB less peak RSS under load at the same CPU
#                  (docs/benchmarks.md, 2026-12-06)
#   GATEWAY_BACKGROUND_NICE  the nice value of the gateway's background threads (default 19; "off": none): the
#                  JVM maps Java priority 1, which the stages, the relay, the pollers and outbound calls run at
#                  (gateway.threads.background-priority), to it, so that requests are answered first when the
#                  cores are busy (docs/deployment.md "Requests before background work"). Lowering a thread's
#                  priority needs no privilege; the JVM still warns that ThreadPriorityPolicy=1 "may require"
#                  one when not run as root. Priorities above normal stay at nice 0 (as root too).
#
# The last step is exec: the process (and its pid) is the gateway's JVM, signals reach it directly.
set -euo pipefail

prepare=0
cds=1
jar=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --prepare) prepare=1; shift ;;
    --no-cds) cds=0; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) break ;;
    *) jar="$1"; shift ;;
  esac
done
if [[ -z "$jar" ]]; then
  jar=$(ls target/result-post-gateway-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [[ -n "$jar" ]] || jar=result-post-gateway.jar
fi
[[ -f "$jar" ]] || { echo "run-jar: no jar at $jar" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java=${java:-java}
background_nice=${GATEWAY_BACKGROUND_NICE:-19}
if [[ $background_nice != off && ! $background_nice =~ ^([0-9]|1[0-9])$ ]]; then
  echo "run-jar: GATEWAY_BACKGROUND_NICE must be 0-19 or off, was '$background_nice'" >&2
  exit 2
fi
priorities=()
if [[ $background_nice != off ]]; then
  priorities=(-XX:ThreadPriorityPolicy=1 "-XX:JavaPriority1_To_OSPriority=$background_nice")
  for p in 6 7 8 9 10; do priorities+=("-XX:JavaPriority${p}_To_OSPriority=0"); done
fi
# shellcheck disable=SC2206
opts=("${priorities[@]}" ${JAVA_OPTS:-})
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

if [[ $cds == 0 ]]; then
  [[ $prepare == 1 ]] && exit 0
  exec "$java" "${opts[@]}" -jar "$jar" "$@"
fi

name=$(basename "$jar")
dir=${GATEWAY_CDS_DIR:-$(dirname "$jar")/.cds-${name%.jar}}
# The archive is valid for one jar and one JDK: a stamp of both names the version folder. A running instance keeps
# using its folder while the next version is prepared beside it (the two newest folders are kept).
jvm=$(readlink -f "$(command -v "$java")")
libjvm=$(dirname "$(dirname "$jvm")")/lib/server/libjvm.so
stamp="$(stat -c '%s %Y' "$jar") $(cksum < "$jar" | cut -d' ' -f1) $jvm $(stat -c '%s %Y' "$libjvm" 2>/dev/null || echo ?)"
vdir=$dir/v$(printf '%s' "$stamp" | cksum | cut -d' ' -f1)
app=$vdir/app/$name
jsa=$vdir/app.jsa

current() {
  [[ -f "$vdir/stamp" && -f "$jsa" && -f "$app" ]]
}

# The archive records the class path it was trained with: extract and train in the final place (under a lock when
# flock exists, so that two starts do not prepare at once), the stamp written last (a half-done folder is redone).
prepare_archive() {
  local train
  mkdir -p "$dir"
  if command -v flock >/dev/null; then
    exec 9>"$dir/.lock"
    flock 9
    current && return 0
  fi
  train=$(mktemp -d "${TMPDIR:-/tmp}/gateway-cds-training.XXXXXX")
  # shellcheck disable=SC2064
  trap "rm -rf '$train'" RETURN
  echo "run-jar: extracting $name and training the CDS archive (once per jar and JDK)" >&2
  rm -rf "$vdir"
  mkdir -p "$vdir"
  if ! "$java" -Djarmode=tools -jar "$jar" extract --destination "$vdir/app" >/dev/null; then
    echo "run-jar: could not extract $jar (not a Spring Boot jar?)" >&2
    rm -rf "$vdir"
    return 1
  fi
  # Same JVM options as the real run (the archive must match the class path; GC and heap options may differ).
  # The training run: no profiles, the embedded database and broker in a throwaway folder, any free web port.
  if ! (env -u SPRING_PROFILES_ACTIVE -u DATABASE_URL -u ARTEMIS_URL \
      GATEWAY_DATA_DIR="$train/data" GATEWAY_SECRETS_FILE="$train/none.yml" \
      "$java" "${opts[@]}" -XX:ArchiveClassesAtExit="$jsa.new" -Dgateway.exit-when-ready=true \
      -jar "$app" --server.port=0 --simulator.enabled=false >"$vdir/training.log" 2>&1) || [[ ! -s "$jsa.new" ]]; then
    echo "run-jar: the CDS training run failed (log: $dir/training-failed.log)" >&2
    mv "$vdir/training.log" "$dir/training-failed.log" 2>/dev/null || true
    rm -rf "$vdir"
    return 1
  fi
  mv "$jsa.new" "$jsa" && printf '%s\n' "$stamp" > "$vdir/stamp"
  # Older versions beyond the previous one (which a running instance may still use) go.
  ls -dt "$dir"/v*/ 2>/dev/null | tail -n +3 | xargs -r rm -rf
}

if ! current; then
  ok=1
  prepare_archive || ok=0
  exec 9>&-   # release the lock: the JVM must not hold it
  if [[ $ok == 0 ]]; then
    [[ $prepare == 1 ]] && exit 1
    echo "run-jar: starting without the CDS archive (slower start-up)" >&2
    exec "$java" "${opts[@]}" -jar "$jar" "$@"
  fi
fi
[[ $prepare == 1 ]] && exit 0
# -Xshare:auto (the default): should the archive not fit (another JDK build), the JVM starts without it.
exec "$java" "${opts[@]}" -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app" "$@"
