#!/bin/sh
# The full-size benchmark, run by hand (never by CI), on PostgreSQL at 127.0.0.1:5432 as postgres:
#   0. the bare Camunda engine, configured as Lodestone's: starts and completions per second;
#   1. generates a program of full size into the database lodestone_scale (created when missing;
#      refused when it holds users or organizations the generator did not make), checks the
#      ledger and verifies the audit chain (ProgramAtScaleBench);
#   2. starts the production server on that database (port offset 500: http://localhost:8580);
#   3. measures it from outside over HTTP (ServerLoadBench), and stops the server.
# Each step prints a table. Sizes: -Dbench.applications, -Dbench.awards, -Dbench.audit-events.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp install -DskipTests -Ppostgresql -Dproduction
./mvnw -B -ntp -Pbench -pl workflows test -Dtest=EngineThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^\|' || true
./mvnw -B -ntp -Pbench -pl ejb test -Dtest=ProgramAtScaleBench -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E '^\|' || true
server="$(ls -d ear/target/server-postgresql/wildfly-*)"
base="$(mktemp -d)"
cp -r "$server/standalone/." "$base/"
rm -rf "$base/data" "$base/log" "$base/tmp" "$base/deployments/"*
cp ear/target/lodestone.ear "$base/deployments/"
if curl -fs -o /dev/null http://localhost:10490/health/ready; then
  echo "a server already answers on port offset 500: stop it first" >&2
  exit 1
fi
# in the background, standalone.sh passes a TERM on to the server and waits for it
LAUNCH_JBOSS_IN_BACKGROUND=1 LODESTONE_DB_URL=jdbc:postgresql://127.0.0.1:5432/lodestone_scale \
  "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" \
  -Djboss.socket.binding.port-offset=500 > "$base/server.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$base"' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null http://localhost:10490/health/ready && break
  sleep 2
done
./mvnw -B -ntp -Pbench -pl ejb test -Dtest=ServerLoadBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.base=http://localhost:8580/lodestone > "$base/load.out" 2>&1 || {
  tail -40 "$base/load.out" >&2
  exit 1
}
grep -E '^\|' "$base/load.out"
