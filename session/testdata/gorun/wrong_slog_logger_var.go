package main

import (
	"log/slog"
	"os"
)

type Account struct{ Owner string }

func (a *Account) String() string { return "acct#" + a.Owner }

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	// Calls through the logger variable, which name no slog.
	var none *Account
	log.Info("x", "acct", none, "some", &Account{"bo"})
	log.Warn("login", "password", Secret("hunter2"))
	log.With("acct", &Account{"cy"}).Error("denied")
}
