#!/usr/bin/env bash
# e2e.sh — mailbot's end-to-end tests against real Dovecot + Postfix.
#
# Starts the mail stack (scripts/mailstack.sh start: installs the Debian packages if missing),
# runs the e2e package with MAILBOT_E2E=1 against it, and stops the stack on exit, pass or fail.
# Extra arguments go to `go test` (e.g. -run TestPipeline200).
# Needs root (Postfix) and the Go toolchain (PATH, or /usr/local/go/bin).
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH=$PATH:/usr/local/go/bin
export GOTOOLCHAIN=${GOTOOLCHAIN:-local}

bash scripts/mailstack.sh start
trap 'bash scripts/mailstack.sh stop || true' EXIT
eval "$(bash scripts/mailstack.sh env)"

MAILBOT_E2E=1 go test ./e2e/ -count=1 -v -timeout 30m "$@"
# XOAUTH2 against Dovecot's oauth2 passdb (its own Dovecot instance and token server).
MAILBOT_E2E=1 go test ./mailbot/conn/ -run 'TestDovecot' -count=1 -v -timeout 10m
