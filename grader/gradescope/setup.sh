#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image on its Ubuntu base
# (https://gradescope-autograders.readthedocs.io/en/latest/specs/: "setup.sh ... installs all your
# dependencies"; the zip's contents are in /autograder/source). Installs Node 20 from NodeSource's
# apt repository (Ubuntu's own nodejs is older), bubblewrap (the sandbox student code runs in),
# the grader's dependencies, and builds the grader's bundles so that no submission pays for it.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends ca-certificates curl gnupg bubblewrap
if ! node --version 2>/dev/null | grep -q '^v20\.'; then
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y -qq --no-install-recommends nodejs
fi
node --version
bwrap --version
cd /autograder/source
npm ci --omit=dev --no-audit --no-fund
# Builds grader/.build (the command's bundle and the sandbox's harness) now, not on the first submission.
node grader/cli/launch.mjs gradescope-run --help > /dev/null
