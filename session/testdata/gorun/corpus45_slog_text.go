package main

import (
	"errors"
	"log/slog"
	"os"
	"time"
)

func removeTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

type User struct {
	ID   int
	Name string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelDebug,
		ReplaceAttr: removeTime,
	})
	logger := slog.New(h)
	logger.Debug("starting", "version", "1.2.3", "workers", 4)
	logger.Info("request", "method", "GET", "path", "/users", "status", 200, "took", 1500*time.Millisecond)
	logger.Warn("slow query", slog.String("table", "orders"), slog.Duration("elapsed", 2*time.Second))
	logger.Error("failed", "err", errors.New("connection refused"), "retry", true)

	reqLog := logger.With("request_id", "abc-123")
	reqLog.Info("user loaded", "user", User{7, "ann"})
	reqLog.WithGroup("db").Info("query", "rows", 3, "sql", "SELECT * FROM t WHERE x = 'y'")

	var lvl slog.LevelVar
	lvl.Set(slog.LevelWarn)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lvl, ReplaceAttr: removeTime}))
	quiet.Info("hidden")
	quiet.Warn("shown", "level_now", lvl.Level())
	lvl.Set(slog.LevelInfo)
	quiet.Info("now shown")

	slog.SetDefault(logger)
	slog.Info("via default", "n", 1)
	slog.Log(nil, slog.LevelWarn+2, "custom level")
	logger.LogAttrs(nil, slog.LevelInfo, "attrs", slog.Group("req", slog.Int("size", 10), slog.Bool("gzip", false)))
}
