#!/usr/bin/env bash
# bench.sh — mailbot's three speed figures, each beside its anchor, measured in one run
# against a real Dovecot + Postfix on loopback, written into BENCHMARKS.md.
#
# Usage: scripts/bench.sh            (as root: the mail stack needs it; about 10 minutes on 2 cores)
#
#   (a) `mailbot poll --once` over BENCH_N (10,000) generated secretariat mails in one Dovecot
#       mailbox, cold (fresh store), against `mbsync` mirroring the same mailbox into a fresh
#       Maildir; BENCH_ROUNDS (3) rounds alternating the two after one unmeasured warm-up mbsync;
#       the medians and their ratio. [send] disabled = true: replies are built and queued, none sent.
#   (b) under `mailbot run` (IDLE), BENCH_LAT_N (200) registrations sent one at a time through
#       Postfix: SMTP 250 at the client -> mailbot's acknowledgement in the sender's Maildir new/;
#       anchors: the same count of plain mails Postfix -> Dovecot (Maildir new/), and Postfix ->
#       EXISTS at a bare IMAP IDLE client.
#   (c) peak RSS (/usr/bin/time -v) of `mailbot poll --once` ingesting one mail with a
#       BENCH_BIG (25,000,000) byte attachment; anchors: the same on an empty mailbox, and mbsync
#       fetching the big mail.
#
# Environment: BENCH_N, BENCH_ROUNDS, BENCH_LAT_N, BENCH_BIG; BENCH_OUT (default BENCHMARKS.md in
# the repository; "-" prints the results only); BENCH_KEEP=1 keeps the work dir and the stack's
# mail for a look afterwards. The stack is this script's own (scripts/mailstack.sh with
# MAILSTACK_DIR=/tmp/mailbot-bench-stack and ports 2xxxx, so an e2e run on the default ports is not
# disturbed); it is stopped and its directory removed at exit.
#
# Helpers (Go, in this module): scripts/bench/gen (the corpus), scripts/bench/latency (b),
# scripts/bench/prof (the same mailbot.Main under pprof, to find where time goes).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${BENCH_N:-10000}
ROUNDS=${BENCH_ROUNDS:-3}
LAT_N=${BENCH_LAT_N:-200}
BIG=${BENCH_BIG:-25000000}
OUT=${BENCH_OUT:-$ROOT/BENCHMARKS.md}

export MAILSTACK_DIR=${BENCH_STACK_DIR:-/tmp/mailbot-bench-stack}
export MAILSTACK_IMAP_PORT=${BENCH_IMAP_PORT:-20143}
export MAILSTACK_IMAPS_PORT=${BENCH_IMAPS_PORT:-20993}
export MAILSTACK_SUBMISSION_PORT=${BENCH_SUBMISSION_PORT:-20587}
export MAILSTACK_SMTP_PORT=${BENCH_SMTP_PORT:-20025}
export MAILSTACK_LMTP_PORT=${BENCH_LMTP_PORT:-20024}
export MAILSTACK_AUTH_PORT=${BENCH_AUTH_PORT:-20026}
export MAILSTACK_PASSWORD=secret
export BENCH_PASSWORD=secret # the configs' password_env

MAIL=$MAILSTACK_DIR/mail
DVCONF=$MAILSTACK_DIR/dovecot/dovecot.conf
WORK=$(mktemp -d /tmp/mailbot-bench.XXXXXX)
BIN=$WORK/bin
RUN_PID=""
STARTED=$(date +%s)

