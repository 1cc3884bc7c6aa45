#!/usr/bin/env bash
# Installs everything the build and the tests need, from this repository's own files. Idempotent.
#   Debian packages (apt-get): awscli, wrk, chromium, podman, buildah, mmdebstrap, ...
#                     (podman, buildah and mmdebstrap build and run the container image in ContainerImageIT)
#   .venv/            Python tools pinned in requirements-test.txt (moto server, schemathesis)
#   e2e/node_modules  playwright-core pinned in e2e/package-lock.json
#   .tools/bin/helm   helm, pinned below, built with `go install`
set -euo pipefail
cd "$(dirname "$0")/.."

HELM_VERSION=v3.22.0
APT_PACKAGES=(awscli wrk chromium podman buildah mmdebstrap fuse-overlayfs uidmap)

log() { printf '[setup] %s\n' "$*"; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/moto_server ] || ! cmp -s requirements-test.txt .venv/.requirements-test.txt; then
  log "python venv (.venv) from requirements-test.txt"
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r requirements-test.txt
  cp requirements-test.txt .venv/.requirements-test.txt
fi

# Node.js 20+ (playwright-core needs it; Debian 12's own nodejs is 18) and Go come with the machine.
require_tool() {
  command -v "$1" >/dev/null 2>&1 || { log "$1 is missing: install $2"; exit 1; }
}
require_tool node "Node.js 20 or newer"
require_tool npm "npm (with Node.js 20 or newer)"
require_tool go "Go (helm is built with go install)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { log "Node.js $(node --version) is too old: playwright-core needs 20 or newer"; exit 1; }

if [ -f e2e/package.json ]; then
  # npm's own node_modules/.package-lock.json differs from the lockfile, so a copy marks what is installed.
  if [ ! -d e2e/node_modules ] || ! cmp -s e2e/package-lock.json e2e/node_modules/.setup-package-lock.json; then
    log "npm ci (e2e)"
    (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
    cp e2e/package-lock.json e2e/node_modules/.setup-package-lock.json
  fi
fi

# `go install` leaves helm's own version string short ("v3.22"), so the module version is read instead.
if [ ! -x .tools/bin/helm ] || ! go version -m .tools/bin/helm 2>/dev/null | grep -Eq "mod[[:space:]]+helm.sh/helm/v3[[:space:]]+${HELM_VERSION}[[:space:]]"; then
  log "go install helm ${HELM_VERSION}"
  mkdir -p .tools/bin
  GOBIN="$PWD/.tools/bin" GOFLAGS=-mod=mod go install "helm.sh/helm/v3/cmd/helm@${HELM_VERSION}"
fi

log "ready"
