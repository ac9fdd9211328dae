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
	logger.Debug("config loaded", slog.String("path", "/etc/app.toml"))
	logger.Warn("slow request", slog.Int("ms", 1200), slog.Group("req", "method", "GET", "path", "/api"))
	logger.Error("failed", "err", "connection refused")

	reqLogger := logger.With("request_id", "abc-123")
	reqLogger.Info("handling request")

	grouped := logger.WithGroup("db")
	grouped.Info("query", "rows", 3)

	logger.LogAttrs(nil, slog.LevelInfo, "attrs", slog.Bool("ok", true), slog.Float64("ratio", 0.5))
}
