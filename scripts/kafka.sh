#!/usr/bin/env bash
# Runs a real Apache Kafka cluster (KRaft, no ZooKeeper, no Docker) on loopback for local
# runs and tests. The broker is the Kafka 3.9.x distribution's Java code, resolved from
# Maven Central through infra/kafka/pom.xml (Kafka 4.x dropped protocol versions kafkajs
# 2.2.x needs).
#
# Usage: scripts/kafka.sh <command>
#   start [--brokers N] [--fresh]  start N brokers (default 1) unless already running, wait
#                                  until they all answer metadata requests (kafkajs
#                                  describeCluster), then print ONE line on stdout:
#                                      KAFKA_BROKERS=127.0.0.1:19092[,127.0.0.1:19094,...]
#                                  so callers can eval it; to export it to child
#                                  processes: eval "export $(scripts/kafka.sh start)".
#                                  Everything else goes to stderr. --fresh stops the
#                                  brokers and wipes the data dir first. Idempotent: if
#                                  the brokers already run, it checks them and prints the
#                                  line again (and restarts any that were stopped).
#   stop [--kill]                  stop every broker of the data dir (SIGTERM, wait, SIGKILL).
#                                  A graceful stop of a 3-node quorum takes ~8 s (the last
#                                  nodes wait 5 s for a Raft quorum that is gone); --kill
#                                  sends SIGKILL at once (fine for throwaway test data;
#                                  the next start of a 3-node cluster then takes ~3 s
#                                  longer while the old registrations expire).
#   stop-one <nodeId> [--kill]     stop one broker (--kill: SIGKILL at once, i.e. a crash)
#   start-one <nodeId>             start one stopped broker again, wait, print the line
#   status                         one line per broker on stdout; exit 0 if all run, else 3
#
# Topology: N brokers, node ids 0..N-1, every node is broker+controller
# (process.roles=broker,controller); the controller quorum is all N nodes (N=1: a single
# combined node; N=3: a 3-voter quorum that survives one node down).
# Ports (loopback only), with B = ${KAFKA_PORT_BASE:-19092}:
#   node i client (PLAINTEXT) port  B + 2*i      -> 19092, 19094, 19096
#   node i controller port          B + 2*i + 1  -> 19093, 19095, 19097
#
# Environment:
#   RMA_CACHE_DIR        cache root (default <repo>/.cache); the resolved broker jars live in
#                        $RMA_CACHE_DIR/kafka/dist-<pom hash>/ (classpath.txt + lib/)
#   KAFKA_DATA_DIR       cluster data (default $RMA_CACHE_DIR/kafka/data); per node:
#                        node-<i>/{server.properties,kafka-logs/,logs/server.log,broker.pid}
#   KAFKA_PORT_BASE      first client port (default 19092), e.g. for parallel test runs
#   KAFKA_START_TIMEOUT  seconds to wait for readiness (default 90)
#   KAFKA_STOP_TIMEOUT   seconds between SIGTERM and SIGKILL (default 30)
#   KAFKA_JVM_OPTS       replaces the default JVM options (heap, GC, ...)
#   KAFKA_EXTRA_PROPERTIES  extra server.properties lines (newline-separated), applied last
#   JAVA_HOME            Java 11+ to use (otherwise `java` on PATH)
#
# The data dir is formatted once (kafka.tools.StorageTool) with a cluster id kept in
# <data dir>/cluster.env; later starts reuse it. If N or the port base change while the
# brokers are stopped, the data dir is wiped and formatted again.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
POM="$REPO_ROOT/infra/kafka/pom.xml"
WAIT_JS="$SCRIPT_DIR/kafka-wait.cjs"
CACHE_DIR="${RMA_CACHE_DIR:-$REPO_ROOT/.cache}"
KAFKA_CACHE="$CACHE_DIR/kafka"
DATA_DIR="${KAFKA_DATA_DIR:-$KAFKA_CACHE/data}"
PORT_BASE="${KAFKA_PORT_BASE:-19092}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
HOST=127.0.0.1
MAX_BROKERS=9

log() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() {
  printf 'kafka.sh: error: %s\n' "$*" >&2
  exit 1
}
is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }

