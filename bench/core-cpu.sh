#!/usr/bin/env bash
# What one compile request costs the service thread, step by step: builds the jar of HEAD (commit what you want to
# measure) with bench/core-cpu-probe.patch applied, in a temporary git worktree so the tree you work in is
# untouched; runs wrk against POST /v1/taskdefs/compile with the medium spec, and prints the probe's averages: the
# thread's CPU time to read the body, to compile it (parse to rendered result), to write the response JSON and to
# hand it to Tomcat, and the bytes the compile allocated. Set beside JMH's compileOnly (bench/jmh.sh), it shows
# what the same work costs inside the service. The probe answers every request with a fresh compile (no cache).
#   bench/core-cpu.sh                  # 150 s of wrk -t2 -c32; the last lines are the steady state
#   SECONDS_TOTAL=200 CONNECTIONS=2 THREADS=1 bench/core-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TOTAL=${SECONDS_TOTAL:-150}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
ROOT=$PWD
tree=$(mktemp -d)
cleanup() { git -C "$ROOT" worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"; }
trap cleanup EXIT
git worktree add --detach "$tree" HEAD >/dev/null
git -C "$tree" apply "$ROOT/bench/core-cpu-probe.patch"
(cd "$tree" && ./mvnw -q -B -ntp package -DskipTests)
export BODY_FILE="$ROOT/src/test/resources/bench/medium.json"
cd "$tree"
# shellcheck source=bench/service.sh
. bench/service.sh
start_service target/core-cpu.log --spring.profiles.active=bench
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; cleanup' EXIT
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_TOTAL}s" -s "$ROOT/bench/echo-vs-compile.lua" "$BASE/v1/taskdefs/compile" | grep 'Requests/sec'
grep '^probe:' target/core-cpu.log | tail -3
