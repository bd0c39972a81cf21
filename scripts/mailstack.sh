#!/usr/bin/env bash
# mailstack.sh — real Dovecot + Postfix on 127.0.0.1 for mailbot's tests.
#
# Usage: scripts/mailstack.sh start|stop|status|env|restart
#
#   start    install the Debian packages if missing (dovecot-imapd dovecot-lmtpd postfix swaks openssl),
#            stop any system Postfix/Dovecot the packages started, write configs into the state dir and
#            start both servers (no systemd). Idempotent: a running stack is left alone. Waits until
#            every port answers; on failure prints the logs' tails and exits 1.
#   stop     stop both servers (the state dir, mail and logs stay for diagnostics).
#   status   say what runs and which ports answer; exit 0 only if all do.
#   env      print shell exports for tests: eval "$(scripts/mailstack.sh env)".
#   restart  stop, then start.
#
# The stack: any address is a user (static passdb/userdb, one password for all, default "secret");
# Postfix accepts mail for every domain and hands all of it to Dovecot over LMTP; maildirs under
# $MAILSTACK_DIR/mail/<domain>/<user>/Maildir.
#
#   port (env var to override)        default  what
#   MAILSTACK_IMAP_PORT               10143    IMAP, plain or STARTTLS, LOGIN/AUTH PLAIN without TLS allowed
#   MAILSTACK_IMAPS_PORT              10993    IMAP over implicit TLS
#   MAILSTACK_SUBMISSION_PORT         10587    SMTP submission: STARTTLS required, AUTH PLAIN/LOGIN via Dovecot SASL
#   MAILSTACK_SMTP_PORT               10025    SMTP relay, no TLS required, no AUTH, open to 127.0.0.1 (test senders)
#   MAILSTACK_LMTP_PORT               10024    Dovecot LMTP (Postfix's transport)
#   MAILSTACK_AUTH_PORT               10026    Dovecot auth service for Postfix SASL
#
# Other settings: MAILSTACK_DIR (default /tmp/mailbot-mailstack), MAILSTACK_PASSWORD (default secret).
# The TLS certificate is self-signed for localhost and 127.0.0.1: $MAILSTACK_DIR/tls/cert.pem.
#
# Hook for OAuth2: every $MAILSTACK_DIR/dovecot/conf.d/*.conf is included at the end of dovecot.conf
# (files there survive restarts). The password passdb only serves mechanisms plain/login/none, so an
# oauth2 passdb added there (with auth_mechanisms extended) is not shadowed by it.
#
# Needs root (Postfix's master runs as root and drops privileges).
set -euo pipefail

DIR=${MAILSTACK_DIR:-/tmp/mailbot-mailstack}
HOST=127.0.0.1
PASSWORD=${MAILSTACK_PASSWORD:-secret}
IMAP_PORT=${MAILSTACK_IMAP_PORT:-10143}
IMAPS_PORT=${MAILSTACK_IMAPS_PORT:-10993}
SUBMISSION_PORT=${MAILSTACK_SUBMISSION_PORT:-10587}
SMTP_PORT=${MAILSTACK_SMTP_PORT:-10025}
LMTP_PORT=${MAILSTACK_LMTP_PORT:-10024}
AUTH_PORT=${MAILSTACK_AUTH_PORT:-10026}

PFDIR=$DIR/postfix        # main.cf, master.cf
DVDIR=$DIR/dovecot        # dovecot.conf, conf.d/, run/
TLSDIR=$DIR/tls
ENVFILE=$DIR/env.sh       # the exports of the running stack, written at start

