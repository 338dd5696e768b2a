#!/bin/sh
# Prints the SQL that creates one user of a production database, the password (read from standard
# input) stored only as its PBKDF2 hash. Build first (./run.sh or ./mvnw install -DskipTests).
#   printf '%s' "$PASSWORD" | tools/create-user.sh olivia PROGRAM_OFFICER "Olivia Officer" \
#     | psql -h 127.0.0.1 -U postgres lodestone
# Roles: APPLICANT (give the organization id as a fourth argument), PROGRAM_OFFICER, REVIEWER,
# PERMITTING_SPECIALIST, SELECTING_OFFICIAL, FINANCE_OFFICER, INDEPENDENT_ENGINEER, AUDITOR, ADMIN.
set -e
cd "$(dirname "$0")/.."
exec java -cp ejb/target/classes org.lodestone.identity.NewUserSql "$@"
