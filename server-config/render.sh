#!/bin/sh
# Renders an asadmin command file of this folder from the environment and prints it:
#   render.sh resources.asadmin     the service's resources (Payara Micro's post-boot file)
#   render.sh transactions.asadmin  the transaction service (Payara Micro's pre-boot file)
# launch.sh uses both for Payara Micro, payara-server.sh both with `asadmin multimode`.
#
# Environment (all optional):
#   DATA_DIR (./data)           the transaction log; without DB_URL the H2 files, without BROKER_URL
#                               the embedded broker's store
#   DB_URL, DB_USER, DB_PASSWORD jdbc:mysql: or jdbc:mariadb: (MySQL/MariaDB), or jdbc:h2:
#   BROKER_URL, BROKER_USER, BROKER_PASSWORD   an external ActiveMQ broker
#   IMPORT_CONSUMERS (4)        concurrent imports per instance
#   RECOVERY_DELAY_SECONDS (15) how long transaction recovery waits at start for the resources
#   ACTIVEMQ_RAR                the resource adapter to deploy (target/runtime/activemq-rar.rar)
#   EMPTY_PASSWORD_REF          set by payara-server.sh: how a pool names an empty database password
set -eu

here=$(cd "$(dirname "$0")" && pwd)
DATA_DIR=${DATA_DIR:-./data}
mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
ACTIVEMQ_RAR=${ACTIVEMQ_RAR:-$here/../target/runtime/activemq-rar.rar}
IMPORT_CONSUMERS=${IMPORT_CONSUMERS:-4}
RECOVERY_DELAY_SECONDS=${RECOVERY_DELAY_SECONDS:-15}
template=$here/${1:?usage: render.sh resources.asadmin|transactions.asadmin}

fail() {
    echo "render.sh: $*" >&2
    exit 1
}

# asadmin reads ':' as a property separator and '=' as name/value: escape both (and '\' first).
escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'
}

# A post-boot line is split at white space and '${...}' in it is expanded before asadmin sees it:
# no escape carries those, so refuse them rather than start with a broken pool or adapter.
for name in DB_URL DB_USER DB_PASSWORD BROKER_URL BROKER_USER BROKER_PASSWORD DATA_DIR ACTIVEMQ_RAR; do
    eval "value=\${$name:-}"
    case $value in
        *[[:space:]]* | *'${'*) fail "$name must not contain white space or '\${'" ;;
    esac
done
case $IMPORT_CONSUMERS in
    '' | *[!0-9]* | 0) fail "IMPORT_CONSUMERS must be a whole number from 1 (is '$IMPORT_CONSUMERS')" ;;
esac
case $RECOVERY_DELAY_SECONDS in
    '' | *[!0-9]*) fail "RECOVERY_DELAY_SECONDS must be a whole number (is '$RECOVERY_DELAY_SECONDS')" ;;
esac

# --- Transactions ---
# A name of this instance's own, made once and kept beside its transaction log.
if [ ! -s "$DATA_DIR/instance-id" ]; then
    printf 'inventory-%s\n' "$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')" > "$DATA_DIR/instance-id"
fi
xa_server_name=$(cat "$DATA_DIR/instance-id")

# --- JMS ---
if [ -n "${BROKER_URL:-}" ]; then
    server_url=$BROKER_URL
else
    # The embedded broker keeps its store (KahaDB) under DATA_DIR: queued triggers survive a restart.
    server_url="vm://localhost?broker.persistent=true&broker.useJmx=false&broker.dataDirectory=$DATA_DIR/broker"
fi
ra_properties="ServerUrl=$(escape "$server_url")"
if [ -n "${BROKER_USER:-}" ]; then
    ra_properties="$ra_properties:UserName=$(escape "$BROKER_USER")"
    # asadmin refuses an empty property value: no password, no property.
    [ -z "${BROKER_PASSWORD:-}" ] || ra_properties="$ra_properties:Password=$(escape "$BROKER_PASSWORD")"
fi

# --- Database ---
db_url=${DB_URL:-}
case $db_url in
    '')
        # The default: an H2 file that other local processes (and tests) can open too. A short lock
        # timeout turns a lock cycle H2 does not detect into a quick retry.
        db_url="jdbc:h2:file:$DATA_DIR/h2/inventory;AUTO_SERVER=TRUE;LOCK_TIMEOUT=2000" ;;
