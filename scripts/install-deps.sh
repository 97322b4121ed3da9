#!/usr/bin/env bash
# install-deps.sh: install goescape's build and test dependencies from Debian 12
# packages with apt-get, and nothing else. Idempotent: packages already present
# are not touched, and apt-get runs only when something is missing.
#
# Usage: scripts/install-deps.sh            (as root, or with sudo available)
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ python3
  # parser generator (tool 4.7.2 needs a JRE) and its C++ runtime (4.9)
  default-jre-headless antlr4 libantlr4-runtime-dev
  # LLVM Support/ADT, FileCheck, lit, not, split-file
  llvm-14-dev llvm-14-tools
  # unit tests and benchmarks
  googletest libgtest-dev libbenchmark-dev libabsl-dev
  # the oracle and Go's own test suite (tests parse/check/analyse its files)
  golang-1.19-go golang-1.19-src
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have empty package lists: refresh them once if the
# install cannot find a package.
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; then
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
