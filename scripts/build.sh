#!/usr/bin/env bash
# Builds the compiler (.build/release/pyforac) and the runtime it links into every executable
# (.build/runtime/libpyrt.a). Incremental: fast when nothing changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# -enable-testing lets the unit tests (test.sh) reuse these objects instead of compiling again.
swift build -c release -Xswiftc -enable-testing --product pyforac
make -s -C Sources/MPIRuntime OUT="$PWD/.build/runtime"
echo "build: .build/release/pyforac and .build/runtime/libpyrt.a are ready"
