#!/usr/bin/env bash
# Load test of the packaged service (prod build, PostgreSQL): 32 clients posting articles for 60 s.
#   bash bench/load.sh [clients] [seconds]
# Needs the local PostgreSQL (127.0.0.1:5432, user postgres); uses a fresh database radar_load.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}
seconds=${2:-60}
port=18090
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS radar_load WITH (FORCE)" -c "CREATE DATABASE radar_load"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/radar_load QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_HTTP_PORT=$port QUARKUS_LOG_LEVEL=WARN java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > target/load-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 1; done
status=0
java bench/LoadTest.java "http://127.0.0.1:$port" "$clients" "$seconds" || status=$?
articles=$(psql -h 127.0.0.1 -U postgres -d radar_load -tA -c 'select count(*) from article')
duplicates=$(psql -h 127.0.0.1 -U postgres -d radar_load -tA -c 'select count(*) - count(distinct content_hash) from article')
echo "database rows: $articles articles, $duplicates duplicates"
if [ "$duplicates" != "0" ]; then echo "RESULT: FAILED (duplicate articles in the database)"; status=1; fi
exit $status
