#!/usr/bin/env bash
# Installs the Debian 12 packages kommunetall needs to build and test, if any are missing.
# Usage: scripts/install-dependencies.sh [--test | --bench]
#   --test adds what the tests need, --bench what bench/ compares against and measures with.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev   # Markdown (GFM)
  nlohmann-json3-dev                             # JSON
  libeigen3-dev                                  # matrices for the statistics
  libicu-dev                                     # Unicode, collation, number formats
  libyaml-cpp-dev                                # front matter, catalogue
  libkainjow-mustache-dev                        # templates
  libcli11-dev                                   # command line
  libglpk-dev                                    # linear programming (the exact test, audit)
  coinor-libclp-dev                              # dual simplex for secondary suppression
  libcpp-httplib-dev                             # the preview server (kommunetall serve)
  libssl-dev                                     # SHA-256 names for the protection cache
  libjemalloc-dev                                # the program's memory allocator
  libproj-dev proj-data                          # map projection (EPSG:25833)
  libgeos-dev                                    # simplifying map boundaries
  libxlsxwriter-dev                              # XLSX downloads
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(catch2 libxml2-utils)  # xmllint checks the sitemap
  packages+=(curl)  # the preview server's end-to-end test
  packages+=(python3 python3-openpyxl)  # a second reader of the XLSX downloads
  packages+=(clang libclang-rt-14-dev)  # the sanitizer build and libFuzzer
  packages+=(chromium default-jre-headless)  # pages in a browser (axe-core), the Nu HTML Checker
  # Node.js and npm for tests/browser, unless the machine has its own.
  if ! command -v node > /dev/null || ! command -v npm > /dev/null; then packages+=(nodejs npm); fi
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(hugo python3 python3-yaml time)  # the Hugo peer site, /usr/bin/time -v
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