log() { printf 'mailstack: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

need_root() {
	[ "$(id -u)" = 0 ] || die "must run as root (Postfix's master needs it); try: sudo $0 $*"
}

# install_packages installs what is missing, once, without questions.
install_packages() {
	local missing=()
	command -v dovecot >/dev/null 2>&1 || missing+=(dovecot-imapd)
	[ -x /usr/lib/dovecot/imap ] || missing+=(dovecot-imapd)
	[ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
	command -v postfix >/dev/null 2>&1 || missing+=(postfix)
	command -v swaks >/dev/null 2>&1 || missing+=(swaks)
	command -v openssl >/dev/null 2>&1 || missing+=(openssl)
	[ ${#missing[@]} -eq 0 ] && return 0
	# shellcheck disable=SC2207
	missing=($(printf '%s\n' "${missing[@]}" | sort -u))
	log "installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	printf '%s\n' \
		'postfix postfix/main_mailer_type select No configuration' \
		'postfix postfix/mailname string localhost' | debconf-set-selections
	apt-get update -q >"$DIR/apt.log" 2>&1 || { tail -20 "$DIR/apt.log" >&2; die "apt-get update failed"; }
	apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null >>"$DIR/apt.log" 2>&1 ||
		{ tail -30 "$DIR/apt.log" >&2; die "apt-get install ${missing[*]} failed"; }
}

# stop_system_servers stops a Postfix/Dovecot the packages may have started with the system's
# configuration (ports 25/143/993...). Our own instances live under $DIR and are not touched.
stop_system_servers() {
	if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
		systemctl stop dovecot.service postfix.service >/dev/null 2>&1 || true
		systemctl disable dovecot.service postfix.service >/dev/null 2>&1 || true
	fi
	local pid
	if [ -f /run/dovecot/master.pid ]; then
		pid=$(cat /run/dovecot/master.pid 2>/dev/null || true)
		if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
			log "stopping the system Dovecot (pid $pid)"
			kill "$pid" 2>/dev/null || true
			wait_gone "$pid"
		fi
	fi
	if [ -f /etc/postfix/main.cf ] && postfix status >/dev/null 2>&1; then
		log "stopping the system Postfix"
		postfix stop >/dev/null 2>&1 || true
	fi
}

wait_gone() { # pid
	local i
	for i in $(seq 1 50); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -9 "$1" 2>/dev/null || true
}

port_open() { # port
	timeout 1 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

dovecot_pid() {
	local f=$DVDIR/run/master.pid pid
	[ -f "$f" ] || return 1
	pid=$(cat "$f" 2>/dev/null) || return 1
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

dovecot_running() { dovecot_pid >/dev/null; }
postfix_running() { [ -f "$PFDIR/main.cf" ] && postfix -c "$PFDIR" status >/dev/null 2>&1; }

make_cert() {
	[ -s "$TLSDIR/cert.pem" ] && [ -s "$TLSDIR/key.pem" ] && return 0
	mkdir -p "$TLSDIR"
	openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 \
		-keyout "$TLSDIR/key.pem" -out "$TLSDIR/cert.pem" \
		-subj "/CN=localhost" \
		-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" >"$TLSDIR/openssl.log" 2>&1 ||
		{ cat "$TLSDIR/openssl.log" >&2; die "openssl could not make a certificate"; }
	chmod 600 "$TLSDIR/key.pem"
	chmod 644 "$TLSDIR/cert.pem"
}

write_dovecot_conf() {
	mkdir -p "$DVDIR/run" "$DVDIR/state" "$DVDIR/conf.d" "$DIR/mail"
	chown mail:mail "$DIR/mail"
	chmod 700 "$DIR/mail"
	local dh=""
	[ -f /usr/share/dovecot/dh.pem ] && dh="ssl_dh = </usr/share/dovecot/dh.pem"
	cat >"$DVDIR/dovecot.conf" <<EOF
# Written by scripts/mailstack.sh; rewritten at every start. Local additions: conf.d/*.conf.
base_dir = $DVDIR/run
state_dir = $DVDIR/state
log_path = $DIR/dovecot.log
info_log_path = $DIR/dovecot.log
debug_log_path = $DIR/dovecot.log
protocols = imap lmtp
listen = $HOST
ssl = yes
ssl_cert = <$TLSDIR/cert.pem
ssl_key = <$TLSDIR/key.pem
$dh
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = $(id -u mail)
first_valid_gid = $(id -g mail)
mail_location = maildir:$DIR/mail/%d/%n/Maildir
# Tests only: never in production.
mail_fsync = never
mail_max_userip_connections = 200
auth_cache_size = 0
auth_failure_delay = 0

passdb {
  driver = static
  args = password=$PASSWORD
  mechanisms = plain login none
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$DIR/mail/%d/%n
}

service imap-login {
  inet_listener imap {
    address = $HOST
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = $HOST
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = $HOST
    port = $LMTP_PORT
  }
}
service auth {
  inet_listener auth-postfix {
    address = $HOST
    port = $AUTH_PORT
  }
}
# Failed logins on purpose must not slow down later logins from 127.0.0.1.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
protocol lmtp {
  postmaster_address = postmaster@localhost
}

!include_try $DVDIR/conf.d/*.conf
EOF
}

write_postfix_conf() {
	# Queue and data live outside the config dir: postfix check wants everything under it owned by root.
	mkdir -p "$PFDIR" "$DIR/postfix-queue" "$DIR/postfix-data"
	chown root:root "$DIR/postfix-queue"
	chmod 755 "$DIR/postfix-queue"
	chown postfix:postfix "$DIR/postfix-data"
	chmod 700 "$DIR/postfix-data"
	touch "$DIR/postfix.log"
	cat >"$PFDIR/main.cf" <<EOF
# Written by scripts/mailstack.sh; rewritten at every start.
compatibility_level = 3.6
meta_directory = /etc/postfix
queue_directory = $DIR/postfix-queue
data_directory = $DIR/postfix-data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $DIR/postfix.log
maillog_file_prefixes = /var, /dev/stdout, $DIR
myhostname = localhost
mydomain = localdomain
myorigin = localhost
inet_interfaces = $HOST
inet_protocols = ipv4
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
relay_domains =
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions =
smtpd_banner = \$myhostname ESMTP mailstack
biff = no
append_dot_mydomain = no
smtputf8_enable = no
message_size_limit = 52428800
line_length_limit = 16384
# Every recipient, every domain: Dovecot over LMTP.
default_transport = lmtp:inet:$HOST:$LMTP_PORT
relay_transport = lmtp:inet:$HOST:$LMTP_PORT
local_transport = lmtp:inet:$HOST:$LMTP_PORT
virtual_transport = lmtp:inet:$HOST:$LMTP_PORT
lmtp_host_lookup = native
smtp_host_lookup = native
# Deliver quickly: tests wait for mail.
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 30s
smtpd_tls_cert_file = $TLSDIR/cert.pem
smtpd_tls_key_file = $TLSDIR/key.pem
smtpd_tls_security_level = may
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:$HOST:$AUTH_PORT
smtpd_sasl_auth_enable = no
EOF
	cat >"$PFDIR/master.cf" <<EOF
# Written by scripts/mailstack.sh. No chroot: the queue lives in $DIR/postfix-queue.
# service type  private unpriv  chroot  wakeup  maxproc command + args
$HOST:$SMTP_PORT inet n - n - - smtpd
$HOST:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
	# Creates the queue directories with the right owners and modes.
	postfix -c "$PFDIR" check >"$DIR/postfix-check.log" 2>&1 ||
		{ cat "$DIR/postfix-check.log" >&2; die "postfix -c $PFDIR check failed"; }
}

write_env() {
	cat >"$ENVFILE" <<EOF
export MAILSTACK_DIR=$DIR
export MAILSTACK_HOST=$HOST
export MAILSTACK_PASSWORD=$PASSWORD
export MAILSTACK_IMAP_PORT=$IMAP_PORT
export MAILSTACK_IMAPS_PORT=$IMAPS_PORT
export MAILSTACK_SUBMISSION_PORT=$SUBMISSION_PORT
export MAILSTACK_SMTP_PORT=$SMTP_PORT
export MAILSTACK_LMTP_PORT=$LMTP_PORT
export MAILSTACK_AUTH_PORT=$AUTH_PORT
export MAILSTACK_CA=$TLSDIR/cert.pem
EOF
}

log_tails() {
	local f
	for f in "$DIR/dovecot.log" "$DIR/postfix.log" "$DIR/dovecot-start.log" "$DIR/postfix-start.log"; do
		[ -s "$f" ] || continue
		printf '==> %s (last 40 lines) <==\n' "$f" >&2
		tail -40 "$f" >&2
	done
}

wait_ports() {
	local deadline=$((SECONDS + 30)) p missing
	while :; do
		missing=()
		for p in "$IMAP_PORT" "$IMAPS_PORT" "$LMTP_PORT" "$AUTH_PORT" "$SMTP_PORT" "$SUBMISSION_PORT"; do
			port_open "$p" || missing+=("$p")
		done
		[ ${#missing[@]} -eq 0 ] && return 0
		if [ $SECONDS -ge $deadline ]; then
			log_tails
			die "ports not answering after 30s: ${missing[*]}"
		fi
		sleep 0.2
	done
}

cmd_start() {
	need_root start
	mkdir -p "$DIR"
	chmod 755 "$DIR"
	if dovecot_running && postfix_running; then
		log "already running (state in $DIR)"
		[ -f "$ENVFILE" ] || write_env
		wait_ports
		return 0
	fi
	install_packages
	stop_system_servers
	make_cert
	if ! dovecot_running; then
		write_dovecot_conf
		dovecot -c "$DVDIR/dovecot.conf" >"$DIR/dovecot-start.log" 2>&1 ||
			{ log_tails; die "dovecot did not start"; }
	fi
	if ! postfix_running; then
		write_postfix_conf
		postfix -c "$PFDIR" start >"$DIR/postfix-start.log" 2>&1 ||
			{ log_tails; die "postfix did not start"; }
	fi
	write_env
	wait_ports
	log "running: IMAP $HOST:$IMAP_PORT (STARTTLS) and :$IMAPS_PORT (TLS), SMTP relay :$SMTP_PORT, submission :$SUBMISSION_PORT, LMTP :$LMTP_PORT; state in $DIR"
}

cmd_stop() {
	need_root stop
	if postfix_running; then
		postfix -c "$PFDIR" stop >/dev/null 2>&1 || log "postfix stop failed"
	fi
	local pid
	if pid=$(dovecot_pid); then
		dovecot -c "$DVDIR/dovecot.conf" stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
		wait_gone "$pid"
	fi
	log "stopped (state kept in $DIR)"
}

cmd_status() {
	local ok=0 p
	if dovecot_running; then echo "dovecot: running (pid $(dovecot_pid))"; else echo "dovecot: stopped"; ok=1; fi
	if postfix_running; then echo "postfix: running"; else echo "postfix: stopped"; ok=1; fi
	for p in "imap:$IMAP_PORT" "imaps:$IMAPS_PORT" "smtp:$SMTP_PORT" "submission:$SUBMISSION_PORT" "lmtp:$LMTP_PORT" "auth:$AUTH_PORT"; do
		if port_open "${p#*:}"; then echo "${p%%:*} $HOST:${p#*:}: open"; else echo "${p%%:*} $HOST:${p#*:}: closed"; ok=1; fi
	done
	return $ok
}

cmd_env() {
	if [ -f "$ENVFILE" ]; then
		cat "$ENVFILE"
	else
		write_env_stdout
	fi
}

write_env_stdout() {
	local ENVFILE=/dev/stdout
	write_env
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
restart) cmd_stop; cmd_start ;;
status) cmd_status ;;
env) cmd_env ;;
*)
	echo "usage: $0 start|stop|status|env|restart" >&2
	exit 2
	;;
esac
