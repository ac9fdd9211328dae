package main

import (
	"log/slog"
	"os"
	"strings"
)

type Token string

// LogValue keeps secrets out of the logs.
func (Token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type Point struct{ X, Y int }

func main() {
	var level slog.LevelVar
	level.Set(slog.LevelInfo)
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level: &level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch a.Key {
			case slog.TimeKey:
				return slog.Attr{}
			case slog.LevelKey:
				return slog.String("severity", strings.ToLower(a.Value.String()))
			}
			return a
		},
	})
	log := slog.New(h)
	slog.SetDefault(log)

	log.Info("login", "user", "ann", "token", Token("s3cret"))
	log.Debug("hidden at info")
	level.Set(slog.LevelDebug)
	log.Debug("visible now", "point", Point{1, 2})
	slog.Info("via default", "n", 42, "tags", []string{"a", "b"})
	log.With(slog.Group("svc", "name", "api", "version", 2)).Warn("slow", "ms", 1500)
	log.Error("failed", "err", os.ErrPermission)
	lvl := slog.LevelWarn + 2
	log.Log(nil, lvl, "custom level")
}
