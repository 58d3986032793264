#!/usr/bin/env bash
# Builds Accord, loads the demo district (once) and serves it.
#
#   scripts/run.sh [serve options...]
#
# ACCORD_DB     database URL (default sqlite:accord.db in the repository root)
# ACCORD_LISTEN HOST:PORT to listen on (default 127.0.0.1:8080)
# Other ACCORD_* variables and any extra arguments are passed on to `accord serve`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

export ACCORD_DB="${ACCORD_DB:-sqlite:accord.db}"
build/accord demo --db "$ACCORD_DB"
echo
exec build/accord serve --db "$ACCORD_DB" --listen "${ACCORD_LISTEN:-127.0.0.1:8080}" --web-root web/dist "$@"
