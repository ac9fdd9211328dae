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

// LogValue keeps secrets out of logs.
func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func main() {
	level := new(slog.LevelVar)
	level.Set(slog.LevelWarn)
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == "time" {
				return slog.Attr{}
			}
			return a
		},
	})
	log := slog.New(h)

	log.Info("hidden")
	log.Warn("visible", "user", User{7, "ann"})
	level.Set(slog.LevelInfo)
	log.Info("now shown", "n", 1)
	log.InfoContext(context.Background(), "with ctx")

	slog.SetDefault(log)
	slog.Info("via default", "k", "v")
	if log.Enabled(context.Background(), slog.LevelDebug) {
		slog.Debug("should not print")
	}
	slog.Warn("level is", "level", level.Level().String())
}
