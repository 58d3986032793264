#!/usr/bin/env bash
# Installs the Debian packages needed to build, run, test and benchmark Accord.
# Idempotent: only packages that are not yet installed are fetched. Quiet when
# everything is already present.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build toolchain and libraries of the server (SOCI's headers use Boost.Fusion; Eigen, header-only, does the
# least-squares fits of the analysis; cmark renders Markdown; libcurl sends mail over SMTP; tzdata is the time
# zone database, read at run time to check meeting time zones and to write them into calendar feeds; zlib and
# brotli compress answers; mimalloc is the server's memory allocator).
BUILD_PACKAGES=(
  build-essential cmake pkg-config ccache
  librestinio-dev libasio-dev libsoci-dev libboost-dev libsqlite3-dev libpq-dev
  nlohmann-json3-dev libsodium-dev libssl-dev libfmt-dev libeigen3-dev libcmark-dev libcurl4-openssl-dev
  zlib1g-dev libbrotli-dev libmimalloc-dev tzdata
)
# Tests (unit and API, the latter against a throwaway PostgreSQL cluster and a loopback SMTP server).
# The fuzz targets (scripts/fuzz.sh): clang with its libFuzzer and sanitizer runtimes.
TEST_PACKAGES=(googletest libgtest-dev libgmock-dev postgresql haproxy python3-aiosmtpd clang-14 libclang-rt-14-dev)
# Benchmark and scripting helpers.
TOOL_PACKAGES=(wrk curl ca-certificates time)
# Web interface: Chromium for its browser tests; Node.js (20.19 or newer, for Vite 7) to build it.
WEB_PACKAGES=(chromium)
if ! command -v node >/dev/null 2>&1; then
  WEB_PACKAGES+=(nodejs npm)
fi

PACKAGES=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${TOOL_PACKAGES[@]}" ${WEB_PACKAGES[@]+"${WEB_PACKAGES[@]}"})

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done

check_node() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if ((major < 20)); then
    echo "setup: the web interface needs Node.js 20.19 or newer; this machine has $(node --version 2>/dev/null || echo none)" >&2
    exit 1
  fi
}

if ((${#missing[@]} == 0)); then
  check_node
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
check_node
