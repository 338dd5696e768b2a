#!/bin/sh
# Builds Lodestone and runs it with its embedded defaults (H2 in the server's data directory,
# demo data) at http://localhost:8080/lodestone/ . Stop it with Ctrl-C; data survives a restart.
#   ./run.sh              embedded H2
#   ./run.sh postgresql   PostgreSQL (LODESTONE_DB_URL, LODESTONE_DB_USER, LODESTONE_DB_PASSWORD;
#                         default jdbc:postgresql://127.0.0.1:5432/lodestone as postgres);
#                         add JAVA_OPTS=-Dlodestone.demo-data=true for the demo data
set -e
cd "$(dirname "$0")"
db="${1:-h2}"
profile=""
[ "$db" = "postgresql" ] && profile="-Ppostgresql"
./mvnw -B -q install -DskipTests $profile
server="$(ls -d ear/target/server-$db/wildfly-*)"
cp ear/target/lodestone.ear "$server/standalone/deployments/"
exec "$server/bin/standalone.sh" -c standalone.xml
