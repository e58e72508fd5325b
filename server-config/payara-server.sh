#!/bin/sh
# Deploys the service on Payara Server (the full server, as an operations team runs it), with the
# same environment keys and the same command templates (render.sh) as launch.sh on Payara Micro.
#
#   PAYARA_HOME=<unzipped Payara Server> sh server-config/payara-server.sh          set up, start, deploy
#   PAYARA_HOME=<unzipped Payara Server> sh server-config/payara-server.sh --stop   stop the domain
#
# Set up and start: creates the domain if there is none, starts it, adds the MySQL driver, applies
# transactions.asadmin and resources.asadmin (`asadmin multimode`), stops and starts the domain (the
# transaction settings and the driver take effect at boot), deploys the WAR at `/` and waits until
# /health/ready is UP with the application's check and the SOAP WSDL answers. Exit 0 then; else
# non-zero with one line saying what failed (asadmin's own output goes to DATA_DIR/payara-server.log).
#
# A second run applies the environment of that run: it removes the service's resources (and the
# application) and creates them again rather than skipping existing ones, so a changed DB_PASSWORD,
# DB_URL or BROKER_URL takes effect; other domain settings are left alone.
#
# Environment (all optional but PAYARA_HOME):
#   PAYARA_HOME          the unzipped Payara Server (the folder holding bin/asadmin)
#   DOMAIN_NAME          (inventory) a domain under PAYARA_HOME/glassfish/domains; created with
#                        `create-domain --nopassword` if absent. A domain with an admin password: set
#                        AS_ADMIN_USER and AS_ADMIN_PASSWORDFILE (asadmin reads both).
#   PORT_BASE            for a created domain: every port from this base (HTTP +80, admin +48, ...),
#                        clear of another domain's. Else HTTP_PORT (8080) and ADMIN_PORT (4848), the
#                        other ports Payara's defaults. An existing domain keeps its ports.
#   START_TIMEOUT        (300) seconds to wait for the application to answer
#   what render.sh reads (DATA_DIR, DB_URL, DB_USER, DB_PASSWORD, BROKER_URL, BROKER_USER,
#   BROKER_PASSWORD, IMPORT_CONSUMERS, RECOVERY_DELAY_SECONDS), and ACTIVEMQ_RAR, JDBC_DRIVER, APP_WAR.
#
# The application reads its own keys (ORDERFLOW_API_TOKEN, ADMIN_PASSWORD, MAGENTO1_*, DATA_DIR, ...)
# with MicroProfile Config, which reads the server's environment: the server takes this script's
# environment at start-domain. So the domain is always (re)started here with stop-domain and
# start-domain, never restart-domain (a restarted server keeps the environment it had), and whatever
# the caller exports reaches the application. Domain-level config properties would be the other
# way, but they would keep secrets such as the token in domain.xml.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
me=payara-server.sh

fail() {
    echo "$me: $*" >&2
    exit 1
}

[ -n "${PAYARA_HOME:-}" ] || fail "PAYARA_HOME is not set: point it at an unzipped Payara Server (the folder holding bin/asadmin)"
[ -x "$PAYARA_HOME/bin/asadmin" ] || fail "PAYARA_HOME ($PAYARA_HOME) holds no bin/asadmin: not an unzipped Payara Server"
DOMAIN_NAME=${DOMAIN_NAME:-inventory}
domain_dir=$PAYARA_HOME/glassfish/domains/$DOMAIN_NAME

asadmin() {
    "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"
}

running() {
    asadmin list-domains 2>/dev/null | grep -qx "$DOMAIN_NAME running"
}

if [ "${1:-}" = "--stop" ]; then
    if running; then
        asadmin stop-domain "$DOMAIN_NAME" >/dev/null 2>&1 || fail "stop-domain $DOMAIN_NAME failed"
        echo "$me: domain $DOMAIN_NAME stopped"
    else
        echo "$me: domain $DOMAIN_NAME is not running"
    fi
    exit 0
