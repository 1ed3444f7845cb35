#!/usr/bin/env bash
# bench/run-peers.sh: the same load against ActorChat and ngircd (a C IRC server) in one run, then
# the comparison table written into bench/README.md (between <!-- peers:begin --> and
# <!-- peers:end -->). Everything runs on 127.0.0.1; servers are pinned to one core and the load
# generator to another (taskset), so "server CPU per message" compares like with like.
#
#   bench/run-peers.sh              full run (~10 minutes on a quiet 2-core box)
#   QUICK=1 bench/run-peers.sh      smoke run (~1 minute, at most 1,000 clients, small counts)
#
# Every count is an environment variable (defaults below; QUICK=1 changes the defaults only).
# Steps:
#   1. build Release (node + load generator); install ngircd from the distribution if missing
#   2. connect: for each size, a fresh server of each kind (fresh, so RSS growth is per client)
#   3. messages: both servers started once and warmed up with an unrecorded direct run (ActorChat's
#      JIT tiers its hot paths up during the first seconds of load; ngircd has nothing to warm);
#      then direct full speed, direct at a fixed rate, fanout,
#      cross (ActorChat only: one node given as both endpoints until the cluster exists),
#      alternating ActorChat / ngircd per scenario so a change in machine load hits both
#   4. results appended to bench/results/peers-DATE.jsonl, table rendered into bench/README.md
# Both servers are killed on exit, whatever happened (trap). Exit code: 0 when every run was
# complete, 1 when a run failed or lost messages (the table still gets written, marked).
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=${QUICK:-0}
if [ "$QUICK" = 1 ]; then
  : "${CONNECT_SIZES:=100 1000}" "${CLIENTS:=1000}" "${DIRECT_MESSAGES:=100000}" "${RATE:=10000}"
  : "${RATE_MESSAGES:=20000}" "${FANOUT:=100}" "${FANOUT_MESSAGES:=3000}" "${CROSS_MESSAGES:=100000}"
  : "${WARM_MESSAGES:=100000}" "${TIMEOUT:=30}"
else
  : "${CONNECT_SIZES:=1000 10000 19000}" "${CLIENTS:=1000}" "${DIRECT_MESSAGES:=1000000}" "${RATE:=10000}"
  : "${RATE_MESSAGES:=100000}" "${FANOUT:=100}" "${FANOUT_MESSAGES:=20000}" "${CROSS_MESSAGES:=1000000}"
  : "${WARM_MESSAGES:=500000}" "${TIMEOUT:=120}"
fi
# ngircd listens with a backlog of 10: more handshakes at once overflow it and the kernel drops
# SYNs (1 s, 3 s, 7 s... retries), which would measure TCP back-off, not the server. Same value for both.
: "${CONNECT_CONCURRENCY:=8}"
: "${SERVER_CPU:=0}" "${LOADGEN_CPU:=1}"
: "${SETTLE_SECONDS:=2}" "${PAUSE_SECONDS:=2}"
: "${README:=bench/README.md}"
: "${RESULTS:=bench/results/peers-$(date -u +%Y%m%d-%H%M%S)$([ "$QUICK" = 1 ] && echo -quick).jsonl}"
if [ -z "${NOTE:-}" ]; then
  if [ "$QUICK" = 1 ]; then
    NOTE="QUICK=1 smoke run: small counts on a shared machine, not the measurement (a full run replaces this table)."
  else
    NOTE="Full run of bench/run-peers.sh at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  fi
fi

NODE_DLL=src/ActorChat.Node/bin/Release/net10.0/actorchat-node.dll
LOADGEN_DLL=bench/ActorChat.LoadGen/bin/Release/net10.0/actorchat-loadgen.dll

log() { echo "[run-peers $(date -u +%H:%M:%S)] $*" >&2; }

# --- 1. build and prerequisites ----------------------------------------------------------------

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building Release: node and load generator"
  dotnet build -c Release src/ActorChat.Node -nologo -v quiet >&2
  dotnet build -c Release bench/ActorChat.LoadGen -nologo -v quiet >&2
fi

if ! command -v ngircd >/dev/null 2>&1 && [ ! -x /usr/sbin/ngircd ]; then
  log "ngircd not found: installing it from the distribution's packages"
  apt-get update && apt-get install -y ngircd
