#!/usr/bin/env bash
# The two-instance run (docs/operations.md): a stand-alone ActiveMQ broker (Maven Central jars),
# a fresh MariaDB database and two instances of the service started at once through
# server-config/launch.sh, a shuffled stream with repeats to both, kill -9 of one midway, a restart,
# then every message and SKU checked in the database. Prints the counts; exits 1 on any violation.
#
# Needs MariaDB (or MySQL) on 127.0.0.1:3306 with root and an empty password (as `.ci/run` sets up);
# arguments go to the driver, e.g. --mariadb-password secret --seconds 30 (dev.inventoryimport.tools.ScaleOut).
set -euo pipefail
cd "$(dirname "$0")/../../.."

goals=(package -DskipTests exec:java@scale-out)
if [ $# -gt 0 ]; then
    goals+=("-Dexec.args=$*")
fi
exec mvn -B -q "${goals[@]}"