esac
case $db_url in
    jdbc:mysql:* | jdbc:mariadb:*)
        xa_datasource=com.mysql.cj.jdbc.MysqlXADataSource
        datasource=com.mysql.cj.jdbc.MysqlDataSource
        db_url="jdbc:mysql:${db_url#jdbc:*:}"
        [ -n "${DB_USER:-}" ] || fail "DB_USER must name the database user of DB_URL"
        db_user=$DB_USER
        # JDBC batches (JPA's batch writing) become multi-row statements; statements are cached per
        # connection; no tracing span, clock read or session-state round trip per statement; an XA
        # branch stays on its physical connection (MySQL cannot resume it elsewhere).
        driver="rewriteBatchedStatements=true:cachePrepStmts=true:prepStmtCacheSqlLimit=65536"
        driver="$driver:openTelemetry=DISABLED:maintainTimeStats=false:useLocalSessionState=true"
        driver="$driver:pinGlobalTxToPhysicalConnection=true:connectTimeout=5000"
        db_driver="$driver:prepStmtCacheSize=256"
        # The import's statements are few and long: prepared once per connection on the server,
        # fewer cached (MySQL counts them against max_prepared_stmt_count for the whole server).
        db_local_driver="$driver:prepStmtCacheSize=64:useServerPrepStmts=true"
        ;;
    jdbc:h2:*)
        xa_datasource=org.h2.jdbcx.JdbcDataSource
        datasource=org.h2.jdbcx.JdbcDataSource
        # H2 writes a commit to its file up to half a second later by default: a process killed
        # then would lose pushes it had acknowledged. With 0 a commit is in the file when it returns.
        case $(printf '%s' "$db_url" | tr '[:lower:]' '[:upper:]') in
            *';WRITE_DELAY='*) ;;
            *) db_url="$db_url;WRITE_DELAY=0" ;;
        esac
        db_user=${DB_USER:-sa}
        db_driver=""
        db_local_driver=""
        ;;
    *)
        fail "DB_URL must start with jdbc:mysql:, jdbc:mariadb: or jdbc:h2: (is '${db_url%%[?;]*}')" ;;
esac
# asadmin refuses an empty property value. Payara Micro's post-boot file takes "" for it (only as
# the last property; the pool then sets no password); Payara Server's multimode takes "" literally,
# so payara-server.sh names a variable holding an empty string (EMPTY_PASSWORD_REF) instead.
if [ -n "${DB_PASSWORD:-}" ]; then
    db_password=$(escape "$DB_PASSWORD")
elif [ -n "${EMPTY_PASSWORD_REF:-}" ]; then
    db_password=$(escape "$EMPTY_PASSWORD_REF")
else
    db_password='""'
fi
credentials="url=$(escape "$db_url"):user=$(escape "$db_user"):password=$db_password"
db_properties=${db_driver:+$db_driver:}$credentials
db_local_properties=${db_local_driver:+$db_local_driver:}$credentials

# Values go through sed's replacement text: escape its own specials ('\', '&' and the delimiter).
sed_value() {
    printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'
}

sed -e "s|@IMPORT_CONSUMERS@|$IMPORT_CONSUMERS|g" \
    -e "s|@RA_PROPERTIES@|$(sed_value "$ra_properties")|g" \
    -e "s|@ACTIVEMQ_RAR@|$(sed_value "$ACTIVEMQ_RAR")|g" \
    -e "s|@XA_DATASOURCE@|$xa_datasource|g" \
    -e "s|@DATASOURCE@|$datasource|g" \
    -e "s|@DB_PROPERTIES@|$(sed_value "$db_properties")|g" \
    -e "s|@DB_LOCAL_PROPERTIES@|$(sed_value "$db_local_properties")|g" \
    -e "s|@TX_LOG_DIR@|$(sed_value "$(escape "$DATA_DIR/tx-log")")|g" \
    -e "s|@XA_SERVER_NAME@|$xa_server_name|g" \
    -e "s|@RECOVERY_DELAY_SECONDS@|$RECOVERY_DELAY_SECONDS|g" \
    "$template"
