package main

import (
	"context"
	"log/slog"
	"os"
)

type User struct {
	ID   int
	Name string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func main() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			if a.Key == slog.LevelKey {
				a.Value = slog.StringValue("lvl-" + a.Value.String())
			}
			return a
		},
	})
	log := slog.New(h)
	log.Info("login", "user", User{7, "ann"})
	log.Warn("quota", slog.Group("usage", slog.Int("used", 90), slog.Int("limit", 100)))
	log.LogAttrs(context.Background(), slog.LevelError, "crash", slog.String("mod", "auth"), slog.Bool("fatal", true))
	log.With("svc", "api").Info("ready", "items", []int{1, 2})
	slog.SetDefault(log)
	slog.Info("via default", "k", "v")
	log.Info("float", "ratio", 0.25, "any", map[string]int{"a": 1})
}
