package main

import (
	"log/slog"
	"os"
)

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	logger := slog.New(h)
	logger.Info("server starting", "port", 8080, "tls", false)
	logger.Debug("config loaded", slog.String("path", "/etc/app.yaml"))
	req := logger.With("request_id", "abc-123")
	req.Warn("slow request", slog.Duration("took", 1500000000), "path", "/api/users")
	req.Error("failed", "err", os.ErrNotExist)
	logger.Info("user", slog.Group("user", slog.Int("id", 42), slog.String("name", "ann")))
	g := logger.WithGroup("db")
	g.Info("query", "rows", 3)
}
