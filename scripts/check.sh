#!/usr/bin/env bash
# The fast tier, before each commit: the format check, then the unit and integration tests on the
# embedded PostgreSQL (no browser, no apt-get, no production build). The full run is scripts/test.sh.
#   scripts/check.sh              check formatting and run the tests
#   scripts/check.sh -Dtest=X     any extra Maven arguments (e.g. one test class)
# Fix formatting with: ./mvnw spotless:apply
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh && daotao_find_jdk || exit 1
rm -rf target/pg-test-data
exec ./mvnw -B -ntp spotless:check test "$@"
