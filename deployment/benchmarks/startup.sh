#!/usr/bin/env bash
# Start-up benchmark of the Forum Protocol uber jar: time to ready and memory once ready.
#
# Rerun (from anywhere; it finds the repository itself):
#
#     bash deployment/benchmarks/startup.sh
#
# It uses deployment/target/forum-protocol.jar as it is, building it (mvn -q -DskipTests package) only when it is
# missing. Each configuration is started BENCH_RUNS times (default 5), each time with a fresh, empty data
# directory (H2) in a fresh working directory and on a free port: wall time from starting the process until
# GET /health/ready answers 200 (polled every 100 ms), then VmRSS of the java process from /proc/PID/status,
# then SIGTERM and wait. Medians, minimum and maximum are appended as a dated section to
# deployment/benchmarks/RESULTS.md.
#
# The headline line is the command the README documents, `java -jar deployment/target/forum-protocol.jar`
# (plus --port, because 8080 may be taken on a shared machine); the second line is the same jar with the
# recommended options, labelled as such.
#
# To measure other options without touching the headline (appended to RESULTS.md as an experiment):
#
#     bash deployment/benchmarks/startup.sh --experiment "label" "JVM options" "Payara Micro options"
#
# Payara Micro options may contain @ROOT@ (a --rootdir prepared once with Payara Micro's --warmup); JVM options @CDS@
# (a class-data-sharing archive made once by a training start with -XX:ArchiveClassesAtExit); both are made
# under target/benchmarks before the measured runs and are not counted.
set -euo pipefail

TARGET_READY_MS=8000
TARGET_RSS_MB=400
RUNS=${BENCH_RUNS:-5}
READY_DEADLINE_S=180
STOP_DEADLINE_S=60

# The options recommended in RESULTS.md (see its findings), measured as the second line: C1 only roughly halves
# the CPU time of a start; a serial collector, a small heap and code cache keep RSS under the target. No
# --nocluster: it saved nothing measurable, and it would switch off the session replication web.xml asks for.
RECOMMENDED_JVM="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx160m -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=256m"
RECOMMENDED_ARGS=""

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$REPO/deployment/target/forum-protocol.jar"
RESULTS="$REPO/deployment/benchmarks/RESULTS.md"
WORK="$REPO/deployment/target/benchmarks"

if [[ ! -f "$JAR" ]]; then
    echo "No $JAR yet: building it (mvn -q -DskipTests package)." >&2
    (cd "$REPO" && mvn -B -q -DskipTests package)
fi
mkdir -p "$WORK"

# The started process gets no FORUM_* variable from this shell: an unknown one would stop the start, and a
# FORUM_DB_URL of the caller's must not point the benchmark at a real database.
CLEAN_ENV=(env)
while IFS='=' read -r name _; do
    [[ "$name" == FORUM_* ]] && CLEAN_ENV+=(-u "$name")
done < <(env)

# Processes this script started and has not stopped yet, one PID a line, killed if the script is interrupted.
# A file rather than a variable, because each start runs in a subshell.
PIDS="$WORK/running.pids"
: > "$PIDS"
cleanup() {
    while read -r pid; do
        [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null || true
    done < "$PIDS"
    : > "$PIDS"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 10000))
        # A port nobody answers on: connecting fails.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    exit 1
}

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# start_and_stop DIR "JVM options" "Payara options": starts the jar in DIR, prints "READY_MS RSS_KB EXIT_CODE CPU_MS".
start_and_stop() {
    local dir=$1 jvm=$2 args=$3 port pid t0 t1 code status rss cpu
    port=$(free_port)
    mkdir -p "$dir"
    t0=$(now_ms)
    # shellcheck disable=SC2086 # the option strings are lists of words on purpose
    (cd "$dir" && exec "${CLEAN_ENV[@]}" java $jvm -jar "$JAR" --port "$port" $args) > "$dir/output.log" 2>&1 &
    pid=$!
    echo "$pid" >> "$PIDS"
    while true; do
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/health/ready" || true)
        if [[ "$status" == 200 ]]; then
            t1=$(now_ms)
            break
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" || true
            echo "the process exited before it was ready; end of $dir/output.log:" >&2
            tail -n 30 "$dir/output.log" >&2
            exit 1
        fi
        if (( $(now_ms) - t0 > READY_DEADLINE_S * 1000 )); then
            echo "not ready within ${READY_DEADLINE_S} s; end of $dir/output.log:" >&2
            tail -n 30 "$dir/output.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
    # User + system CPU time of all its threads so far (fields 14 and 15 of /proc/PID/stat, in clock ticks):
    # unlike wall time, it hardly depends on what else the machine is doing.
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$pid/stat")
    kill -TERM "$pid"
    for _ in $(seq 1 $((STOP_DEADLINE_S * 10))); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "still running ${STOP_DEADLINE_S} s after SIGTERM; killing it ($dir/output.log)" >&2
        kill -KILL "$pid"
    fi
    code=0
    wait "$pid" || code=$?
    sed -i "/^$pid\$/d" "$PIDS"
    echo "$((t1 - t0)) $rss $code $cpu"
}

