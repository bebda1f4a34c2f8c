#!/usr/bin/env bash
# System packages the tests need, from Debian: chromium for the browser tests (playwright-core
# drives it; nothing is downloaded by npm). Does nothing when they are already there.
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "installing with apt-get: ${need[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
  || { echo "could not install ${need[*]}: the browser tests will fail" >&2; exit 0; }
