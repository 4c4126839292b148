#!/usr/bin/env bash
# The speed figures of the README: builds the release binary, then times it on a synthetic merchant monorepo
# (100 MB and 200 MB), on every repository directory given as an argument, on 20 staged files (process start
# included) and on each pathological shape at 1-8 MB, next to ripgrep searching the same trees for the rules'
# keywords. Nothing is fetched: pass real repositories as paths.
#
#   bench/run.sh [--mb 100] [--large-mb 200] [--jobs N] [--keep DIR] [REPO_DIR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
# The build the README installs: the Swift runtime and Foundation linked in, which starts about 6 ms sooner.
swift build -c release --static-swift-stdlib --product dollr-lint >/dev/null
swift build -c release --static-swift-stdlib --product dollr-lint-bench >/dev/null
command -v rg >/dev/null || echo "note: ripgrep is not installed (apt-get install -y ripgrep); the ratio column stays empty"
exec .build/release/dollr-lint-bench suite "$@"
