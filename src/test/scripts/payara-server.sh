#!/usr/bin/env bash
# The Payara Server run (docs/payara-server.md): Payara Server from its Maven Central zip, the service
# deployed by server-config/payara-server.sh on H2, then again on a fresh MariaDB database (the second
# run on the same domain), each checked from outside over HTTP: the three push contracts, the stock
# and request APIs, the console's login, health and metrics. On MariaDB also: IMPORT_CONSUMERS=2
# caps the concurrent imports at 2, pushes acknowledged just before `asadmin restart-domain` are
# applied after it, and a wrong DB_PASSWORD ends payara-server.sh non-zero with one line, no secret.
#
# Needs MariaDB (or MySQL) on 127.0.0.1:3306 with root and an empty password (as `.ci/run` sets up)
# and the `mysql` client. Exits 1 at the first failed check; the domain is stopped on any exit.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)

VERSION=6.2025.10
dir=$root/target/payara-server
export PAYARA_HOME=$dir/payara6
DB=inventory_payara_server
export ORDERFLOW_API_TOKEN=payara-server-test-token
export MAGENTO1_API_USER=orderflow MAGENTO1_API_KEY=payara-server-m1-key
export ADMIN_PASSWORD=payara-server-console-pw
export START_TIMEOUT=${START_TIMEOUT:-400}
started=$(date +%s)

log() { printf 'payara-server run: %s (%s s)\n' "$*" "$(($(date +%s) - started))"; }
die() {
    printf 'payara-server run: FAIL: %s\n' "$*" >&2
    exit 1
}
sql() { mysql -h127.0.0.1 -P3306 -uroot -N -B "$@"; }
locker=
cleanup() {
    [ -z "$locker" ] || kill "$locker" 2>/dev/null || true
    sh server-config/payara-server.sh --stop >/dev/null 2>&1 || true
    sql -e "DROP DATABASE IF EXISTS $DB" 2>/dev/null || true
}
trap cleanup EXIT

# --- Payara Server from Maven Central, the WAR, the adapter, the driver ---
if [ ! -f target/inventory-import.war ] || [ ! -f target/runtime/mysql-connector-j.jar ]; then
    mvn -B -q package -DskipTests
fi
mkdir -p "$dir"
if [ ! -x "$PAYARA_HOME/bin/asadmin" ]; then
    mvn -B -q dependency:copy -Dartifact=fish.payara.distributions:payara:$VERSION:zip \
        -DoutputDirectory="$dir" -Dmdep.overWriteIfNewer=true
    unzip -q -o "$dir/payara-$VERSION.zip" -d "$dir"
    rm -f "$dir/payara-$VERSION.zip"
fi
rm -rf "$PAYARA_HOME/glassfish/domains/inventory" "$dir"/data-*
log "Payara Server $VERSION in $PAYARA_HOME"

# Ports from a base whose admin and HTTP ports nothing listens on (other servers may run here).
free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for base in 27000 27200 27400 27600 27800; do
    if free $((base + 48)) && free $((base + 80)) && free $((base + 81)) && free $((base + 76)); then
        export PORT_BASE=$base
        break
    fi
done
[ -n "${PORT_BASE:-}" ] || die "no free port base"
B=http://127.0.0.1:$((PORT_BASE + 80))
AUTH="Authorization: Bearer $ORDERFLOW_API_TOKEN"

# Runs server-config/payara-server.sh, timed.
deploy() {
    local t0=$(date +%s)
    sh server-config/payara-server.sh || die "payara-server.sh exited $? ($1)"
    log "$1: payara-server.sh ready in $(($(date +%s) - t0)) s"
}

# POSTs a REST twin push; echoes its answer.
rest_push() { # message-id sku qty seq
    curl -s -X POST "$B/rest/V1/orderflow/inventory" -H "$AUTH" -H 'Content-Type: application/json' \
        -d "{\"productQtys\":[{\"sku\":\"$2\",\"qty\":\"$3\",\"source\":\"default\"}],\"productSeqs\":[{\"sku\":\"$2\",\"seq\":\"$4\"}],\"messageSeqId\":$1}"
}

