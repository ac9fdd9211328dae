package main

import (
	"log/slog"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return "celsius<" + "x>" }

type Account struct {
	ID    int
	Owner string
}

func (a *Account) String() string { return "acct#" + a.Owner }

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid " + e.Field }

type Both struct{ N int }

func (b Both) String() string { return "both-string" }
func (b Both) Error() string  { return "both-error" }

func main() {
	drop := func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}
	for _, h := range []slog.Handler{
		slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}),
		slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}),
	} {
		log := slog.New(h)
		acct := &Account{1, "ada"}
		log.Info("a", "c", Celsius(2), "acct", acct, "val", *acct, "err", ValidationError{"name"}, "both", Both{1})
		log.Info("b", slog.Any("c", Celsius(3)), slog.Group("g", "e", ValidationError{"x"}))
		log.With("acct", acct).Warn("with")
		var e error = ValidationError{"iface"}
		log.Error("c", "e", e)
	}
}
