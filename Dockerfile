# Container image of the service on the official Payara Micro image: Payara Micro 6.2025.10 on JDK 17
# (runs as the non-root user `payara`, home /opt/payara, the Payara Micro jar in it).
# Build the artifacts first, then the image:
#   mvn -B package -DskipTests && docker build -t orderflow-inventory-import .
#   docker run --init -p 8080:8080 -v inventory-data:/opt/payara/data orderflow-inventory-import
# Several instances on MySQL and an external ActiveMQ broker: docs/operations.md (compose example).
#
# It starts through server-config/launch.sh, the same script as `mvn -B package exec:exec` and the
# two-instance test (src/test/scripts/two-instances.sh), with the same post-boot commands.
# Configuration is by environment variable (docs/configuration.md); for a container:
#   DATA_DIR (/opt/payara/data)    a volume: Payara's transaction log (tx-log/) and the instance's name in
#                                  it (instance-id), both needed for recovery after a crash, generated
#                                  secrets (api-token, admin-initial-password), and, without DB_URL /
#                                  BROKER_URL, the H2 files and the embedded broker's store
#   DB_URL, DB_USER, DB_PASSWORD   jdbc:mysql://db:3306/inventory (or jdbc:mariadb:); unset: embedded H2,
#                                  one instance only
#   BROKER_URL                     tcp://broker:61616 (options allowed: ?a=1&b=2; failover:(...) too);
#   BROKER_USER, BROKER_PASSWORD   unset: an embedded broker, one instance only. launch.sh escapes ':' '='
#                                  '\' for the post-boot file and refuses white space and '${'
#   ORDERFLOW_API_TOKEN            bearer token(s), comma-separated; set it (the same on every instance)
#   ADMIN_PASSWORD                 the console's admin password; set it when running several instances
#   MAGENTO1_API_USER, MAGENTO1_API_KEY, IMPORT_CONSUMERS, PENDING_GRACE_SECONDS, SWEEP_INTERVAL_SECONDS,
#   RECOVERY_DELAY_SECONDS, MAX_BODY_BYTES, MAX_LINES, ...: see docs/configuration.md
#   PORT (8080), JAVA_OPTS (-Xmx512m)  read by launch.sh
# Without a registry (or to test the image end to end): src/test/scripts/container-image.sh builds a
# stand-in for the base image and runs the image with buildah (docs/container-image.md).
FROM payara/micro:6.2025.10-jdk17

USER root
COPY --chown=payara:payara server-config/ /opt/payara/server-config/
COPY --chown=payara:payara target/runtime/activemq-rar.rar /opt/payara/app/activemq-rar.rar
# The JDBC driver is a server library (launch.sh: --addLibs), not part of the WAR.
COPY --chown=payara:payara target/runtime/mysql-connector-j.jar /opt/payara/app/mysql-connector-j.jar
COPY --chown=payara:payara target/inventory-import.war /opt/payara/app/inventory-import.war
# Created and owned before VOLUME, so a fresh named volume starts owned by `payara`.
RUN mkdir -p /opt/payara/data && chown payara:payara /opt/payara/data
USER payara

ENV DATA_DIR=/opt/payara/data \
    PAYARA_MICRO_JAR=/opt/payara/payara-micro.jar \
    ACTIVEMQ_RAR=/opt/payara/app/activemq-rar.rar \
    JDBC_DRIVER=/opt/payara/app/mysql-connector-j.jar \
    APP_WAR=/opt/payara/app/inventory-import.war \
    PORT=8080 \
    JAVA_OPTS="-Xmx512m"

VOLUME /opt/payara/data
EXPOSE 8080
# launch.sh writes the post-boot file and execs java, which stops cleanly on SIGTERM (`docker run --init`
# or compose's `init: true` adds an init process that reaps, whatever the base image ships).
# The base image's CMD (--deploymentDir ...) is cleared: launch.sh deploys the adapter and the WAR itself.
ENTRYPOINT ["sh", "/opt/payara/server-config/launch.sh"]
CMD []
