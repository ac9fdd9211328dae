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
	logger.Info("server started", "port", 8080, "tls", false)
	logger.Debug("cache warm", slog.Int("entries", 42))
	logger.Warn("slow request", slog.Duration("took", 1500000000), "path", "/api")

	reqLog := logger.With("request_id", "r-17")
	reqLog.Error("failed", "err", "timeout")

	grouped := logger.WithGroup("db")
	grouped.Info("query", "rows", 3, slog.Group("conn", "host", "localhost", "pool", 4))

	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelWarn,
		ReplaceAttr: opts.ReplaceAttr,
	}))
	quiet.Info("hidden")
	quiet.Warn("shown", "n", 1)
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	dyn := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	dyn.Warn("not shown")
	lv.Set(slog.LevelInfo)
	dyn.Info("now shown", "level", lv.Level().String())
}
