package main

import (
	"log/slog"
	"os"
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
	logger.Debug("config loaded", slog.String("path", "/etc/app.conf"), slog.Int("entries", 12))
	logger.Warn("disk almost full", "free_pct", 4.5)
	logger.Error("request failed", "err", "connection reset", "retry", 3)

	reqLog := logger.With("request_id", "abc-123", "user", "gopher")
	reqLog.Info("handling request", "path", "/api/items")

	grp := logger.WithGroup("http")
	grp.Info("response", "status", 200, "bytes", 1532)

	logger.Info("nested", slog.Group("db", slog.String("host", "localhost"), slog.Int("port", 5432)))
	logger.Info("message with spaces and \"quotes\"", "key with space", "value with space")

	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelWarn,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	quiet.Info("hidden")
	quiet.Warn("shown")
}
