#!/usr/bin/env bash
# Installs missing packages, then configures and builds Accord into build/ and its web
# interface into web/dist/.
# Incremental: re-running only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release --log-level=WARNING >/dev/null
cmake --build build -j"$(nproc)"

# The web interface: dependencies at the versions the lock names (only when the lock changed), then
# the build. Not `npm ci`: the registry this is built from carries only the platform packages of this
# machine's kind, so the lock lists only those and `npm ci` refuses it as incomplete; `npm install`
# installs the locked versions and leaves the lock as it is.
cd web
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm install --no-audit --no-fund --loglevel=error
fi
npm run --silent build -- --logLevel warn