fi
NGIRCD=$(command -v ngircd || echo /usr/sbin/ngircd)

# Pinning needs taskset and two cores; without them everything shares the machine (said in the log).
PIN_SERVER=() PIN_LOADGEN=()
if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
  PIN_SERVER=(taskset -c "$SERVER_CPU") PIN_LOADGEN=(taskset -c "$LOADGEN_CPU")
else
  log "warning: no taskset or fewer than 2 cores; servers and generator are not pinned"
fi

# One fd per client in the generator and in the server: 19,000 clients need ~19,100.
largest=$(printf '%s\n' $CONNECT_SIZES "$CLIENTS" | sort -n | tail -n 1)
if [ "$(ulimit -n)" -lt $((largest + 200)) ]; then
  ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
fi
if [ "$(ulimit -n)" -lt $((largest + 200)) ]; then
  log "warning: open-file limit $(ulimit -n) is too low for $largest clients; those runs will fail"
fi

WORK=$(mktemp -d /tmp/run-peers.XXXXXX)
# ngircd refuses to run as root and switches to "nobody", which must still write its PID file here.
chmod 0777 "$WORK"
mkdir -p "$(dirname "$RESULTS")"

NODE_PID="" NODE_PORT="" NGIRCD_PID="" NGIRCD_PORT=""
FAILED=0

stop_pid() {
  local pid=$1 signal=$2 seconds=$3
  [ -n "$pid" ] || return 0
  kill "-$signal" "$pid" 2>/dev/null || return 0
  for _ in $(seq $((seconds * 10))); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  log "pid $pid did not stop within ${seconds} s of SIG$signal: killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  stop_pid "$NODE_PID" TERM 30
  stop_pid "$NGIRCD_PID" TERM 10
  NODE_PID="" NGIRCD_PID=""
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nobody listens on, below the ephemeral range (so no client socket holds it).
free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  log "no free port found"
  return 1
}