log() { printf 'bench: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

cleanup() {
	local rc=$?
	if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then
		kill -TERM "$RUN_PID" 2>/dev/null || true
		wait "$RUN_PID" 2>/dev/null || true
	fi
	"$ROOT/scripts/mailstack.sh" stop >/dev/null 2>&1 || true
	if [ "${BENCH_KEEP:-}" = 1 ]; then
		log "kept: $WORK and $MAILSTACK_DIR"
	else
		rm -rf "$WORK" "$MAILSTACK_DIR"
	fi
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" = 0 ] || die "run as root (Postfix's master needs it)"

# --- tools -------------------------------------------------------------------------------------
need=()
command -v mbsync >/dev/null 2>&1 || need+=(isync)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
	log "installing ${need[*]}"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >"$WORK/apt.log" 2>&1 ||
		{ apt-get update -q >>"$WORK/apt.log" 2>&1 &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >>"$WORK/apt.log" 2>&1; } ||
		{ tail -20 "$WORK/apt.log" >&2; die "could not install ${need[*]}"; }
fi

mkdir -p "$BIN"
log "building mailbot and the helpers"
(cd "$ROOT" && go build -o "$BIN/mailbot" ./cmd/mailbot && go build -o "$BIN/gen" ./scripts/bench/gen &&
	go build -o "$BIN/latency" ./scripts/bench/latency) || die "go build failed"
# The commit the binaries were built from (others may commit while this runs).
COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
(cd "$ROOT" && git diff --quiet HEAD -- . 2>/dev/null) || COMMIT="$COMMIT (+ uncommitted changes)"

# A stack left over from an interrupted run would carry old mail: start clean.
"$ROOT/scripts/mailstack.sh" stop >/dev/null 2>&1 || true
rm -rf "$MAILSTACK_DIR"
"$ROOT/scripts/mailstack.sh" start >"$WORK/stack.log" 2>&1 || { cat "$WORK/stack.log" >&2; die "mail stack did not start"; }

# timed FILE CMD... runs CMD under /usr/bin/time -v, its output to FILE.out/FILE.err, the
# measurements to FILE.time; fails the script if CMD fails.
timed() {
	local f=$1
	shift
	/usr/bin/time -v -o "$f.time" "$@" >"$f.out" 2>"$f.err" ||
		{ tail -20 "$f.err" >&2; die "failed: $*"; }
}
wall() { # seconds from a /usr/bin/time -v file
	awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
count_files() { find "$1" -type f \( -path '*/cur/*' -o -path '*/new/*' \) | wc -l; }
# stored CONFIG: how many messages `mailbot export` lists (every fetched message appears once).
stored() {
	"$BIN/mailbot" export --format json --config "$1" |
		python3 -c 'import json, sys; print(len(json.load(sys.stdin)["messages"]))'
}
resync() { doveadm -c "$DVCONF" force-resync -u "$1" INBOX; }

# mailbot_config FILE STORE MAILBOX [extra TOML for the top] writes a one-mailbox config with the
# two events of the generated mail (dates from the environment: EV_START, EV_DEADLINE, SINCE).
mailbot_config() {
	local file=$1 store=$2 user=$3 top=${4:-}
	cat >"$file" <<EOF
store    = "$store"
timezone = "Europe/Copenhagen"
$top
[log]
level = "warn"

[[mailbox]]
id       = "bench"
address  = "$user"
folders  = ["INBOX"]
answer_since = $SINCE
[mailbox.imap]
host = "127.0.0.1"
port = $MAILSTACK_IMAP_PORT
tls  = "none"
username = "$user"
password_env = "BENCH_PASSWORD"
[mailbox.smtp]
host = "127.0.0.1"
port = $MAILSTACK_SMTP_PORT
tls  = "none"

[digest]
schedule = "0 7 * * 1-5"
to       = ["$user"]

[[event]]
id       = "dialog"
kind     = "meeting"
mailbox  = "bench"
title    = "Dialogmøde om Rammeaftale 2027-2028"
starts   = ${EV_START}T09:00:00+02:00
ends     = ${EV_START}T13:00:00+02:00
location = "Ringsted Kongrescenter"
registration_deadline = ${EV_DEADLINE}T23:59:59+02:00
subject_keywords = ["dialogmøde", "rammeaftale 2027-2028"]
municipalities = "kkr_sjaelland"
lunch    = true
[event.quota]
handicapraad = 2
udsatteraad = 2
politiker_voksen = 2
politiker_boern = 2

[[event]]
id       = "input"
kind     = "consultation"
mailbox  = "bench"
title    = "Bemærkninger til Rammeaftale 2027-2028 – udviklingsområder"
deadline = ${EV_DEADLINE}T23:59:59+02:00
subject_keywords = ["bemærkninger", "udviklingsområder"]
municipalities = "kkr_sjaelland"
EOF
}

# mbsync_config FILE MAILDIR USER
mbsync_config() {
	cat >"$1" <<EOF
IMAPAccount bench
Host 127.0.0.1
Port $MAILSTACK_IMAP_PORT
User $3
Pass secret
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path $2/
Inbox $2/INBOX

Channel bench
Far :remote:
Near :local:
Patterns INBOX
Create Near
Sync Pull
SyncState *
EOF
}

# --- (a) 10,000 mails: mailbot poll --once vs mbsync -------------------------------------------
A=$WORK/a
mkdir -p "$A"
BOX=sekretariat@bench.test
log "(a) generating $N mails"
"$BIN/gen" -maildir "$MAIL/bench.test/sekretariat/Maildir" -n "$N" -to "$BOX" >"$A/gen.out"
chown -R mail:mail "$MAIL/bench.test"
resync "$BOX"
CORPUS_MB=$(du -sm "$MAIL/bench.test/sekretariat/Maildir" | cut -f1)
# The generated mail is dated March-June 2026; its events lie after it.
SINCE=2026-01-01 EV_START=2026-06-25 EV_DEADLINE=2026-06-17
mailbot_config "$A/mailbot.toml" "$A/store/mailbot.db" "$BOX" $'[send]\ndisabled = true'
log "(a) warm-up: one unmeasured mbsync (page cache, Dovecot's index)"
mbsync_config "$A/mbsyncrc.warm" "$A/warm" "$BOX"
mkdir -p "$A/warm"
timed "$A/warm" mbsync -c "$A/mbsyncrc.warm" -q bench
rm -rf "$A/warm"
for r in $(seq 1 "$ROUNDS"); do
	log "(a) round $r/$ROUNDS: mbsync"
	rm -rf "$A/mirror" && mkdir -p "$A/mirror"
	mbsync_config "$A/mbsyncrc" "$A/mirror" "$BOX"
	timed "$A/mbsync.$r" mbsync -c "$A/mbsyncrc" -q bench
	got=$(count_files "$A/mirror")
	[ "$got" -ge "$N" ] || die "mbsync mirrored $got of $N mails"
	rm -rf "$A/mirror"
	log "(a) round $r/$ROUNDS: mailbot poll --once"
	rm -rf "$A/store" && mkdir -p "$A/store"
	timed "$A/mailbot.$r" "$BIN/mailbot" poll --once --config "$A/mailbot.toml"
	got=$(stored "$A/mailbot.toml")
	[ "$got" = "$N" ] || die "mailbot stored $got of $N mails"
	du -sm "$A/store/mailbot.db" | cut -f1 >"$A/storemb"
	log "(a) round $r: mbsync $(wall "$A/mbsync.$r.time") s, mailbot $(wall "$A/mailbot.$r.time") s"
done
rm -rf "$A/store"
MB_T=$(for r in $(seq 1 "$ROUNDS"); do wall "$A/mbsync.$r.time"; echo; done | median)
BOT_T=$(for r in $(seq 1 "$ROUNDS"); do wall "$A/mailbot.$r.time"; echo; done | median)
MB_ALL=$(for r in $(seq 1 "$ROUNDS"); do printf '%s, ' "$(wall "$A/mbsync.$r.time")"; done)
BOT_ALL=$(for r in $(seq 1 "$ROUNDS"); do printf '%s, ' "$(wall "$A/mailbot.$r.time")"; done)
MB_CPU=$(cpu "$A/mbsync.1.time") BOT_CPU=$(cpu "$A/mailbot.1.time")
MB_RSS=$(rss_mb "$A/mbsync.1.time") BOT_RSS=$(rss_mb "$A/mailbot.1.time")
RATIO=$(awk -v a="$BOT_T" -v b="$MB_T" 'BEGIN { printf "%.2f", a / b }')
ATTACHED=$(sed -n 's/.*(\([0-9]*\) with attachments).*/\1/p' "$A/gen.out")
# The corpus is no longer needed: free the disk before (b).
rm -rf "$MAIL/bench.test/sekretariat"

# --- (b) arrival -> acknowledgement under mailbot run (IDLE) -----------------------------------
B=$WORK/b
mkdir -p "$B/store"
SINCE=$(date -d 'yesterday' +%Y-%m-%d) EV_START=$(date -d '+40 days' +%Y-%m-%d) EV_DEADLINE=$(date -d '+30 days' +%Y-%m-%d)
mailbot_config "$B/mailbot.toml" "$B/store/mailbot.db" "lat@bench.test" $'[send]\nrate_per_minute = 100000'
LAT=("$BIN/latency" -smtp "127.0.0.1:$MAILSTACK_SMTP_PORT" -imap "127.0.0.1:$MAILSTACK_IMAP_PORT" -maildirs "$MAIL" -n "$LAT_N")
log "(b) anchor: $LAT_N plain mails Postfix -> Dovecot"
"${LAT[@]}" -mode plain >"$B/plain.out" 2>"$B/plain.err" || { cat "$B/plain.err" >&2; die "plain latency run failed"; }
log "(b) anchor: $LAT_N mails Postfix -> EXISTS at an IDLE client"
"${LAT[@]}" -mode idle >"$B/idle.out" 2>"$B/idle.err" || { cat "$B/idle.err" >&2; die "idle latency run failed"; }
log "(b) mailbot run: $LAT_N registrations -> acknowledgements"
"$BIN/mailbot" run --config "$B/mailbot.toml" >"$B/run.log" 2>&1 &
RUN_PID=$!
# One unmeasured registration: mailbot is logged in and in IDLE when its answer arrives.
"${LAT[@]}" -mode ack -to lat@bench.test -n 1 -first 9000 -timeout 60s >"$B/warm.out" 2>"$B/warm.err" ||
	{ cat "$B/warm.err" "$B/run.log" >&2; die "no acknowledgement for the warm-up mail"; }
"${LAT[@]}" -mode ack -to lat@bench.test >"$B/ack.out" 2>"$B/ack.err" || { cat "$B/ack.err" >&2; tail -20 "$B/run.log" >&2; die "ack latency run failed"; }
kill -TERM "$RUN_PID"
wait "$RUN_PID" || die "mailbot run exited $? on SIGTERM"
RUN_PID=""
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$1"; }

# --- (c) peak RSS with a 25 MB attachment ------------------------------------------------------
C=$WORK/c
mkdir -p "$C"
log "(c) one mail with a $BIG byte attachment"
"$BIN/gen" -maildir "$MAIL/bench.test/big/Maildir" -big "$BIG" -to big@bench.test >"$C/gen.out"
chown -R mail:mail "$MAIL/bench.test/big"
resync big@bench.test
BIG_RAW=$(find "$MAIL/bench.test/big/Maildir/cur" -type f -printf '%s\n' | head -1)
SINCE=2026-01-01 EV_START=2026-06-25 EV_DEADLINE=2026-06-17
for box in big empty; do
	mkdir -p "$C/$box-store"
	mailbot_config "$C/$box.toml" "$C/$box-store/mailbot.db" "$box@bench.test" $'[send]\ndisabled = true'
	timed "$C/mailbot-$box" "$BIN/mailbot" poll --once --config "$C/$box.toml"
done
[ "$(stored "$C/big.toml")" = 1 ] || die "mailbot did not store the big mail"
mkdir -p "$C/mirror"
mbsync_config "$C/mbsyncrc" "$C/mirror" big@bench.test
timed "$C/mbsync-big" mbsync -c "$C/mbsyncrc" -q bench
[ "$(count_files "$C/mirror")" -ge 1 ] || die "mbsync did not fetch the big mail"

# --- results -----------------------------------------------------------------------------------
ELAPSED=$(($(date +%s) - STARTED))
RES=$WORK/results.md
{
	echo "<!-- bench:begin — written by scripts/bench.sh; edit outside these markers -->"
	echo "Measured $(date -u +'%Y-%m-%d %H:%M UTC') at commit $COMMIT in one run of \`scripts/bench.sh\` (${ELAPSED} s)."
	echo
	echo "Machine: $(nproc) cores ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $(free -m | awk '/^Mem:/ { printf "%.1f GB", $2 / 1024 }') memory,"
	echo "Linux $(uname -r); $(go version | awk '{ print $3 }'); Dovecot $(dovecot --version | awk '{ print $1 }');"
	echo "Postfix $(postconf -d -h mail_version 2>/dev/null); $(mbsync --version | head -1); all on loopback, mail in Maildir on local disk."
	echo
	echo "| figure | mailbot | anchor (same run) | goal | result |"
	echo "|---|---|---|---|---|"
	echo "| (a) \`poll --once\`, $N mails, cold, median of $ROUNDS | $BOT_T s | mbsync $MB_T s | ≤ 1.0 × mbsync | **$RATIO ×** $(awk -v r="$RATIO" 'BEGIN { print (r <= 1.0) ? "met" : "missed" }') |"
	echo "| (b) SMTP 250 → acknowledgement delivered, p50 / p95 over $LAT_N | $(field "$B/ack.out" p50_ms) / $(field "$B/ack.out" p95_ms) ms | Postfix → Dovecot $(field "$B/plain.out" p50_ms) / $(field "$B/plain.out" p95_ms) ms; Postfix → EXISTS at an IDLE client $(field "$B/idle.out" p50_ms) / $(field "$B/idle.out" p95_ms) ms | p95 ≤ 1000 ms | $(awk -v p="$(field "$B/ack.out" p95_ms)" 'BEGIN { print (p <= 1000) ? "met" : "missed" }') |"
	echo "| (c) peak RSS, one mail with a $((BIG / 1000000)) MB attachment | $(rss_mb "$C/mailbot-big.time") MB | empty mailbox $(rss_mb "$C/mailbot-empty.time") MB; mbsync $(rss_mb "$C/mbsync-big.time") MB | ≤ 64 MB | $(awk -v m="$(rss_mb "$C/mailbot-big.time")" 'BEGIN { print (m <= 64) ? "met" : "missed by " sprintf("%.0f", m - 64) " MB" }') |"
	echo
	echo "Details:"
	echo
	echo "- (a) corpus: $N mails, $ATTACHED with an attachment (log-uniform 0.05-2 MB before base64), $CORPUS_MB MB in Maildir;"
	echo "  every round: mbsync ${MB_ALL%, } s; mailbot ${BOT_ALL%, } s. Round 1: mbsync ${MB_CPU} s CPU, max RSS ${MB_RSS} MB;"
	echo "  mailbot ${BOT_CPU} s CPU, max RSS ${BOT_RSS} MB, store $(cat "$A/storemb") MB. Each mailbot run was checked: all $N mails in \`export\`."
	echo "- (b) one mail at a time (the next after the previous result is delivered); max: ack $(field "$B/ack.out" max_ms) ms,"
	echo "  plain $(field "$B/plain.out" max_ms) ms, IDLE $(field "$B/idle.out" max_ms) ms; timeouts: $(field "$B/ack.out" timeouts)."
	echo "- (c) the mail is $BIG_RAW bytes in Maildir; wall time mailbot $(wall "$C/mailbot-big.time") s, mbsync $(wall "$C/mbsync-big.time") s."
	echo
	echo "Commands (\$W is the run's temp dir; the stack: \`MAILSTACK_DIR=$MAILSTACK_DIR MAILSTACK_IMAP_PORT=$MAILSTACK_IMAP_PORT MAILSTACK_SMTP_PORT=$MAILSTACK_SMTP_PORT ... scripts/mailstack.sh start\`):"
	echo
	echo '```'
	echo "gen -maildir \$MAIL/bench.test/sekretariat/Maildir -n $N && doveadm force-resync -u $BOX INBOX"
	echo "/usr/bin/time -v mbsync -c \$W/a/mbsyncrc -q bench                       # fresh Maildir each round"
	echo "/usr/bin/time -v mailbot poll --once --config \$W/a/mailbot.toml         # fresh store each round; [send] disabled = true"
	echo "latency -mode plain|idle -n $LAT_N ...; mailbot run --config \$W/b/mailbot.toml & latency -mode ack -n $LAT_N -to lat@bench.test"
	echo "gen -maildir \$MAIL/bench.test/big/Maildir -big $BIG"
	echo "/usr/bin/time -v mailbot poll --once --config \$W/c/big.toml   # and empty.toml; mbsync on big@bench.test"
	echo '```'
	echo "<!-- bench:end -->"
} >"$RES"
cat "$RES"
if [ "$OUT" != "-" ]; then
	if [ -f "$OUT" ] && grep -q '<!-- bench:begin' "$OUT"; then
		awk -v res="$RES" '
			/<!-- bench:begin/ { while ((getline line < res) > 0) print line; skip = 1; next }
			/<!-- bench:end/ { skip = 0; next }
			!skip { print }' "$OUT" >"$OUT.tmp" && mv "$OUT.tmp" "$OUT"
	else
		{ [ -f "$OUT" ] && cat "$OUT" && echo; cat "$RES"; } >"$OUT.tmp" && mv "$OUT.tmp" "$OUT"
	fi
	log "results written to $OUT"
fi
