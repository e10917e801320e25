#!/usr/bin/env bash
# First command for a newcomer: install what is missing, build pyforac, compile an example and
# run it under MPI with two ranks.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scripts/install-deps.sh
scripts/build.sh
.build/release/pyforac examples/hello.py -o .build/hello
echo "--- running: mpirun -n 2 .build/hello"
timeout 120 mpirun -n 2 .build/hello
