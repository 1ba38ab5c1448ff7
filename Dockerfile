# syntax=docker/dockerfile:1
# Build with the Maven wrapper, run the layered jar on a Java 25 JRE as a non-root user, with an AOT cache
# (JEP 483/514/515) made at build time by a training run: the server answers in about half the time.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -DskipTests
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true \
 && java -Djarmode=tools -jar target/loopin-backend-*.jar extract --layers --destination /layers \
 && mv /layers/application/loopin-backend-*.jar /layers/application/loopin-backend.jar

FROM eclipse-temurin:25-jre AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin loopin \
 && mkdir -p /app/data \
 && chown 10001 /app/data
WORKDIR /app
# least-changing layers first, so a code change rebuilds only the last one
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# the training run: starts the application context on a throw-away embedded database, records, exits
RUN LOOPIN_DATA_DIR=/tmp/aot-training java -XX:AOTCacheOutput=app.aot -XX:+UseSerialGC -Xmx104m -XX:+UseCompactObjectHeaders -Dspring.aot.enabled=true \
        -Dspring.context.exit=onRefresh \
        -jar loopin-backend.jar > /dev/null \
 && rm -rf /tmp/aot-training
USER 10001
ENV PORT=8000
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health/readiness" || exit 1
# sized for a 512 MB container (docs/performance.md, "where the memory goes"): a 104 MB heap, over twice what the
# service keeps alive (35-43 MB after a full collection), a third of it the pictures' decoding budget (a 12 MP phone
# photo turned upright takes 30.5 MB), with the serial collector (the JVM's own pick at that size);
# the JIT's code capped at 64 MB (it grows to about 60 MB under the whole bench; at the cap the collector unloads cold
# code instead); the rest for the AOT cache, class metadata and threads; compact object headers (the cache is trained
# with them too: a cache made without them is refused) make every object 4 bytes smaller; the C heap the JIT's
# compilations freed is given back to the system every 5 s (glibc keeps it otherwise); crash (and be restarted) rather
# than limp on; the JVM's own warnings go to stderr, so that stdout is the application's log alone (one JSON object a
# line)
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-Dspring.aot.enabled=true", "-XX:+UseSerialGC", "-Xmx104m", "-XX:ReservedCodeCacheSize=64m", "-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError", "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", "loopin-backend.jar"]
