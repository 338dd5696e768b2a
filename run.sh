#!/bin/sh
# Builds Lodestone and runs it at http://localhost:8080/lodestone/ . Stop it with Ctrl-C; data
# survives a restart.
#   ./run.sh                    embedded default: H2 in the server's data directory, demo data
#   ./run.sh postgresql         production: PostgreSQL (LODESTONE_DB_URL, LODESTONE_DB_USER,
#                               LODESTONE_DB_PASSWORD; default jdbc:postgresql://127.0.0.1:5432/lodestone
#                               as postgres), an EAR without demo code, no demo users
#   ./run.sh postgresql demo    PostgreSQL with the demo code and demo data
# Anything after that is handed to the server as is, added to WildFly's own JAVA_OPTS, for example
#   ./run.sh postgresql -Dlodestone.review.period=P21D
set -e
cd "$(dirname "$0")"
db="${1:-h2}"
[ $# -gt 0 ] && shift
build="-DskipTests"
demo=""
case "$db" in
  h2) ;;
  postgresql)
    build="$build -Ppostgresql"
    if [ "${1:-}" = "demo" ]; then
      shift
      demo="-Dlodestone.demo-data=true"
    else
      build="$build -Dproduction"
    fi
    ;;
  *) echo "usage: ./run.sh [h2 | postgresql [demo]] [server options]" >&2; exit 2 ;;
esac
./mvnw -B -q install $build
server="$(ls -d ear/target/server-$db/wildfly-*)"
cp ear/target/lodestone.ear "$server/standalone/deployments/"
exec "$server/bin/standalone.sh" -c standalone.xml $demo "$@"
