#!/usr/bin/env bash
# Installs the Debian packages needed to build, run, test and benchmark Accord.
# Idempotent: only packages that are not yet installed are fetched. Quiet when
# everything is already present.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build toolchain and libraries of the server.
BUILD_PACKAGES=(
  build-essential cmake pkg-config ccache
  librestinio-dev libasio-dev libsoci-dev libsqlite3-dev libpq-dev
  nlohmann-json3-dev libsodium-dev libfmt-dev
)
# Tests (unit and API, the latter against a throwaway PostgreSQL cluster).
TEST_PACKAGES=(googletest libgtest-dev libgmock-dev postgresql)
# Benchmark and scripting helpers.
TOOL_PACKAGES=(wrk curl ca-certificates)
# Web interface: append its packages here (e.g. nodejs npm chromium).
WEB_PACKAGES=()

PACKAGES=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${TOOL_PACKAGES[@]}" ${WEB_PACKAGES[@]+"${WEB_PACKAGES[@]}"})

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup: missing packages (${missing[*]}) and neither root nor sudo is available" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: installed ${missing[*]}"
