# Builds the Pokin jar and runs it; used by docker-compose.yml next to a Neo4j server.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY cypher cypher
COPY src src
RUN ./mvnw -B -ntp package -DskipTests && cp target/pokin-*.jar /pokin.jar

FROM eclipse-temurin:17-jre
COPY --from=build /pokin.jar /app/pokin.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/pokin.jar"]
