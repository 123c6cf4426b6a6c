#!/usr/bin/env bash
# Installs precis's build and test dependencies from Debian's packages (Debian 12).
# Idempotent: skips apt entirely when every package is already installed.
set -euo pipefail
pkgs=(g++ cmake ninja-build python3 libboost-dev libeigen3-dev libfmt-dev librange-v3-dev
      catch2 libstemmer-dev nlohmann-json3-dev libcli11-dev
      libmd4c-dev libmd4c-html0 libgumbo-dev libyaml-cpp-dev libutf8proc-dev)
# libmd4c-html0: Debian 12's md4cConfig.cmake names libmd4c-html.so, which libmd4c-dev does not pull in.
pkgs+=(libsimdjson-dev)  # the CLI's --jsonl reader (optional in CMake: nlohmann parses lines without it)
pkgs+=(wordnet-base)  # keyphrase word classes (src/data/wordclass.cmake)
# The Python module and its tests, the Dask recipe, the man page, the pkg-config consumer test.
pkgs+=(python3-dev pybind11-dev python3-pybind11 python3-pytest python3-dask python3-distributed
       help2man pkg-config)
# Only for the side-by-side comparison in bench/ (PRECIS_WITH_OTS=1 bash .ci/deps.sh).
[ "${PRECIS_WITH_OTS:-0}" = 1 ] && pkgs+=(libots-dev ots libglib2.0-dev libxml2-dev pkg-config)
# The sanitizer and fuzzing stages of .ci/run (clang + libFuzzer; gcc's own sanitizer runtimes).
[ "${PRECIS_WITH_FUZZ:-0}" = 1 ] && pkgs+=(clang libfuzzer-14-dev libclang-rt-14-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
