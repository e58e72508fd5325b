#!/usr/bin/env bash
# The container image run (docs/container-image.md): builds the project's image from its Dockerfile,
# runs it, pushes a stream of messages, kills the server (kill -9) midway, starts the same container
# again on its data, then checks that every acknowledged message was processed and that the server
# ran as the non-root user `payara`. Prints one summary line; exits non-zero on any failure.
#
# No image registry is needed: the official base payara/micro:6.2025.10-jdk17 is replaced, when it is
# not in local storage, by a stand-in (src/test/scripts/payara-micro-stand-in/) on a Debian JRE 17 root
# file system made by mmdebstrap, tagged with the official name so the Dockerfile builds unchanged.
# Both stay in local storage for the next run. The container runs with `buildah run --isolation
# chroot` on the host network (`podman run` needs setrlimit, which some sandboxes refuse).
#
# Arguments NAME=VALUE go into the container's environment (it is on the host network: e.g.
# DB_URL=jdbc:mysql://127.0.0.1:3306/inventory). Environment of the script: MESSAGES (100) pushed in
# all, PORT (a free one from 20000), TIMEOUT_SECONDS (1800) for the whole run, KEEP_CONTAINER=1 leaves
# the container for inspection. Runs as root (apt, buildah); builds target/ with Maven when its
# artifacts are absent.
set -euo pipefail
cd "$(dirname "$0")/../../.."

TIMEOUT_SECONDS=${TIMEOUT_SECONDS:-1800}
if [ -z "${CONTAINER_IMAGE_RUN_BOUNDED:-}" ]; then
    # timeout signals the whole process group; the TERM trap below then cleans up.
    CONTAINER_IMAGE_RUN_BOUNDED=1 exec timeout --kill-after=60 "$TIMEOUT_SECONDS" bash "$0" "$@"
fi

MESSAGES=${MESSAGES:-100}
BASE_IMAGE=localhost/debian-jre17:1
MICRO_IMAGE=docker.io/payara/micro:6.2025.10-jdk17
IMAGE=localhost/orderflow-inventory-import:latest
NAME_PREFIX=orderflow-image-run-
CONTAINER=$NAME_PREFIX$$
SOAP_PATH='/soap/default?services=realtimeDespatchOrderFlowInventoryRequestManagementV1'
WSDL_PATH='/soap/default?wsdl&services=realtimeDespatchOrderFlowInventoryRequestManagementV1'
TOKEN=ci-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
work=$(mktemp -d)
timings=""
java_pid="" run_pid="" push_pid="" container_made=""

log() { printf 'container-image: %s\n' "$*"; }
fail() {
    log "FAILED: $*"
    exit 1
}

cleanup() {
    local status=$? pid
    exec 2>/dev/null # bash's notices of the jobs killed here
    for pid in "$push_pid" "$java_pid" "$run_pid"; do
        [ -z "$pid" ] || kill -9 "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    if [ -n "$container_made" ] && [ -z "${KEEP_CONTAINER:-}" ]; then
        buildah rm "$CONTAINER" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'log "stopped by a signal (TIMEOUT_SECONDS=$TIMEOUT_SECONDS?)"; exit 124' TERM INT

# Runs a step and notes its duration for the summary.
timed() {
    local name=$1 start=$SECONDS
    shift
    "$@"
    timings="$timings $name=$((SECONDS - start))s"
}

# Shows the end of a log when a step fails.
tail_of() {
    log "last lines of $1:"
    tail -n "${2:-30}" "$1" | sed 's/^/    /'
}

ensure_tools() {
    local missing=()
    for tool in podman buildah mmdebstrap; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]} (apt)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

ensure_artifacts() {
    local f
    for f in target/inventory-import.war target/runtime/payara-micro.jar target/runtime/activemq-rar.rar \
        target/runtime/mysql-connector-j.jar; do
        if [ ! -f "$f" ]; then
            log "building target/ (mvn -B -q package -DskipTests)"
            mvn -B -q package -DskipTests
            return
        fi
    done
}

