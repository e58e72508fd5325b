# Container image on the official Payara Micro image (JDK 17, runs as the non-root user `payara`).
# Build the artifacts first, then the image:
#   mvn -B package -DskipTests && docker build -t orderflow-inventory-import .
#   docker run -p 8080:8080 -v inventory-data:/opt/payara/data orderflow-inventory-import
# Configuration is by environment variable (README, "Configuration"): DB_URL, BROKER_URL, ...
FROM payara/micro:6.2025.10-jdk17

USER root
COPY server-config/ /opt/payara/server-config/
COPY target/runtime/activemq-rar.rar /opt/payara/deployments/activemq-rar.rar
COPY target/inventory-import.war /opt/payara/deployments/inventory-import.war
RUN mkdir -p /opt/payara/data \
    && chown -R payara:payara /opt/payara/data /opt/payara/server-config /opt/payara/deployments
USER payara

ENV DATA_DIR=/opt/payara/data \
    PAYARA_MICRO_JAR=/opt/payara/payara-micro.jar \
    ACTIVEMQ_RAR=/opt/payara/deployments/activemq-rar.rar \
    APP_WAR=/opt/payara/deployments/inventory-import.war \
    PORT=8080 \
    JAVA_OPTS="-Xmx512m"

# H2 files, the embedded broker's store, the transaction log and generated secrets.
VOLUME /opt/payara/data
EXPOSE 8080
ENTRYPOINT ["sh", "/opt/payara/server-config/launch.sh"]