is_uint "$PORT_BASE" && ((PORT_BASE >= 1024 && PORT_BASE <= 65000)) ||
  die "KAFKA_PORT_BASE must be a port number between 1024 and 65000 (got '$PORT_BASE')"
is_uint "$START_TIMEOUT" || die "KAFKA_START_TIMEOUT must be a number of seconds"
is_uint "$STOP_TIMEOUT" || die "KAFKA_STOP_TIMEOUT must be a number of seconds"
mkdir -p "$(dirname "$DATA_DIR")"
DATA_DIR="$(cd "$(dirname "$DATA_DIR")" && pwd)/$(basename "$DATA_DIR")"

client_port() { echo $((PORT_BASE + 2 * $1)); }
controller_port() { echo $((PORT_BASE + 2 * $1 + 1)); }
node_dir() { echo "$DATA_DIR/node-$1"; }

# --- helpers -------------------------------------------------------------------------

lock_data_dir() {
  # Serialises concurrent start/stop calls on the same data dir (e.g. parallel test setup).
  command -v flock >/dev/null 2>&1 || return 0
  exec 9>"$DATA_DIR.lock"
  flock -w 300 9 || die "timed out waiting for the lock $DATA_DIR.lock"
}

find_java() {
  JAVA=""
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    JAVA="$(command -v java)"
  else
    die "java not found (no \$JAVA_HOME/bin/java, no java on PATH). Kafka needs Java 11+; install one, e.g. 'apt-get install openjdk-17-jre-headless', or set JAVA_HOME."
  fi
  local version major
  version="$("$JAVA" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${version%%.*}"
  [[ "$major" == 1 ]] && major="$(echo "$version" | cut -d. -f2)"
  is_uint "${major:-x}" || die "could not read the Java version from '$JAVA -version'"
  ((major >= 11)) || die "Kafka needs Java 11+, but $JAVA is Java $version"
}

kafka_version() { sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n 1; }

# Sets CLASSPATH_STR. Resolves the broker jars with Maven once per pom content; later
# calls only read <dist>/classpath.txt.
resolve_classpath() {
  [[ -f "$POM" ]] || die "missing $POM"
  local key dist cpfile
  key="$(sha256sum "$POM" | cut -c1-12)"
  dist="$KAFKA_CACHE/dist-$key"
  cpfile="$dist/classpath.txt"
  cached_classpath_ok "$cpfile" && return 0
  mkdir -p "$KAFKA_CACHE"
  if command -v flock >/dev/null 2>&1; then # one resolver per cache dir at a time
    exec 8>"$KAFKA_CACHE/.resolve.lock"
    flock -w 600 8 || die "timed out waiting for the lock $KAFKA_CACHE/.resolve.lock"
    if cached_classpath_ok "$cpfile"; then
      exec 8>&-
      return 0
    fi
  fi
  [[ -f "$cpfile" ]] && log "cached classpath $cpfile is stale; resolving again"
  command -v mvn >/dev/null 2>&1 ||
    die "mvn (Apache Maven) not found on PATH; it is needed once to download Kafka $(kafka_version) from Maven Central"
  local tmp
  tmp="$(mktemp -d "$KAFKA_CACHE/.dist-$key.XXXXXX")"
  local -a cmd=(mvn -q -B -Dstyle.color=never -f "$POM"
    org.apache.maven.plugins:maven-dependency-plugin:copy-dependencies
    "-DoutputDirectory=$tmp/lib" -DincludeScope=runtime -Dmdep.prependGroupId=true)
  log "resolving Kafka $(kafka_version) with Maven into $dist (one-off)"
  local t0=$SECONDS
  if ! "${cmd[@]}" >"$tmp/mvn.log" 2>&1; then
    {
      echo "---- Maven output (last 40 lines) ----"
      tail -n 40 "$tmp/mvn.log" | sed 's/\x1b\[[0-9;]*m//g'
      echo "--------------------------------------"
    } >&2
    rm -rf "$tmp"
    die "Maven failed to resolve the Kafka broker: ${cmd[*]}"
  fi
  compgen -G "$tmp/lib/*.jar" >/dev/null || { rm -rf "$tmp"; die "Maven produced no jars: ${cmd[*]}"; }
  (cd "$tmp/lib" && ls -1 -- *.jar) | sed "s|^|$dist/lib/|" | paste -sd: - >"$tmp/classpath.txt"
  rm -rf "$dist"
  mv "$tmp" "$dist"
  log "resolved $(ls "$dist/lib" | wc -l) jars in $((SECONDS - t0))s"
  CLASSPATH_STR="$(<"$cpfile")"
  exec 8>&-
}

