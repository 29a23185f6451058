#!/usr/bin/env bash
# Fuzz the live API against its own OpenAPI schema (bounded): no server errors, responses conform.
# Runs a dev server on a throwaway SQLite database in var/fuzz with the seed article and one token.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT="${MIZAN_FUZZ_PORT:-8765}"
export MIZAN_VAR_DIR="$PWD/var/fuzz"
export DJANGO_SETTINGS_MODULE=config.settings.local DJANGO_DEBUG=0
export MIZAN_API_RATE_USER=100000/min MIZAN_API_RATE_SOURCES=100000/min
rm -rf "$MIZAN_VAR_DIR" && mkdir -p "$MIZAN_VAR_DIR"
$PY manage.py migrate --noinput -v0
$PY manage.py ingest claims/demo/*.txt >/dev/null
# An editor's token, so the writing operations (ClaimReview import, contradiction review) are fuzzed too.
TOKEN="$($PY manage.py create_api_token fuzzer --group Editors 2>/dev/null | tail -n1)"
$PY manage.py runserver "127.0.0.1:$PORT" --noreload >"$MIZAN_VAR_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/api/schema/" >/dev/null && break
  sleep 0.5
done
.venv/bin/schemathesis run "http://127.0.0.1:$PORT/api/schema/" \
  --header "Authorization: Token $TOKEN" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --max-examples "${MIZAN_FUZZ_EXAMPLES:-25}" --seed 1 --request-timeout 30 \
  --suppress-health-check all