# stats "v1 v2 ...": prints "median min max" (the median of an even count is the mean of the middle two).
stats() {
    tr ' ' '\n' <<< "$1" | sort -n | awk 'NF {v[++n]=$1} END {
        m = (n % 2) ? v[(n+1)/2] : (v[n/2] + v[n/2+1]) / 2;
        printf "%s %s %s\n", m, v[1], v[n] }'
}

# prepare JVM options: replaces @ROOT@ and @CDS@ with the files they stand for, making them once.
prepare() {
    local jvm=$1 args=$2 key
    key=$(echo "$jvm $args" | md5sum | cut -c1-8)
    if [[ "$args" == *@ROOT@* && ! -d "$WORK/root-$key" ]]; then
        echo "  preparing a runtime directory with --warmup (not measured)" >&2
        # shellcheck disable=SC2086
        (cd "$WORK" && "${CLEAN_ENV[@]}" FORUM_DATA_DIR="$WORK/warmup-data-$key" \
            java -jar "$JAR" ${args//@ROOT@/$WORK/root-$key} --warmup > "$WORK/warmup-$key.log" 2>&1)
        rm -rf "$WORK/warmup-data-$key"
    fi
    if [[ "$jvm" == *@CDS@* && ! -f "$WORK/cds-$key.jsa" ]]; then
        echo "  training a class-data-sharing archive (not measured)" >&2
        local train_jvm=${jvm//-XX:SharedArchiveFile=@CDS@/-XX:ArchiveClassesAtExit=$WORK/cds-$key.jsa}
        start_and_stop "$WORK/cds-training-$key" "$train_jvm" "${args//@ROOT@/$WORK/root-$key}" > /dev/null
    fi
    jvm=${jvm//@CDS@/$WORK/cds-$key.jsa}
    args=${args//@ROOT@/$WORK/root-$key}
    echo "$jvm|$args"
}

# measure LABEL "JVM options" "Payara options": RUNS starts; prints one Markdown table row.
measure() {
    local label=$1 prepared jvm args run result ready="" rss="" cpu="" codes="" joined=0 r_med r_min r_max m_med m_min m_max c_med verdict
    prepared=$(prepare "$2" "$3")
    jvm=${prepared%%|*}
    args=${prepared#*|}
    for run in $(seq 1 "$RUNS"); do
        local dir
        dir=$(mktemp -d "$WORK/run-XXXXXX")
        result=$(start_and_stop "$dir" "$jvm" "$args")
        read -r ms kb code cpu_ms <<< "$result"
        echo "  $label, run $run: ready after $ms ms, VmRSS $((kb / 1024)) MB, CPU $cpu_ms ms, exit code $code" >&2
        ready+="$ms "
        cpu+="$cpu_ms "
        rss+="$((kb / 1024)) "
        codes+="$code "
        # The default cluster mode joins any Payara Micro it finds by multicast; say so when it happened.
        if grep -q 'DG Size: [2-9]' "$dir/output.log"; then
            joined=$((joined + 1))
        fi
        rm -rf "$dir"
    done
    read -r r_med r_min r_max <<< "$(stats "$ready")"
    read -r m_med m_min m_max <<< "$(stats "$rss")"
    read -r c_med _ _ <<< "$(stats "$cpu")"
    verdict=$(awk -v r="$r_med" -v m="$m_med" -v tr="$TARGET_READY_MS" -v tm="$TARGET_RSS_MB" 'BEGIN {
        f = ""; if (r > tr) f = f " ready"; if (m > tm) f = f " RSS";
        print (f == "" ? "pass" : "FAIL:" f) }')
    local note=""
    (( joined > 0 )) && note=" (joined another instance's data grid in $joined of $RUNS runs)"
    local bad_exit
    bad_exit=$(tr ' ' '\n' <<< "$codes" | grep -v -E '^(0|143)?$' | sort -u | tr '\n' ' ' || true)
    [[ -n "$bad_exit" ]] && note+=" (unclean exit codes: $bad_exit)"
    printf '| %s%s | %.1f s | %.1f s | %.1f s | %.0f MB | %.0f MB | %.0f MB | %.1f s | ready ≤ %d s, RSS ≤ %d MB | %s |\n' \
        "$label" "$note" "$(awk -v x="$r_med" 'BEGIN{print x/1000}')" "$(awk -v x="$r_min" 'BEGIN{print x/1000}')" \
        "$(awk -v x="$r_max" 'BEGIN{print x/1000}')" "$m_med" "$m_min" "$m_max" \
        "$(awk -v x="$c_med" 'BEGIN{print x/1000}')" $((TARGET_READY_MS / 1000)) "$TARGET_RSS_MB" "$verdict"
}

if [[ ! -f "$RESULTS" ]]; then
    cat > "$RESULTS" <<'EOF'
# Start-up benchmark results

Written by `bash deployment/benchmarks/startup.sh`; every run of it appends one dated section.

Columns:

- **what**: the command measured. The headline is the command the README documents; lines labelled
  *recommended* or *experiment* add options to it. `--port` is always given, to stay off ports in use.
- **ready median / min / max**: wall time from starting the `java` process until `GET /health/ready` first
  answered 200 (polled every 100 ms), over the runs of that line, each with a fresh, empty H2 data directory.
- **RSS median / min / max**: resident memory of the java process (`VmRSS` in `/proc/PID/status`) right after it
  was ready, in MB (MiB).
- **CPU median**: user + system CPU time the java process had used when it was ready (all threads). Wall time
  depends on what else the machine is doing; CPU time much less, so it is the fairer column for comparing
  options measured at different times.
- **target**: the goal for a small office server: ready within 8 s, at most 400 MB resident.
- **pass/fail**: whether the medians meet the target.

The machine line gives `nproc`, the first line of `java -version` and the load average before the runs: other
work on a shared machine slows the start, so compare lines of one section rather than across sections.
EOF
fi

# cmdline "JVM options" JAR "Payara options": the command as a person would type it, for the labels.
cmdline() {
    echo "java $1 -jar $2 $3" | tr -s ' ' | sed 's/ $//'
}

MODE=${1:-}
{
    echo
    echo "## $(date -u '+%Y-%m-%d %H:%M UTC')$([[ "$MODE" == --experiment ]] && echo " (experiment)")"
    echo
    echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load average before: $(cut -d' ' -f1-3 /proc/loadavg); runs per line: $RUNS."
    echo
    echo "| what | ready median | ready min | ready max | RSS median | RSS min | RSS max | CPU median | target | pass/fail |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} > "$WORK/section.md"

if [[ "$MODE" == --experiment ]]; then
    label=${2:?label}
    jvm=${3:-}
    args=${4:-}
    echo "Experiment: $label" >&2
    measure "experiment: $label: \`$(cmdline "$jvm" deployment/target/forum-protocol.jar "$args")\`" "$jvm" "$args" \
        >> "$WORK/section.md"
else
    echo "Headline: the README command" >&2
    measure "**headline**: \`java -jar deployment/target/forum-protocol.jar\`" "" "" >> "$WORK/section.md"
    echo "Second line: recommended options" >&2
    measure "recommended: \`$(cmdline "$RECOMMENDED_JVM" deployment/target/forum-protocol.jar "$RECOMMENDED_ARGS")\`" \
        "$RECOMMENDED_JVM" "$RECOMMENDED_ARGS" >> "$WORK/section.md"
fi

echo >> "$WORK/section.md"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$WORK/section.md"
cat "$WORK/section.md" >> "$RESULTS"
cat "$WORK/section.md"
echo "Appended to $RESULTS" >&2