# The Debian root file system with a JRE 17 (about 400 MB), made once.
ensure_base() {
    if podman image exists "$BASE_IMAGE"; then
        log "base $BASE_IMAGE: in local storage"
        return
    fi
    log "base $BASE_IMAGE: mmdebstrap bookworm with openjdk-17-jre-headless"
    mmdebstrap --quiet --variant=apt --include=openjdk-17-jre-headless,ca-certificates bookworm \
        "$work/base.tar" >"$work/mmdebstrap.log" 2>&1 || { tail_of "$work/mmdebstrap.log"; fail "mmdebstrap"; }
    podman import --quiet "$work/base.tar" "$BASE_IMAGE" >/dev/null
    rm -f "$work/base.tar"
}

# The stand-in for the official image, rebuilt when the Payara Micro jar of target/runtime/ changed.
# An image under that name without the stand-in's label (the official one, pulled) is left alone.
ensure_micro() {
    local sum current=""
    sum=$(sha256sum target/runtime/payara-micro.jar | cut -c1-64)
    if podman image exists "$MICRO_IMAGE"; then
        current=$(podman image inspect --format '{{index .Labels "payara-micro.sha256"}}' "$MICRO_IMAGE")
        if [ -z "$current" ] || [ "$current" = "<no value>" ] || [ "$current" = "$sum" ]; then
            log "base $MICRO_IMAGE: in local storage"
            return
        fi
    fi
    log "base $MICRO_IMAGE: building the stand-in"
    mkdir -p "$work/micro"
    cp target/runtime/payara-micro.jar "$work/micro/"
    podman build --isolation chroot --pull=never --build-arg "BASE=$BASE_IMAGE" --label "payara-micro.sha256=$sum" \
        -f src/test/scripts/payara-micro-stand-in/Containerfile -t "$MICRO_IMAGE" "$work/micro" \
        >"$work/micro-build.log" 2>&1 || { tail_of "$work/micro-build.log"; fail "building the stand-in"; }
}

build_image() {
    local previous
    previous=$(podman image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)
    log "image $IMAGE: podman build from the Dockerfile"
    podman build --isolation chroot --pull=never -t "$IMAGE" . >"$work/build.log" 2>&1 \
        || { tail_of "$work/build.log"; fail "podman build"; }
    # The previous build, now untagged, would pile up run after run.
    if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$IMAGE")" ]; then
        podman rmi "$previous" >/dev/null 2>&1 || true
    fi
}

# Containers of earlier runs that were killed before their cleanup (their script is gone).
remove_leftovers() {
    local name
    for name in $(buildah containers --format '{{.ContainerName}}' | grep "^$NAME_PREFIX" || true); do
        if ! kill -0 "${name#"$NAME_PREFIX"}" 2>/dev/null; then
            buildah rm "$name" >/dev/null 2>&1 || true
        fi
    done
}

free_port() {
    local port
    for port in $(seq 20000 20999 | shuf); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port in 20000-20999"
}

make_container() {
    buildah from --pull=never --name "$CONTAINER" "$IMAGE" >/dev/null
    container_made=1
    local setting settings=(--env "PORT=$PORT" --env "ORDERFLOW_API_TOKEN=$TOKEN")
    for setting in "$@"; do
        settings+=(--env "$setting")
    done
    buildah config "${settings[@]}" "$CONTAINER"
}

# Starts the image's entrypoint (launch.sh) in the container, in the background, and finds the server's
# java process: the one with this run's port whose root is a container's file system.
start() {
    local log_file=$work/run-$1.log entrypoint pid
    entrypoint=$(buildah inspect --type image --format '{{range .OCIv1.Config.Entrypoint}}{{.}} {{end}}' "$IMAGE")
    # shellcheck disable=SC2086 # the entrypoint is a list of words without spaces
    buildah run --isolation chroot --hostname localhost --user payara "$CONTAINER" -- $entrypoint \
        >"$log_file" 2>&1 &
    run_pid=$!
    java_pid=""
    for _ in $(seq 1 120); do
        for pid in $(pgrep -f -- "payara-micro\.jar .*--port $PORT( |$)" || true); do
            if [ "$(readlink "/proc/$pid/root")" != / ]; then
                java_pid=$pid
                return
            fi
        done
        kill -0 "$run_pid" 2>/dev/null || { tail_of "$log_file"; fail "the container stopped at start"; }
        sleep 1
    done
    tail_of "$log_file"
    fail "no java process with --port $PORT in the container"
}