cached_classpath_ok() { # classpath file exists and all its jars are there -> CLASSPATH_STR
  [[ -f "$1" ]] || return 1
  CLASSPATH_STR="$(<"$1")"
  local jar
  IFS=: read -r -a jars <<<"$CLASSPATH_STR"
  for jar in "${jars[@]}"; do [[ -f "$jar" ]] || return 1; done
}

pid_of() { # prints the pid of node $1 if its process runs, else nothing (returns 1)
  local dir pidfile pid
  dir="$(node_dir "$1")"
  pidfile="$dir/broker.pid"
  [[ -f "$pidfile" ]] || return 1
  pid="$(<"$pidfile")"
  is_uint "${pid:-x}" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then # guard against pid reuse
    grep -qxF "$dir/server.properties" < <(tr '\0' '\n' <"/proc/$pid/cmdline") || return 1
  fi
  echo "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

load_topology() { # sets CLUSTER_ID, BROKERS, TOPO_PORT_BASE from <data>/cluster.env
  CLUSTER_ID="" BROKERS="" TOPO_PORT_BASE=""
  [[ -f "$DATA_DIR/cluster.env" ]] || return 1
  CLUSTER_ID="$(sed -n 's/^CLUSTER_ID=//p' "$DATA_DIR/cluster.env")"
  BROKERS="$(sed -n 's/^BROKERS=//p' "$DATA_DIR/cluster.env")"
  TOPO_PORT_BASE="$(sed -n 's/^PORT_BASE=//p' "$DATA_DIR/cluster.env")"
  [[ -n "$CLUSTER_ID" ]] && is_uint "${BROKERS:-x}" && is_uint "${TOPO_PORT_BASE:-x}"
}

existing_nodes() { # node ids that have a directory in the data dir
  local d
  for d in "$DATA_DIR"/node-*; do
    [[ -d "$d" ]] && echo "${d##*/node-}"
  done | sort -n
}

broker_list() { # comma-separated client addresses of nodes "$@"
  local i out=()
  for i in "$@"; do out+=("$HOST:$(client_port "$i")"); done
  (IFS=,; echo "${out[*]}")
}

all_brokers_line() { echo "KAFKA_BROKERS=$(broker_list $(seq 0 $((BROKERS - 1))))"; }

write_config() { # node id
  local i=$1 dir rf min_isr voters="" j
  dir="$(node_dir "$i")"
  mkdir -p "$dir/logs" "$dir/kafka-logs"
  rf=$((BROKERS < 3 ? BROKERS : 3))
  min_isr=$((BROKERS >= 3 ? 2 : 1))
  for ((j = 0; j < BROKERS; j++)); do voters+="${voters:+,}$j@$HOST:$(controller_port "$j")"; done
  cat >"$dir/server.properties" <<EOF
# Generated by scripts/kafka.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=$i
controller.quorum.voters=$voters
listeners=PLAINTEXT://$HOST:$(client_port "$i"),CONTROLLER://$HOST:$(controller_port "$i")
advertised.listeners=PLAINTEXT://$HOST:$(client_port "$i")
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$dir/kafka-logs

# Topics
auto.create.topics.enable=true
delete.topic.enable=true
num.partitions=3
default.replication.factor=$rf
min.insync.replicas=$min_isr
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$min_isr
transaction.state.log.num.partitions=6
log.retention.hours=24

# Fast tests on a small machine: instant first rebalance, short sessions allowed,
# quick fencing of a dead node, few threads, small cleaner buffer.
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000
broker.heartbeat.interval.ms=500
broker.session.timeout.ms=3000
replica.lag.time.max.ms=10000
num.network.threads=2
num.io.threads=4
background.threads=4
num.recovery.threads.per.data.dir=1
log.cleaner.dedupe.buffer.size=16777216
EOF
  if [[ -n "${KAFKA_EXTRA_PROPERTIES:-}" ]]; then
    printf '\n# KAFKA_EXTRA_PROPERTIES\n%s\n' "$KAFKA_EXTRA_PROPERTIES" >>"$dir/server.properties"
  fi
  cat >"$dir/log4j.properties" <<'EOF'
# Generated by scripts/kafka.sh. The broker logs to ${kafka.logs.dir}/server.log only.
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=${kafka.logs.dir}/server.log
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
EOF
}

jvm_opts() { # node id -> JVM_OPTS array
  local dir
  dir="$(node_dir "$1")"
  if [[ -n "${KAFKA_JVM_OPTS:-}" ]]; then
    read -r -a JVM_OPTS <<<"$KAFKA_JVM_OPTS"
  else
    JVM_OPTS=(-Xms128m -Xmx512m -XX:+UseSerialGC -XX:-UsePerfData
      -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true)
  fi
  JVM_OPTS+=("-Dkafka.logs.dir=$dir/logs" "-Dlog4j.configuration=file:$dir/log4j.properties")
}

format_nodes() { # node ids; formats the ones without meta.properties, in parallel
  local i dir pids=() ids=() rc=0 k
  for i in "$@"; do
    dir="$(node_dir "$i")"
    [[ -f "$dir/kafka-logs/meta.properties" ]] && continue
    jvm_opts "$i"
    "$JAVA" "${JVM_OPTS[@]}" -cp "$CLASSPATH_STR" kafka.tools.StorageTool format \
      -t "$CLUSTER_ID" -c "$dir/server.properties" --ignore-formatted \
      >"$dir/logs/format.log" 2>&1 </dev/null 9>&- &
    pids+=($!) ids+=("$i")
  done
  ((${#pids[@]})) || return 0
  log "formatting node(s) ${ids[*]} (cluster id $CLUSTER_ID)"
  for k in "${!pids[@]}"; do
    if ! wait "${pids[$k]}"; then
      rc=1
      log "formatting node ${ids[$k]} failed; $(node_dir "${ids[$k]}")/logs/format.log:"
      tail -n 30 "$(node_dir "${ids[$k]}")/logs/format.log" >&2 || true
    fi
  done
  ((rc == 0)) || die "kafka.tools.StorageTool format failed"
}

launch_node() { # node id; starts the JVM in its own session, records broker.pid
  local i=$1 dir port
  dir="$(node_dir "$i")"
  for port in "$(client_port "$i")" "$(controller_port "$i")"; do
    port_in_use "$port" && die "port $HOST:$port is already in use by another process (another Kafka? use KAFKA_PORT_BASE to pick other ports)"
  done
  jvm_opts "$i"
  rm -f "$dir/broker.pid"
  local -a launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid)
  # The inner shell writes its own pid and execs java, so broker.pid is the JVM's pid.
  "${launcher[@]}" bash -c 'echo $$ >"$1"; shift; exec "$@"' kafka-node "$dir/broker.pid" \
    "$JAVA" "${JVM_OPTS[@]}" -cp "$CLASSPATH_STR" kafka.Kafka "$dir/server.properties" \
    >"$dir/logs/stdout.log" 2>&1 </dev/null 9>&- &
  local n
  for ((n = 0; n < 100; n++)); do
    [[ -s "$dir/broker.pid" ]] && break
    sleep 0.05
  done
  [[ -s "$dir/broker.pid" ]] || die "node $i did not start (see $dir/logs/stdout.log)"
  log "node $i starting: pid $(<"$dir/broker.pid"), $HOST:$(client_port "$i"), log $dir/logs/server.log"
}

print_logs() { # node ids
  local i dir
  for i in "$@"; do
    dir="$(node_dir "$i")"
    {
      echo "---- node $i: $dir/logs/server.log (last 40 lines) ----"
      tail -n 40 "$dir/logs/server.log" 2>/dev/null || echo "(no server.log)"
      if [[ -s "$dir/logs/stdout.log" ]]; then
        echo "---- node $i: $dir/logs/stdout.log (last 20 lines) ----"
        tail -n 20 "$dir/logs/stdout.log"
      fi
    } >&2
  done
}

# Waits until the running nodes answer metadata with all of them live. Returns non-zero
# (after printing the logs) if they do not.
wait_ready() {
  local running=() pids=() i pid
  for i in $(seq 0 $((BROKERS - 1))); do
    if pid="$(pid_of "$i")"; then running+=("$i") pids+=("$pid"); fi
  done
  ((${#running[@]})) || { log "no broker is running"; return 1; }
  command -v node >/dev/null 2>&1 || die "node not found on PATH (needed to check the brokers with kafkajs)"
  local rc=0
  WAIT_WHY="did not become ready within ${START_TIMEOUT}s"
  node "$WAIT_JS" --brokers "$(broker_list "${running[@]}")" --count "${#running[@]}" \
    --cluster-id "$CLUSTER_ID" --pids "$(IFS=,; echo "${pids[*]}")" \
    --timeout-ms "$((START_TIMEOUT * 1000))" >&2 9>&- || rc=$?
  if ((rc != 0)); then
    case $rc in
      1) WAIT_WHY="could not be checked: the kafkajs readiness check failed (is kafkajs installed? run 'npm ci')" ;;
      3) WAIT_WHY="exited during startup" ;;
      4) WAIT_WHY="is not the cluster this data dir holds (another Kafka answers on its ports)" ;;
    esac
    print_logs "${running[@]}"
    return 1
  fi
}

stop_nodes() { # signal node ids; SIGTERM (or $1=KILL) then wait, then SIGKILL
  local sig=$1 i pid pids=() ids=() n
  shift
  for i in "$@"; do
    if pid="$(pid_of "$i")"; then
      kill "-$sig" "$pid" 2>/dev/null || true
      pids+=("$pid") ids+=("$i")
    else
      rm -f "$(node_dir "$i")/broker.pid"
    fi
  done
  ((${#pids[@]})) || return 0
  log "stopping node(s) ${ids[*]} (SIG$sig)"
  for ((n = 0; n < STOP_TIMEOUT * 10; n++)); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
  done
  for k in "${!pids[@]}"; do
    if kill -0 "${pids[$k]}" 2>/dev/null; then
      log "node ${ids[$k]} (pid ${pids[$k]}) still running after ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "${pids[$k]}" 2>/dev/null || true
    fi
  done
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  done
  for i in "${ids[@]}"; do rm -f "$(node_dir "$i")/broker.pid"; done
  log "stopped node(s) ${ids[*]}"
}

node_arg() { # validates a node id argument against the formatted topology
  load_topology || die "no cluster in $DATA_DIR; run '$0 start' first"
  is_uint "${1:-x}" && (($1 < BROKERS)) || die "node id must be 0..$((BROKERS - 1)) (got '${1:-}')"
}

# --- commands ------------------------------------------------------------------------

cmd_start() {
  local n=1 fresh=0
  while (($#)); do
    case "$1" in
      --brokers) n="${2:-}"; shift 2 || die "--brokers needs a value" ;;
      --brokers=*) n="${1#*=}"; shift ;;
      --fresh) fresh=1; shift ;;
      *) die "start: unknown argument '$1' (usage: start [--brokers N] [--fresh])" ;;
    esac
  done
  is_uint "$n" && ((n >= 1 && n <= MAX_BROKERS)) || die "--brokers must be 1..$MAX_BROKERS (got '$n')"
  ((PORT_BASE + 2 * n - 1 <= 65535)) || die "KAFKA_PORT_BASE $PORT_BASE leaves no room for $n brokers"
  lock_data_dir

  if ((fresh)); then
    mapfile -t nodes < <(existing_nodes)
    ((${#nodes[@]})) && stop_nodes TERM "${nodes[@]}"
    log "wiping $DATA_DIR"
    rm -rf "$DATA_DIR"
  fi

  if load_topology && { ((BROKERS != n)) || ((TOPO_PORT_BASE != PORT_BASE)); }; then
    local i
    for i in $(existing_nodes); do
      pid_of "$i" >/dev/null &&
        die "$DATA_DIR runs a $BROKERS-broker cluster on port base $TOPO_PORT_BASE; run '$0 stop' first (or use --fresh)"
    done
    log "$DATA_DIR held a $BROKERS-broker cluster on port base $TOPO_PORT_BASE; formatting it again for $n broker(s) on $PORT_BASE"
    rm -rf "$DATA_DIR"
  fi

  if ! load_topology; then
    rm -rf "$DATA_DIR"
    mkdir -p "$DATA_DIR"
    # A Kafka cluster id is 16 random bytes in URL-safe base64 without padding.
    CLUSTER_ID="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    BROKERS=$n TOPO_PORT_BASE=$PORT_BASE
    printf 'CLUSTER_ID=%s\nBROKERS=%s\nPORT_BASE=%s\n' "$CLUSTER_ID" "$BROKERS" "$PORT_BASE" \
      >"$DATA_DIR/cluster.env"
  fi

  local stopped=() i
  for ((i = 0; i < BROKERS; i++)); do pid_of "$i" >/dev/null || stopped+=("$i"); done
  if ((${#stopped[@]})); then
    find_java
    resolve_classpath
    for i in "${stopped[@]}"; do write_config "$i"; done
    format_nodes "${stopped[@]}"
    local t0=$SECONDS
    for i in "${stopped[@]}"; do launch_node "$i"; done
    if ! wait_ready; then
      stop_nodes KILL "${stopped[@]}"
      die "Kafka $WAIT_WHY (logs above; data dir $DATA_DIR)"
    fi
    log "Kafka $(kafka_version) ready: $BROKERS broker(s), $((SECONDS - t0))s after launch"
  else
    wait_ready || die "the running brokers in $DATA_DIR: Kafka $WAIT_WHY (logs above); try '$0 stop' or 'start --fresh'"
    log "Kafka already running: $BROKERS broker(s)"
  fi
  all_brokers_line
}

cmd_stop() {
  local sig=TERM
  case "${1:-}" in
    "") ;;
    --kill) sig=KILL ;;
    *) die "usage: stop [--kill]" ;;
  esac
  [[ -d "$DATA_DIR" ]] || { log "nothing to stop ($DATA_DIR does not exist)"; return 0; }
  lock_data_dir
  mapfile -t nodes < <(existing_nodes)
  ((${#nodes[@]})) && stop_nodes "$sig" "${nodes[@]}"
  return 0
}

cmd_stop_one() {
  local sig=TERM id=""
  while (($#)); do
    case "$1" in
      --kill) sig=KILL; shift ;;
      *) [[ -z "$id" ]] || die "stop-one: unexpected '$1'"; id="$1"; shift ;;
    esac
  done
  node_arg "$id"
  lock_data_dir
  pid_of "$id" >/dev/null || log "node $id is not running"
  stop_nodes "$sig" "$id"
}

cmd_start_one() {
  (($# == 1)) || die "usage: start-one <nodeId>"
  node_arg "$1"
  lock_data_dir
  if ! pid_of "$1" >/dev/null; then
    find_java
    resolve_classpath
    write_config "$1"
    format_nodes "$1"
    launch_node "$1"
    if ! wait_ready; then
      stop_nodes KILL "$1"
      die "node $1: Kafka $WAIT_WHY (logs above)"
    fi
    log "node $1 ready"
  else
    log "node $1 is already running"
  fi
  all_brokers_line
}

cmd_status() {
  if ! load_topology; then
    echo "no cluster in $DATA_DIR"
    return 3
  fi
  local i pid up=0
  echo "Kafka $(kafka_version), $BROKERS broker(s), cluster id $CLUSTER_ID, data $DATA_DIR"
  for ((i = 0; i < BROKERS; i++)); do
    if pid="$(pid_of "$i")"; then
      echo "node $i $HOST:$(client_port "$i") running pid $pid"
      up=$((up + 1))
    else
      echo "node $i $HOST:$(client_port "$i") stopped"
    fi
  done
  ((up == BROKERS)) || return 3
}

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit "${1:-64}"
}

main() {
  (($#)) || usage
  local sub=$1
  shift
  case "$sub" in
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    stop-one) cmd_stop_one "$@" ;;
    start-one) cmd_start_one "$@" ;;
    status) cmd_status "$@" ;;
    -h | --help | help) usage 0 ;;
    *) log "unknown command '$sub'"; usage ;;
  esac
}

main "$@"