fi
[ $# -eq 0 ] || fail "usage: $me [--stop]"

DATA_DIR=${DATA_DIR:-./data}
mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
export DATA_DIR
ACTIVEMQ_RAR=${ACTIVEMQ_RAR:-$here/../target/runtime/activemq-rar.rar}
APP_WAR=${APP_WAR:-$here/../target/inventory-import.war}
JDBC_DRIVER=${JDBC_DRIVER:-$here/../target/runtime/mysql-connector-j.jar}
START_TIMEOUT=${START_TIMEOUT:-300}
for f in "$ACTIVEMQ_RAR" "$APP_WAR" "$JDBC_DRIVER"; do
    [ -f "$f" ] || fail "missing $f (run 'mvn -B package' first)"
done
ACTIVEMQ_RAR=$(cd "$(dirname "$ACTIVEMQ_RAR")" && pwd)/$(basename "$ACTIVEMQ_RAR")
export ACTIVEMQ_RAR

# The pools' empty password on Payara Server (render.sh, EMPTY_PASSWORD_REF): a variable of the
# server's environment that is empty, resolved by the server when a pool connects.
INVENTORY_EMPTY_PASSWORD=
export INVENTORY_EMPTY_PASSWORD
EMPTY_PASSWORD_REF='${ENV=INVENTORY_EMPTY_PASSWORD}'
export EMPTY_PASSWORD_REF

umask 077
work=$DATA_DIR/payara-server
# The log's own directory before the first start, so recovery opens the log before any transaction
# does (launch.sh says why).
mkdir -p "$work" "$DATA_DIR/tx-log/server/tx"
log=$DATA_DIR/payara-server.log
: > "$log"

# Hides the passwords of the environment in a line shown to the caller.
redact() {
    DB_PASSWORD=${DB_PASSWORD:-} BROKER_PASSWORD=${BROKER_PASSWORD:-} awk '{
        for (i = 0; i < 2; i++) {
            s = i ? ENVIRON["BROKER_PASSWORD"] : ENVIRON["DB_PASSWORD"]
            if (s == "") continue
            while ((p = index($0, s)) > 0) $0 = substr($0, 1, p - 1) "***" substr($0, p + length(s))
        }
        print
    }'
}

# The line of asadmin's output that says why a command failed: the innermost cause it names (a
# deployment's "Internal Exception: ... Cause: ... because: Access denied for user ..."), else its
# first failure line.
reason() {
    grep -v -e infocmp -e '^Usage:' "$1" > "$work/lines" || true
    line=$(grep -m1 -e 'Internal Exception: ' -e 'Caused by: ' -e 'Cause: ' "$work/lines" ||
        grep -m1 -i -e 'remote failure' -e 'exception' -e 'error' -e 'failed' -e 'not ' "$work/lines" || true)
    printf '%s\n' "${line:-no reason given}" | sed -e 's/^remote failure: //' -e 's/.* because: //' \
        -e 's/.*Cause: //' -e 's/^Internal Exception: //' -e 's/^Caused by: //' \
        -e 's/ *Please see server.log for more details\.*//' | redact
}

# Runs asadmin, its output to the log; on failure ends the script with what failed and why.
run() {
    what=$1
    shift
    printf '\n$ asadmin %s\n' "$*" >> "$log"
    if asadmin "$@" > "$work/out" 2>&1; then
        cat "$work/out" >> "$log"
        return 0
    fi
    cat "$work/out" >> "$log"
    fail "$what failed: $(reason "$work/out") (asadmin output: $log)"
}

# The first port of a listener in domain.xml (the server's own config comes first).
listener_port() {
    sed -n "s/.*<network-listener[^>]* name=\"$1\"[^>]*>.*/&/p" "$domain_dir/config/domain.xml" |
        sed -n 's/.* port="\([0-9]*\)".*/\1/p' | head -n 1
}

started=$(date +%s)
say() {
    echo "$me: $* ($(($(date +%s) - started)) s)"
}

# --- The domain ---
fresh=false
if [ ! -f "$domain_dir/config/domain.xml" ]; then
    if [ -n "${PORT_BASE:-}" ]; then
        ports="--portbase $PORT_BASE"
    else
        ports="--adminport ${ADMIN_PORT:-4848} --instanceport ${HTTP_PORT:-8080}"
    fi
    # shellcheck disable=SC2086 # ports is a list of options
    run "create-domain $DOMAIN_NAME" create-domain --nopassword $ports "$DOMAIN_NAME"
    fresh=true
    say "created domain $DOMAIN_NAME"
fi
admin_port=$(listener_port admin-listener)
http_port=$(listener_port http-listener-1)
[ -n "$admin_port" ] && [ -n "$http_port" ] || fail "no admin or HTTP port in $domain_dir/config/domain.xml"
remote() {
    what=$1
    shift
    run "$what" --port "$admin_port" "$@"
}

if ! running; then
    run "start-domain $DOMAIN_NAME" start-domain "$DOMAIN_NAME"
    say "started domain $DOMAIN_NAME (admin port $admin_port)"
fi

# --- The driver, the transaction service, the resources ---
# The server needs the MySQL driver in its common class path (H2 it has): added once, replaced when
# the file differs.
driver_name=$(basename "$JDBC_DRIVER")
if ! cmp -s "$JDBC_DRIVER" "$domain_dir/lib/$driver_name"; then
    if [ -f "$domain_dir/lib/$driver_name" ]; then
        remote "remove-library $driver_name" remove-library "$driver_name"
    fi
    remote "add-library $driver_name" add-library "$JDBC_DRIVER"
fi