# Until /health/ready shows the service's check UP and the SOAP endpoint serves its WSDL (the check
# can be UP a moment before the endpoint answers). Payara answers /health/ready with no checks while
# the application is not deployed: still so 60 s after the server said it was ready, it failed.
wait_ready() {
    local log_file=$work/run-$1.log booted=""
    for _ in $(seq 1 600); do
        if curl -fs --max-time 5 "http://127.0.0.1:$PORT/health/ready" 2>/dev/null \
            | grep -q '"name":"inventory-import","status":"UP"' \
            && curl -fs --max-time 5 -o /dev/null "http://127.0.0.1:$PORT$WSDL_PATH"; then
            return
        fi
        kill -0 "$java_pid" 2>/dev/null || { tail_of "$log_file"; fail "the server stopped before it was ready"; }
        if [ -z "$booted" ] && grep -q 'Payara Micro .* ready in' "$log_file"; then
            booted=$SECONDS
        fi
        if [ -n "$booted" ] && [ $((SECONDS - booted)) -gt 60 ]; then
            log "first errors in $log_file:"
            { grep -m 3 -E 'SEVERE|Exception' "$log_file"; grep -m 1 '^Caused by:' "$log_file"
                grep '^Caused by:' "$log_file" | tail -n 1; } | cut -c1-400 | uniq | sed 's/^/    /'
            fail "the server started but the application is not ready (deployment failed?)"
        fi
        sleep 1
    done
    tail_of "$log_file"
    fail "not ready within 600 s"
}

# A clean stop: SIGTERM to the server (a signal to `buildah run` would end it abruptly).
stop() {
    kill -TERM "$java_pid"
    for _ in $(seq 1 60); do
        kill -0 "$run_pid" 2>/dev/null || break
        sleep 1
    done
    wait "$run_pid" 2>/dev/null || true
    run_pid="" java_pid=""
}

# The server's user (numeric uid from the host, its name from the container's own /etc/passwd), and
# its instance name kept in DATA_DIR: the same at every start of the container, else DATA_DIR was lost.
check_server() {
    local uid name id
    uid=$(ps -o uid= -p "$java_pid" | tr -d ' ')
    name=$(awk -F: -v uid="$uid" '$3 == uid { print $1; exit }' "/proc/$java_pid/root/etc/passwd")
    server_user="$name (uid $uid)"
    [ "$uid" != 0 ] && [ "$name" = payara ] || fail "the server runs as $server_user, not payara"
    id=$(cat "/proc/$java_pid/root/opt/payara/data/instance-id")
    [ -z "${instance_id:-}" ] || [ "$id" = "$instance_id" ] \
        || fail "instance-id changed from $instance_id to $id: DATA_DIR did not persist"
    instance_id=$id
}

