# Contradiction Radar: build with Maven, run on a JRE 17 as a non-root user, prod profile.
#   docker build -t contradiction-radar .            (or: podman build -t contradiction-radar .)
#   docker run -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/radar \
#     -e QUARKUS_DATASOURCE_USERNAME=radar -e QUARKUS_DATASOURCE_PASSWORD=... contradiction-radar
# The base images are build arguments (BUILD_IMAGE: a JDK 17 with a shell; RUNTIME_IMAGE: a JRE 17
# with useradd); .ci/container builds them from Debian packages where no registry can be reached.
# The NLI and attribution models are baked in under /app/models; mount others and set
# RADAR_NLI_MODEL_DIR / RADAR_ATTRIBUTION_MODEL_DIR to replace them.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# quarkus:go-offline resolves what the build needs; dependency:go-offline also tries optional
# dependencies of the extensions, one of which is not on Maven Central.
RUN ./mvnw -B -q quarkus:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests
# ONNX Runtime and the HF tokenizers ship native libraries for every platform (osx, windows, the
# other CPU, with debug symbols): keep only this machine's, about 150 MB less.
RUN set -eu; case "$(uname -m)" in x86_64) keep=x64; alt=x86_64;; aarch64) keep=aarch64; alt=aarch64;; *) keep=none; alt=none;; esac; \
    cd target/quarkus-app/lib/boot; \
    for jar in com.microsoft.onnxruntime.onnxruntime-*.jar ai.djl.huggingface.tokenizers-*.jar; do \
      mkdir x && (cd x && jar xf "../$jar"); \
      for dir in x/ai/onnxruntime/native/* x/native/lib/*; do \
        [ -d "$dir" ] || continue; \
        case "$(basename "$dir")" in linux-$keep|linux-$alt) ;; *) rm -rf "$dir";; esac; \
      done; \
      rm "$jar" && jar --create --file "$jar" --manifest x/META-INF/MANIFEST.MF -C x . && rm -rf x; \
    done

FROM ${RUNTIME_IMAGE}
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
ENV QUARKUS_PROFILE=prod \
    DJL_OFFLINE=true \
    DJL_CACHE_DIR=/tmp/djl \
    RADAR_NLI_MODEL_DIR=/app/models/nli-minilm-l6 \
    RADAR_ATTRIBUTION_MODEL_DIR=/app/models/attribution-minilm \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=50 -Djava.io.tmpdir=/tmp"
USER 1001
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
