#!/usr/bin/env bash
# A/B of two builds of the service on a shared, noisy machine: both jars run at the same time (compile response
# cache off), each under its own wrk on POST /v1/taskdefs/compile with the medium spec, and each window prints
# the service CPU time per request of both and their quotient. Noise from other tenants moves a single run by
# 10-30 % from one minute to the next, but it hits both services of a window alike.
#   bench/ab.sh A.jar B.jar
#   A_OPTS=-XX:+UseParallelGC B_OPTS=-XX:+UseG1GC bench/ab.sh app.jar app.jar   # the same jar, two JVM options
#   WARMUP_SECONDS=120 WINDOWS=5 SECONDS_PER_WINDOW=20 CONNECTIONS=32 (the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/ab.sh A.jar B.jar" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup.sh" >&2; exit 1; }
WARMUP_SECONDS=${WARMUP_SECONDS:-120}
WINDOWS=${WINDOWS:-5}
SECONDS_PER_WINDOW=${SECONDS_PER_WINDOW:-20}
CONNECTIONS=${CONNECTIONS:-32}
export BODY_FILE="$PWD/src/test/resources/bench/medium.json"
mkdir -p target

start() { # jar opts log -> "pid port"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  # shellcheck disable=SC2086
  java $2 -jar "$1" --taskdef.cache.max-bytes=0 --server.port="$port" --server.address=127.0.0.1 >"$3" 2>&1 &
  echo "$! $port"
}
read -r PID_A PORT_A < <(start "$1" "${A_OPTS:-}" target/bench-ab-a.log)
read -r PID_B PORT_B < <(start "$2" "${B_OPTS:-}" target/bench-ab-b.log)
trap 'kill $PID_A $PID_B 2>/dev/null; wait 2>/dev/null || true' EXIT
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1200); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
    sleep 0.1
  done
done

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
window() { # seconds -> "cpu_a_us cpu_b_us rps_a rps_b"
  local ta tb ra rb load_a
  ta=$(ticks "$PID_A"); tb=$(ticks "$PID_B")
  wrk -t1 -c"$CONNECTIONS" -d"$1s" -s bench/echo-vs-compile.lua "http://127.0.0.1:$PORT_A/v1/taskdefs/compile" >target/bench-ab-a.wrk &
  load_a=$!
  wrk -t1 -c"$CONNECTIONS" -d"$1s" -s bench/echo-vs-compile.lua "http://127.0.0.1:$PORT_B/v1/taskdefs/compile" >target/bench-ab-b.wrk
  wait "$load_a"
  ra=$(awk '/requests in/ {print $1}' target/bench-ab-a.wrk); rb=$(awk '/requests in/ {print $1}' target/bench-ab-b.wrk)
  python3 -c "hz=$(getconf CLK_TCK); print(($(ticks "$PID_A")-$ta)/hz*1e6/$ra, ($(ticks "$PID_B")-$tb)/hz*1e6/$rb, $ra/$1, $rb/$1)"
}

echo "warm-up: ${WARMUP_SECONDS}s (both at once)"
window "$WARMUP_SECONDS" >/dev/null
printf '%-7s %18s %18s %8s\n' window "A µs/req (req/s)" "B µs/req (req/s)" B/A
for w in $(seq "$WINDOWS"); do
  read -r ca cb ra rb < <(window "$SECONDS_PER_WINDOW")
  python3 -c "print(f'{$w:<7} {$ca:8.1f} ({$ra:7.0f}) {$cb:8.1f} ({$rb:7.0f}) {$cb/$ca:8.3f}')"
done