# Message k: SKU IMG-k set to k with sequence id 1, message id k (SOAP 1.2, as Magento 2).
push() {
    local k=$1 code
    code=$(curl -s -o "$work/answer" -w '%{http_code}' --max-time 30 -X POST "http://127.0.0.1:$PORT$SOAP_PATH" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/soap+xml; charset=utf-8' \
        --data-binary "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"
 xmlns:ns1=\"http://localhost:8080/soap/default?services=realtimeDespatchOrderFlowInventoryRequestManagementV1\">
 <env:Body><ns1:realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest>
  <productQtys><item><sku>IMG-$k</sku><qty>$k</qty><source>default</source></item></productQtys>
  <productSeqs><item><sku>IMG-$k</sku><seq>1</seq></item></productSeqs>
  <messageSeqId>$k</messageSeqId>
 </ns1:realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest></env:Body></env:Envelope>") || true
    echo "HTTP $code" >"$work/code"
    [ "$code" = 200 ] && grep -q "Success - Message $k Received" "$work/answer"
}

# What the refused push got.
answer() { printf '%s %s' "$(cat "$work/code")" "$(head -c 300 "$work/answer" 2>/dev/null)"; }

# Pushes messages from $1 to MESSAGES in order, noting each acknowledged one. A 503 (the database or
# broker cannot take it now) is tried again, up to 5 times, 2 s apart; at any other refusal, or no
# answer, the pusher stops and notes the message (a sender retries from there).
pusher() {
    local k tries
    for k in $(seq "$1" "$MESSAGES"); do
        tries=1
        until push "$k"; do
            if [ "$(cat "$work/code")" != "HTTP 503" ] || [ "$tries" -ge 5 ]; then
                echo "$k" >"$work/stopped"
                return
            fi
            tries=$((tries + 1))
            sleep 2
        done
        echo "$k" >>"$work/acked"
    done
    echo $((MESSAGES + 1)) >"$work/stopped"
}

acked() { [ -f "$work/acked" ] && wc -l <"$work/acked" || echo 0; }

push_and_kill() {
    rm -f "$work/stopped"
    pusher 1 &
    push_pid=$!
    while [ "$(acked)" -lt $((MESSAGES / 2)) ]; do
        [ ! -f "$work/stopped" ] || fail "message $(cat "$work/stopped") refused before the kill: $(answer)"
        sleep 0.2
    done
    kill -9 "$java_pid"
    log "kill -9 of the server (pid $java_pid) with $(acked) messages acknowledged"
    wait "$push_pid" || true
    push_pid=""
    wait "$run_pid" || true
    run_pid="" java_pid=""
    acked_before=$(acked)
}

push_rest() {
    local from
    from=$(cat "$work/stopped")
    rm -f "$work/stopped"
    pusher "$from"
    [ "$(cat "$work/stopped")" -gt "$MESSAGES" ] \
        || fail "message $(cat "$work/stopped") refused after the restart: $(answer)"
}

# Every acknowledged message: a Processed request and its SKU at its quantity, within 300 s.
check_processed() {
    local pending k next deadline=$((SECONDS + 300)) qty
    pending=$(sort -n -u "$work/acked")
    acked_total=$(wc -w <<<"$pending")
    while [ -n "$pending" ]; do
        next=""
        for k in $pending; do
            qty=$(curl -fs --max-time 10 "http://127.0.0.1:$PORT/rest/V1/stockItems/IMG-$k" \
                -H "Authorization: Bearer $TOKEN" | sed -n 's/^{"sku":"[^"]*","qty":\([0-9.]*\),.*/\1/p' || true)
            if [ "$qty" = "$k" ] && curl -fs --max-time 10 "http://127.0.0.1:$PORT/rest/V1/orderflow/requests?messageId=$k" \
                -H "Authorization: Bearer $TOKEN" | grep -q '"status":"Processed"'; then
                continue
            fi
            next="$next $k"
        done
        pending=${next# }
        [ -n "$pending" ] && [ "$SECONDS" -lt "$deadline" ] || break
        sleep 2
    done
    lost=$(wc -w <<<"$pending")
    processed=$((acked_total - lost))
    if [ "$lost" -gt 0 ]; then
        k=${pending%% *}
        log "message $k: $(curl -s "http://127.0.0.1:$PORT/rest/V1/orderflow/requests?messageId=$k" \
            -H "Authorization: Bearer $TOKEN" | head -c 600)"
        fail "acknowledged $acked_total, processed $processed, lost $lost: ${pending:0:200}"
    fi
}

ensure_tools
timed artifacts ensure_artifacts
timed debian-base ensure_base
timed micro-base ensure_micro
timed image build_image
remove_leftovers
PORT=${PORT:-$(free_port)}
make_container "$@"
log "container $CONTAINER on port $PORT"

timed start-1 start 1
timed ready-1 wait_ready 1
check_server
timed push-and-kill push_and_kill
timed start-2 start 2
timed ready-2 wait_ready 2
check_server
timed push-rest push_rest
timed check check_processed
timed stop stop

log "OK: image $IMAGE, acknowledged $acked_total ($acked_before before the kill -9), processed $processed, lost $lost; server user $server_user; DATA_DIR kept ($instance_id); timings:$timings"
