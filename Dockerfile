# Builds the Pokin jar and runs it; used by docker-compose.yml next to a Neo4j server.
# Every path the Maven build reads is copied below (DockerfileTests checks it against pom.xml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY cypher cypher
COPY frontend frontend
COPY src src
# extracted (the jar and its libraries side by side): classes load from plain jars rather than through jars nested
# in one, which is a large part of the start-up's CPU; still started with java -jar
RUN ./mvnw -B -ntp package -DskipTests && cp target/pokin-*.jar /pokin.jar \
    && java -Djarmode=tools -jar /pokin.jar extract --destination /pokin

FROM eclipse-temurin:17-jre
# curl for the health check: the JRE image has no HTTP client
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system pokin \
    && useradd --system --gid pokin --home-dir /app --no-create-home pokin \
    && mkdir -p /app/data \
    && chown pokin:pokin /app/data
COPY --from=build /pokin /app/
# AppCDS: a training start (the application context built, then it exits) records the classes it loads; each start
# then maps them from this archive instead of loading and verifying them again. A JVM that cannot use the archive
# starts without it.
RUN java -XX:ArchiveClassesAtExit=/app/pokin.jsa -Dspring.context.exit=onRefresh -jar /app/pokin.jar \
      --pokin.embedded.data-dir=/tmp/cds-training --server.port=0 > /dev/null 2>&1 \
    && rm -rf /tmp/cds-training
WORKDIR /app
USER pokin
# The embedded database (no NEO4J_URI) keeps its files here.
VOLUME /app/data
EXPOSE 8080
# The heap as a share of the container's memory, so it follows the limit the container is given; the rest holds
# metaspace, threads, network buffers and, with the embedded database, its page cache (POKIN_PAGE_CACHE).
# Replace to size it yourself, e.g. JAVA_OPTS="-Xmx2g" (docs/deployment.md).
ENV JAVA_OPTS="-XX:MaxRAMPercentage=50"
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT:-8080}/actuator/health" || exit 1
# -XX:+ExitOnOutOfMemoryError is not part of JAVA_OPTS, so it cannot be dropped by setting them: a JVM that ran out
# of heap may have lost any thread (Tomcat's acceptor included) and must end, for the supervisor to restart it.
ENTRYPOINT ["sh", "-c", "exec java -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/app/pokin.jsa $JAVA_OPTS -jar /app/pokin.jar \"$@\"", "pokin"]