# render.sh escapes values for asadmin's property syntax; multimode reads a file through asadmin's
# command-line tokenizer, which takes one level of backslashes away: double them for it.
render() {
    sh "$here/render.sh" "$1" > "$work/$1.rendered" || fail "render.sh $1 failed"
    sed -e 's/\\/\\\\/g' "$work/$1.rendered" > "$work/$1"
    rm -f "$work/$1.rendered"
}
render transactions.asadmin
render resources.asadmin

if [ "$fresh" = false ]; then
    # A second run: the application and the resources of resources.asadmin go, to be created again
    # from this run's environment. Undeploying the adapter with --cascade removes its connector pool,
    # resource and admin object; deleting a JDBC pool with --cascade removes its resource. What does
    # not exist (a first run that stopped half-way) is reported by asadmin and ignored here: the
    # creation that follows must succeed.
    if asadmin --port "$admin_port" list-applications 2>/dev/null | grep -q '^inventory-import '; then
        remote "undeploy inventory-import" undeploy inventory-import
    fi
    awk '
        $1 == "deploy" { for (i = 2; i < NF; i++) if ($i == "--name") apps = apps "undeploy --cascade=true " $(i + 1) "\n" }
        $1 == "create-resource-adapter-config" { rest = rest "delete-resource-adapter-config " $NF "\n" }
        $1 == "create-jdbc-connection-pool" { rest = rest "delete-jdbc-connection-pool --cascade=true " $NF "\n" }
        END { printf "%s%s", apps, rest }
    ' "$work/resources.asadmin" > "$work/remove.asadmin"
    printf '\n$ asadmin multimode --file %s\n' "$work/remove.asadmin" >> "$log"
    asadmin --port "$admin_port" multimode --file "$work/remove.asadmin" >> "$log" 2>&1 || true
    say "removed the previous deployment's resources"
fi
remote "transactions.asadmin" multimode --file "$work/transactions.asadmin"
remote "resources.asadmin" multimode --file "$work/resources.asadmin"
say "applied transactions.asadmin and resources.asadmin"

# Stop and start (not restart-domain, see above): the transaction log and recovery settings, the
# driver and this run's environment are in force from boot.
run "stop-domain $DOMAIN_NAME" stop-domain "$DOMAIN_NAME"
run "start-domain $DOMAIN_NAME" start-domain "$DOMAIN_NAME"
say "restarted domain $DOMAIN_NAME"

# --- The application ---
# A deployment that fails (the database unreachable, credentials refused, a migration failing)
# fails this command. asadmin names the outer failure; the server log holds the chain, whose last
# "Caused by" is the root (the connection refused, the migration's own message): the line says both.
server_log=$domain_dir/logs/server.log
log_size=$(wc -c < "$server_log" 2>/dev/null || echo 0)
printf '\n$ asadmin deploy --name inventory-import --contextroot / --force=true %s\n' "$APP_WAR" >> "$log"
if ! asadmin --port "$admin_port" deploy --name inventory-import --contextroot / --force=true "$APP_WAR" > "$work/out" 2>&1; then
    cat "$work/out" >> "$log"
    short() {
        sed -e 's/^Error occurred during deployment: //' -e 's/^Exception while loading the app : //' \
            -e 's/^[A-Za-z0-9_$]*\.[A-Za-z0-9_.$]*\.\([A-Za-z0-9_$]*\): /\1: /'
    }
    outer=$(reason "$work/out" | short)
    root=$(tail -c +$((log_size + 1)) "$server_log" 2>/dev/null | grep '^Caused by: ' | tail -n 1 |
        sed -e 's/^Caused by: //' | short | redact)
    case $outer in *"${root#*: }"*) root= ;; esac
    fail "deployment of $(basename "$APP_WAR") failed: $outer${root:+ ($root)} (asadmin output: $log, server log: $server_log)"
fi
cat "$work/out" >> "$log"
say "deployed $(basename "$APP_WAR") at /"

base=http://127.0.0.1:$http_port
wsdl="$base/soap/default?wsdl&services=realtimeDespatchOrderFlowInventoryRequestManagementV1"
deadline=$(($(date +%s) + START_TIMEOUT))
while :; do
    # Payara answers UP without checks before the application is there: require its check by name.
    ready=$(curl -s -m 5 "$base/health/ready" || true)
    case $ready in
        '{"status":"UP"'*'"name":"inventory-import"'*)
            code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$wsdl" || true)
            if [ "$code" = 200 ]; then
                say "ready on $base/ (health UP, WSDL answered)"
                exit 0
            fi
            ;;
    esac
    if [ "$(date +%s)" -ge "$deadline" ]; then
        why=$(printf '%s' "$ready" | sed -n 's/.*"reason":"\([^"]*\)".*/\1/p' | redact)
        fail "the application did not answer within $START_TIMEOUT s on $base: ${why:-health: ${ready:-no answer}} (server log: $domain_dir/logs/server.log)"
    fi
    sleep 2
done