wait_listening() {
  local port=$1 pid=$2 name=$3
  for _ in $(seq 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { log "$name exited before listening"; return 1; }
    sleep 0.1
  done
  log "$name is not listening on $port after 30 s"
  return 1
}

# --- servers ------------------------------------------------------------------------------------

start_ngircd() {
  NGIRCD_PORT=$(free_port)
  mkdir -p "$WORK/ngircd.d"
  cat >"$WORK/ngircd.conf" <<EOF
# Loopback benchmark configuration written by bench/run-peers.sh: no throttling, no limits.
[Global]
Name = peers.bench
Info = ngircd under bench/run-peers.sh
Listen = 127.0.0.1
Ports = $NGIRCD_PORT
PidFile = $WORK/ngircd.pid
ServerUID = $(id -u)
ServerGID = $(id -g)
MotdPhrase = benchmark
[Limits]
MaxConnections = 0
MaxConnectionsIP = 0
MaxJoins = 0
# 0 turns off penalties (command throttling) altogether.
MaxPenaltyTime = 0
PingTimeout = 3600
PongTimeout = 3600
[Options]
PAM = no
DNS = no
Ident = no
# Keep the machine's /etc/ngircd/ngircd.conf.d out of the benchmark.
IncludeDir = $WORK/ngircd.d
EOF
  "$NGIRCD" --configtest -f "$WORK/ngircd.conf" >"$WORK/ngircd-configtest.log" 2>&1 ||
    { cat "$WORK/ngircd-configtest.log" >&2; return 1; }
  "${PIN_SERVER[@]}" "$NGIRCD" -n -f "$WORK/ngircd.conf" >>"$WORK/ngircd.log" 2>&1 &
  NGIRCD_PID=$!
  wait_listening "$NGIRCD_PORT" "$NGIRCD_PID" ngircd
  log "ngircd pid $NGIRCD_PID on 127.0.0.1:$NGIRCD_PORT"
}

stop_ngircd() {
  stop_pid "$NGIRCD_PID" TERM 10
  NGIRCD_PID=""
}

start_node() {
  : >"$WORK/node.log"
  "${PIN_SERVER[@]}" dotnet "$NODE_DLL" \
    --set actorchat.chat.port=0 --set actorchat.chat.max-clients=20000 --set actorchat.cmd.enabled=off \
    >>"$WORK/node.log" 2>&1 &
  NODE_PID=$!
  NODE_PORT=""
  for _ in $(seq 300); do
    NODE_PORT=$(sed -n 's/^actorchat-node .*: chat listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/node.log" | head -n 1)
    [ -n "$NODE_PORT" ] && break
    kill -0 "$NODE_PID" 2>/dev/null || { cat "$WORK/node.log" >&2; log "actorchat-node exited at startup"; return 1; }
    sleep 0.1
  done
  [ -n "$NODE_PORT" ] || { log "actorchat-node did not report its chat port"; return 1; }
  log "actorchat-node pid $NODE_PID on 127.0.0.1:$NODE_PORT"
}

stop_node() {
  # SIGTERM runs CoordinatedShutdown (a clean exit); the bound covers a stuck shutdown.
  stop_pid "$NODE_PID" TERM 30
  NODE_PID=""
}

# --- the generator ------------------------------------------------------------------------------

# loadgen SERVER ARGS...: one run against "actorchat" or "ngircd"; its JSON line goes to $RESULTS
# (to /dev/null with OUT=/dev/null: warm-up runs).
loadgen() {
  local server=$1 out=${OUT:-$RESULTS}
  shift
  local target
  if [ "$server" = actorchat ]; then
    target=(--protocol line --label actorchat --port "$NODE_PORT" --server-pid "$NODE_PID")
  else
    target=(--protocol irc --label ngircd --port "$NGIRCD_PORT" --server-pid "$NGIRCD_PID")
  fi
  log "$server: $*"
  local rc=0
  "${PIN_LOADGEN[@]}" dotnet "$LOADGEN_DLL" "${target[@]}" --connect-concurrency "$CONNECT_CONCURRENCY" \
    --timeout-seconds "$TIMEOUT" "$@" >>"$out" || rc=$?
  if [ "$rc" -ne 0 ]; then
    log "$server: run failed with exit code $rc ($*)"
    FAILED=1
  fi
  sleep "$PAUSE_SECONDS"
}

start_server() { if [ "$1" = actorchat ]; then start_node; else start_ngircd; fi; }
stop_server() { if [ "$1" = actorchat ]; then stop_node; else stop_ngircd; fi; }

log "results: $RESULTS; servers on cpu ${SERVER_CPU}, generator on cpu ${LOADGEN_CPU}; QUICK=$QUICK"

# --- 2. idle clients: a fresh server per size ---------------------------------------------------

for size in $CONNECT_SIZES; do
  for server in actorchat ngircd; do
    start_server "$server"
    loadgen "$server" --scenario connect --clients "$size" --settle-seconds "$SETTLE_SECONDS"
    stop_server "$server"
  done
done

# --- 3. messages: both servers up, alternating per scenario -------------------------------------

start_node
start_ngircd
for server in actorchat ngircd; do
  OUT=/dev/null loadgen "$server" --scenario direct --clients "$CLIENTS" --messages "$WARM_MESSAGES" --name-prefix w
done
for server in actorchat ngircd; do
  loadgen "$server" --scenario direct --clients "$CLIENTS" --messages "$DIRECT_MESSAGES" --name-prefix d
done
for server in actorchat ngircd; do
  loadgen "$server" --scenario direct --clients "$CLIENTS" --rate "$RATE" --messages "$RATE_MESSAGES" --name-prefix r
done
for server in actorchat ngircd; do
  loadgen "$server" --scenario fanout --fanout "$FANOUT" --messages "$FANOUT_MESSAGES" --name-prefix f
done
# Cross needs two endpoints of one chat (a cluster); until it exists, the node is given twice.
loadgen actorchat --scenario cross --clients "$CLIENTS" --messages "$CROSS_MESSAGES" --name-prefix x \
  --port2 "$NODE_PORT" --server-pid2 "$NODE_PID"
stop_node
stop_ngircd

# --- 4. report ----------------------------------------------------------------------------------

dotnet "$LOADGEN_DLL" report "$RESULTS" --readme "$README" --note "$NOTE"
log "done: $(wc -l <"$RESULTS") results in $RESULTS, table written into $README"
if [ "$FAILED" -ne 0 ]; then
  log "at least one run failed or was incomplete (see the notes column)"
fi
exit "$FAILED"
