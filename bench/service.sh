# Sourced by the HTTP benchmarks: start_service LOG ARGS... starts the built jar (building it when missing) on a
# free loopback port with JAVA_OPTS and ARGS, stops it on exit, and waits for readiness. Sets JAR, PORT, BASE,
# PID and READY_MS (start to ready).
start_service() {
  local log=$1
  shift
  command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup.sh" >&2; exit 1; }
  JAR=$(ls target/taskdef-compiler-*.jar 2>/dev/null | grep -v -- -plain | head -1 || true)
  [ -n "$JAR" ] || ./mvnw -q -B -ntp package -DskipTests
  JAR=$(ls target/taskdef-compiler-*.jar | grep -v -- -plain | head -1)
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$PORT"
  local start
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" "$@" --server.port="$PORT" --server.address=127.0.0.1 >"$log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
  until curl -sf "$BASE/actuator/health/readiness" >/dev/null; do
    kill -0 $PID 2>/dev/null || { echo "the service did not start; see $log" >&2; exit 1; }
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 120 ] || { echo "not ready after 120 s" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - start) / 1000000 ))
}
