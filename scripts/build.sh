#!/usr/bin/env bash
# Builds the compiler (.build/release/pyforac) and the runtime it links into every executable
# (.build/runtime/libpyrt.a). Incremental: fast when nothing changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
swift build -c release --product pyforac
make -s -C Sources/MPIRuntime OUT="$PWD/.build/runtime"
echo "build: .build/release/pyforac and .build/runtime/libpyrt.a are ready"
