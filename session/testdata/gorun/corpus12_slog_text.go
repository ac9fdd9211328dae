package main

import (
	"errors"
	"log/slog"
	"os"
	"time"
)

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))
	logger.Info("server starting", "port", 8080, "tls", false)
	logger.Debug("config loaded", slog.String("path", "/etc/app.yaml"), slog.Int("entries", 12))
	logger.Warn("slow request", "duration", 1500*time.Millisecond, "path", "/api/users")
	logger.Error("request failed", "err", errors.New("connection reset"), "attempt", 3)

	reqLog := logger.With("request_id", "abc-123")
	reqLog.Info("handling", "method", "GET")
	grouped := logger.WithGroup("db")
	grouped.Info("query", "table", "users", "rows", 42)
	logger.Info("user", slog.Group("user", slog.String("name", "ann"), slog.Int("age", 41)))
	logger.Info("quoted value", "msg2", "has spaces", "empty", "")

	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelWarn,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			if a.Key == slog.LevelKey {
				a.Value = slog.StringValue("[" + a.Value.String() + "]")
			}
			return a
		},
	}))
	quiet.Info("not shown")
	quiet.Warn("shown", "n", 1)
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	dyn := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	dyn.Warn("hidden")
	lv.Set(slog.LevelInfo)
	dyn.Info("visible now", "level", lv.Level())
}
