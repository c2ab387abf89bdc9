# Contradiction Radar: build with Maven, run on a slim JRE 17 as a non-root user.
#   docker build -t contradiction-radar .
#   docker run -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/radar \
#     -e QUARKUS_DATASOURCE_USERNAME=radar -e QUARKUS_DATASOURCE_PASSWORD=... contradiction-radar
# The packaged (prod) build uses PostgreSQL; the NLI model is baked in under /app/models and can be
# replaced by mounting another model directory and setting RADAR_NLI_MODEL_DIR.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --uid 1001 --no-create-home --shell /usr/sbin/nologin radar
WORKDIR /app
# Layers from the least to the most often changed.
COPY --from=build /src/target/quarkus-app/lib/ lib/
COPY --from=build /src/target/quarkus-app/*.jar ./
COPY --from=build /src/target/quarkus-app/app/ app/
COPY --from=build /src/target/quarkus-app/quarkus/ quarkus/
COPY models/nli-minilm-l6/ models/nli-minilm-l6/
COPY models/attribution-minilm/ models/attribution-minilm/
# Nothing is downloaded at run time; native libraries are unpacked into a writable cache.
ENV DJL_OFFLINE=true \
    DJL_CACHE_DIR=/tmp/djl \
    RADAR_NLI_MODEL_DIR=/app/models/nli-minilm-l6 \
    RADAR_ATTRIBUTION_MODEL_DIR=/app/models/attribution-minilm \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/tmp"
USER 1001
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
