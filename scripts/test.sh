#!/usr/bin/env bash
# Runs every test: installs what the tests need (scripts/setup.sh), then the Maven build with unit tests
# (surefire) and integration tests against the built jar, moto, awscli, Chromium, podman/buildah and helm
# (failsafe). Tests that need a tool fail when it is missing; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec ./mvnw -B -ntp verify "$@"