# Waits until the request of a message id is Processed.
processed() {
    local answer
    for _ in $(seq 1 60); do
        answer=$(curl -s "$B/rest/V1/orderflow/requests?messageId=$1" -H "$AUTH")
        case $answer in *'"status":"Processed"'*) return 0 ;; esac
        sleep 1
    done
    die "message $1 not Processed: $answer"
}

stock_is() { # sku qty
    local answer
    answer=$(curl -s "$B/rest/V1/stockItems/$1" -H "$AUTH")
    [[ $answer == *"\"sku\":\"$1\",\"qty\":$2,"* ]] || die "stock of $1 is not $2: $answer"
}

# The black-box checks of one deployment, with message ids from $1.
checks() {
    local m=$1 answer sid jar page view code
    # Magento 2 SOAP 1.2, the guide's example (README, "Try it").
    answer=$(curl -s -X POST "$B/soap/default?services=realtimeDespatchOrderFlowInventoryRequestManagementV1" \
        -H "$AUTH" -H 'Content-Type: application/soap+xml; charset=utf-8' --data-binary @- <<XML
<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
              xmlns:ns1="http://localhost:8080/soap/default?services=realtimeDespatchOrderFlowInventoryRequestManagementV1">
  <env:Body>
    <ns1:realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest>
      <productQtys><item><sku>24-MB01</sku><qty>90</qty><source>default</source></item></productQtys>
      <productSeqs><item><sku>24-MB01</sku><seq>$((m + 10))</seq><lastOrderExported>2024-02-16 10:00:00</lastOrderExported></item></productSeqs>
      <messageSeqId>$((m + 71))</messageSeqId>
    </ns1:realtimeDespatchOrderFlowInventoryRequestManagementV1UpdateRequest>
  </env:Body>
</env:Envelope>
XML
    )
    [[ $answer == *"<result>Success - Message $((m + 71)) Received</result>"* ]] || die "Magento 2 SOAP push: $answer"
    # The REST twin: an older sequence id, Superseded (once the SOAP push is applied: with several
    # consumers the two imports could otherwise run in either order).
    processed $((m + 71))
    answer=$(rest_push $((m + 72)) 24-MB01 80 $((m + 9)))
    [ "$answer" = "\"Success - Message $((m + 72)) Received\"" ] || die "REST push: $answer"
    # Magento 1: log in, push, end the session.
    local soap1='<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:Magento"><SOAP-ENV:Body>'
    local end1='</SOAP-ENV:Body></SOAP-ENV:Envelope>'
    sid=$(curl -s -X POST "$B/api/v2_soap/index/" -H 'Content-Type: text/xml' \
        -d "$soap1<ns1:login><username>$MAGENTO1_API_USER</username><apiKey>$MAGENTO1_API_KEY</apiKey></ns1:login>$end1" |
        sed -n 's:.*<loginReturn[^>]*>\([^<]*\)<.*:\1:p')
    [ -n "$sid" ] || die "Magento 1 login gave no session"
    answer=$(curl -s -X POST "$B/api/v2_soap/index/" -H 'Content-Type: text/xml' -d "$soap1<ns1:orderflowInventoryMultiUpdate>
      <sessionId>$sid</sessionId>
      <skusQty><item><key>hdd000</key><value>$((m + 5))</value></item></skusQty>
      <skusSeqId><item><key>hdd000</key><value>$((m + 10))</value></item></skusSeqId>
      <messageSeqId>$((m + 4))</messageSeqId></ns1:orderflowInventoryMultiUpdate>$end1")
    [[ $answer == *"Success - Message $((m + 4)) Received</result>"* ]] || die "Magento 1 push: $answer"
    answer=$(curl -s -X POST "$B/api/v2_soap/index/" -H 'Content-Type: text/xml' \
        -d "$soap1<ns1:endSession><sessionId>$sid</sessionId></ns1:endSession>$end1")
    [[ $answer == *true* ]] || die "Magento 1 endSession: $answer"
    # The request API, then the stock API: the SOAP push applied, the stale REST one superseded.
    processed $((m + 72))
    processed $((m + 4))
    answer=$(curl -s "$B/rest/V1/orderflow/requests?messageId=$((m + 72))" -H "$AUTH")
    [[ $answer == *'"superseded":1'* ]] || die "message $((m + 72)) not Superseded: $answer"
    stock_is 24-MB01 90
    stock_is hdd000 $((m + 5))
    # The console: anonymous /admin/ goes to the login page; logging in reaches the dashboard.
    code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$B/admin/")
    [[ $code == "302 "*login.xhtml* ]] || die "GET /admin/ anonymous: $code"
    jar=$(mktemp)
    page=$(curl -s -c "$jar" -b "$jar" "$B/login.xhtml")
    view=$(printf '%s' "$page" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
    [ -n "$view" ] || die "the login page has no form: $(printf '%s' "$page" | head -c 300)"
    curl -s -o /dev/null -c "$jar" -b "$jar" "$B/login.xhtml" --data-urlencode "login=login" \
        --data-urlencode "login:username=admin" --data-urlencode "login:password=$ADMIN_PASSWORD" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$view"
    page=$(curl -s -w '\nHTTP %{http_code}' -c "$jar" -b "$jar" "$B/admin/index.xhtml")
    rm -f "$jar"
    [[ $page == *"<title>Dashboard"*"HTTP 200" ]] || die "console login: the dashboard after logging in: $(printf '%s' "$page" | tail -c 300)"
    # Health and metrics.
    answer=$(curl -s "$B/health/ready")
    [[ $answer == '{"status":"UP"'*'"name":"inventory-import","status":"UP"'* ]] || die "/health/ready: $answer"
    answer=$(curl -s "$B/metrics")
    for metric in 'inventory_pushes_total{contract="m2_soap",mp_scope="application",status="200"}' \
        'inventory_pushes_total{contract="m1_soap",mp_scope="application",status="200"}' \
        'inventory_import_lines_total{mp_scope="application",result="superseded"}'; do
        [[ $answer == *"$metric"* ]] || die "/metrics lacks $metric"
    done
    log "$2: three push contracts, stock and request APIs, console login, health, metrics OK"
}

# --- H2 (the default) ---
DATA_DIR=$dir/data-h2 deploy "H2, new domain"
checks 0 "H2"

# --- MariaDB: the same domain again, a fresh database, two consumers ---
sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
export DATA_DIR=$dir/data-mariadb DB_URL=jdbc:mysql://127.0.0.1:3306/$DB DB_USER=root IMPORT_CONSUMERS=2
# A request whose import a restart cut short is queued again soon after (the sweeper).
export PENDING_GRACE_SECONDS=10 SWEEP_INTERVAL_SECONDS=5
deploy "MariaDB, second run on the domain"
checks 1000 "MariaDB"

# Switches the import on or off (the run-time setting, read from the database within 2 s).
import_enabled() {
    sql "$DB" -e "UPDATE setting SET setting_value = '$1', updated_at = NOW(6) WHERE name = 'IMPORT_ENABLED'"
    sleep 3
}

# IMPORT_CONSUMERS=2: 6 requests stored while the import is off; then, with the stock table locked,
# the import on: the sweeper queues all 6 and the database shows how many imports wait on the table
# at once (one per consumer session). Nothing is pushed while the lock is held: an import in progress
# also holds a gap lock on the requests' status index that a new push's insert would wait for.
import_enabled false
for i in 1 2 3 4 5 6; do
    answer=$(rest_push $((2000 + i)) C-$i $i 1)
    [ "$answer" = "\"Success - Message $((2000 + i)) Received\"" ] || die "push $((2000 + i)): $answer"
done
# (mysql itself in the background, so that killing $! ends its session and the lock with it)
mysql -h127.0.0.1 -P3306 -uroot "$DB" -e "LOCK TABLES stock_item WRITE; SELECT SLEEP(600)" >/dev/null 2>&1 &
locker=$!
import_enabled true
waiting=0
for _ in $(seq 1 30); do
    sleep 1
    now=$(sql -e "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '$DB' AND STATE = 'Waiting for table metadata lock'")
    [ "$now" -gt "$waiting" ] && waiting=$now && seen=$SECONDS
    # Once some wait, a few seconds more for any further consumer to reach the table.
    [ "$waiting" -gt 0 ] && [ $((SECONDS - seen)) -ge 5 ] && break
done
kill "$locker"
wait "$locker" 2>/dev/null || true
locker=
[ "$waiting" = 2 ] || die "IMPORT_CONSUMERS=2: $waiting imports waited on the stock table at once, not 2"
for i in 1 2 3 4 5 6; do processed $((2000 + i)); done
log "IMPORT_CONSUMERS=2: at most $waiting imports at once, all 6 processed after"

# Pushes acknowledged just before `asadmin restart-domain` are applied after it: 10 stored while the
# import is off (still Pending at the restart for sure), then the import on and 10 more pushed, their
# triggers in the broker's store or their imports under way when the restart begins.
import_enabled false
for i in $(seq 1 20); do
    [ "$i" = 11 ] && sql "$DB" -e "UPDATE setting SET setting_value = 'true', updated_at = NOW(6) WHERE name = 'IMPORT_ENABLED'"
    answer=$(rest_push $((3000 + i)) R-$i $((100 + i)) 5)
    [ "$answer" = "\"Success - Message $((3000 + i)) Received\"" ] || die "push $((3000 + i)): $answer"
done
pending=$(sql "$DB" -e "SELECT COUNT(*) FROM inventory_request WHERE message_id > 3000 AND status = 'PENDING'")
[ "$pending" -ge 10 ] || die "only $pending of the 20 pushes Pending before the restart"
t0=$(date +%s)
"$PAYARA_HOME/bin/asadmin" --port $((PORT_BASE + 48)) restart-domain inventory >"$dir/restart.log" 2>&1 ||
    die "restart-domain failed: $(tail -n 3 "$dir/restart.log")"
for _ in $(seq 1 150); do
    [[ $(curl -s "$B/health/ready") == '{"status":"UP"'*'"name":"inventory-import"'* ]] && break
    sleep 2
done
log "restart-domain: ready again in $(($(date +%s) - t0)) s"
for i in $(seq 1 20); do processed $((3000 + i)); done
for i in 1 10 11 20; do stock_is R-$i $((100 + i)); done
log "restart-domain: all 20 pushes applied after it ($pending of them were Pending when it began)"

# A wrong DB_PASSWORD: payara-server.sh ends non-zero with one line naming the failure, no secret.
secret=wrong-secret-4711
set +e
DB_PASSWORD=$secret START_TIMEOUT=120 sh server-config/payara-server.sh >"$dir/wrong-password.out" 2>"$dir/wrong-password.err"
rc=$?
set -e
[ "$rc" -ne 0 ] || die "payara-server.sh exited 0 with a wrong DB_PASSWORD"
[ "$(wc -l <"$dir/wrong-password.err")" -eq 1 ] || die "wrong DB_PASSWORD: not one line: $(cat "$dir/wrong-password.err")"
! grep -q "$secret" "$dir/wrong-password.err" "$dir/wrong-password.out" || die "wrong DB_PASSWORD: the password was printed"
grep -qi 'access denied' "$dir/wrong-password.err" || die "wrong DB_PASSWORD: no cause named: $(cat "$dir/wrong-password.err")"
log "wrong DB_PASSWORD: exit $rc, $(cat "$dir/wrong-password.err")"
log "passed"
