package main

import (
	"context"
	"log/slog"
	"os"
)

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	opts := &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: dropTime}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))

	logger.Info("hello", "count", 3)
	logger.Debug("details", "user", "gopher", "ok", true)
	logger.Warn("disk nearly full", slog.Int("percent", 93), slog.String("mount", "/data"))
	logger.Error("request failed", "err", os.ErrNotExist)

	reqLog := logger.With("request_id", "r-17")
	reqLog.Info("start")
	reqLog.WithGroup("http").Info("done", "status", 200, "bytes", 512)

	logger.LogAttrs(context.Background(), slog.LevelInfo, "attrs",
		slog.Group("user", slog.String("name", "ann"), slog.Int("age", 33)),
		slog.Float64("ratio", 0.25),
		slog.Bool("admin", false))

	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelWarn,
		ReplaceAttr: dropTime,
	}))
	quiet.Info("not shown")
	quiet.Warn("shown")
	logger.Info("quoted", "msg with spaces", "a b", "empty", "")
}
