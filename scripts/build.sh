#!/usr/bin/env bash
# Installs missing packages, then configures and builds Accord into build/.
# Incremental: re-running only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo --log-level=WARNING >/dev/null
cmake --build build -j"$(nproc)"
