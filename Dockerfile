# Build and run exactly as README.md says: `./mvnw -B package -DskipTests`, then
# `java -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=data/medsearch.jsa -Xlog:cds=off -jar target/medsearch.jar serve`
# from the folder holding index-config/.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /app
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY index-config/ index-config/
COPY src/ src/
RUN ./mvnw -B package -DskipTests

FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app medsearch
WORKDIR /app
COPY --from=build /app/target/medsearch.jar target/medsearch.jar
COPY index-config/ index-config/
# The index lives on a volume; on first start it is built from the bundled sample corpus.
RUN mkdir -p data && chown medsearch:medsearch data
VOLUME ["/app/data"]
USER medsearch
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["java", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=data/medsearch.jsa", "-Xlog:cds=off", "-jar", "target/medsearch.jar"]
CMD ["serve"]
