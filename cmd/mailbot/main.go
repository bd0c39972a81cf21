// Command mailbot runs the e-mail intake of a secretariat: see README.md and
// CONTRACT.md. All work happens in package mailbot; this is only the process
// edge (signals, exit code).
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"mailbot/mailbot"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := mailbot.Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
