#!/usr/bin/env bash
# Runs the relman plugin without Jira, at http://localhost:2990/jira (log in as admin/admin, or any
# sandbox user: the password is the username). Builds what it needs first; options go to the
# sandbox, e.g. ./run-sandbox.sh --port 8090 --no-demo-data   (./run-sandbox.sh --help lists them).
# RELMAN_SANDBOX_SKIP_BUILD=1 reuses the jar of the last build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

for tool in java mvn npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-sandbox.sh: '$tool' is not on the PATH (needed: Java 17, Maven, and npm for AUI)." >&2
        exit 1
    fi
done

jar=sandbox/target/relman-sandbox.jar
if [[ "${RELMAN_SANDBOX_SKIP_BUILD:-}" != "1" || ! -f "$jar" ]]; then
    echo "Building the relman plugin and the sandbox (mvn package, tests skipped)..."
    mvn -q -B -pl sandbox -am package -DskipTests
fi
exec java -jar "$jar" "$@"
