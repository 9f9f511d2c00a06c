#!/usr/bin/env bash
# Start a throw-away local Kafka broker, run the whole test suite against it, always stop it.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-uv}
PORT=${TEST_KAFKA_PORT:-19092}
STATE=.rasd/kafka-test-$PORT
started=$(date +%s)

$UV run rasd kafka start --port "$PORT" --state-dir "$STATE" --fresh
trap '$UV run rasd kafka stop --port "$PORT" --state-dir "$STATE" || true' EXIT

status=0
RASD_TEST_BOOTSTRAP="127.0.0.1:$PORT" $UV run pytest -ra "$@" || status=$?
echo "make test: pytest exit status $status after $(( $(date +%s) - started ))s"
exit $status
