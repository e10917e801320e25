#!/usr/bin/env bash
# Installs what pyforac needs on Debian 12 (bookworm) and is missing; safe to run again.
#
#   LLVM 19 (C API, libclang) - the code generator      mpich + libmpich-dev - the MPI runtime
#   ocl-icd + PoCL            - OpenCL (CPU device)     libopenblas-dev      - BLAS kernels
#   libgmp-dev                - big integers            python3 (3.11)       - the oracle for goldens
#   clang-format-19           - C formatting check      numpy (pinned)       - goldens for stdlib-py
#   valgrind                  - memcheck stage of test.sh (conformance/tools/memcheck)
#   llvm-19-tools + lit (PyPI) - FileCheck and lit for the filetests (Tests/FileTests)
#
# Swift 6 itself cannot come from Debian: it must already be on PATH (the machine image has it
# in /opt/swift). Exits non-zero with a message saying what to do when it cannot install.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages=(
  llvm-19-dev llvm-19-tools libclang-19-dev clang-19 clang-format-19
  mpich libmpich-dev
  ocl-icd-opencl-dev pocl-opencl-icd clinfo
  libopenblas-dev libgmp-dev
  python3 python3-dev python3-pip
  make pkg-config valgrind
)

say() { printf 'install-deps: %s\n' "$*" >&2; }

if ! grep -qs 'bookworm\|^VERSION_ID="12"' /etc/os-release; then
  say "warning: this script targets Debian 12; continuing anyway"
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  say "installing: ${missing[*]}"
  if [[ $EUID -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
    say "error: need root (or sudo) to apt-get install: ${missing[*]}"
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! "${sudo[@]}" apt-get update -qq || ! "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; then
    say "error: apt-get could not install: ${missing[*]}"
    say "check the network/package mirrors, or install them by hand, then run this again"
    exit 1
  fi
else
  say "Debian packages: all present"
fi

if ! command -v swift >/dev/null; then
  say "error: no 'swift' on PATH. Install the Swift 6 toolchain for Debian 12 (swift.org) and"
  say "put its usr/bin on PATH; Debian does not package it."
  exit 1
fi

py="$(command -v python3)"
if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  say "error: python3 ($py) is not CPython 3.11, the oracle for the conformance goldens"
  exit 1
fi

# pip_pinned MODULE REQUIREMENTS WHY: installs MODULE at the version REQUIREMENTS pins unless
# python3 already has that version.
pip_pinned() {
  local module="$1" file="$here/$2" why="$3" want have
  want="$(sed -n "s/^$module==//p" "$file")"
  have="$("$py" -c "import $module; print($module.__version__)" 2>/dev/null || true)"
  [[ "$have" == "$want" ]] && return 0
  say "installing $module==$want for $py (had: ${have:-none})"
  local flags=()
  if "$py" -m pip install --help 2>/dev/null | grep -q -- --break-system-packages; then
    flags+=(--break-system-packages)
  fi
  if ! "$py" -m pip install -q "${flags[@]}" -r "$file"; then
    say "error: pip could not install $module==$want ($why)"
    exit 1
  fi
}
# The pinned NumPy that generated the stdlib-py goldens; lit, the filetests' runner.
pip_pinned numpy requirements-goldens.txt "needed only to regenerate goldens"
pip_pinned lit requirements-tests.txt "the runner of the filetests"
say "ok"
