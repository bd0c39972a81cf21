package mailbot

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"mailbot/mailbot/config"
)

func TestLogsRedactAddressesAboveDebug(t *testing.T) {
	cfg := config.Default()
	cfg.Mailboxes = []config.Mailbox{{ID: "posk", Address: "posk@greve.dk"}}
	cfg.Log.Level = "debug"
	for _, format := range []string{"text", "json"} {
		cfg.Log.Format = format
		var buf bytes.Buffer
		log := newLogger(cfg, &buf)
		log.Warn("send to anne.hansen@koege.dk failed", "err", errors.New("550 5.1.1 <anne.hansen@koege.dk>: unknown user"), "mailbox", "posk@greve.dk")
		log.With("to", "bo@faxe.dk").Error("x")
		log.Debug("debug keeps detail", "to", "bo@faxe.dk")
		out := buf.String()
		if strings.Contains(out, "anne.hansen@koege.dk") || strings.Count(out, "bo@faxe.dk") != 1 {
			t.Fatalf("%s: an address leaked above debug:\n%s", format, out)
		}
		if !strings.Contains(out, "posk@greve.dk") || !strings.Contains(out, "<address>") {
			t.Fatalf("%s: own address or placeholder missing:\n%s", format, out)
		}
	}
}
