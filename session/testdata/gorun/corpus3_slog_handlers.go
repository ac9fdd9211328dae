package main

import (
	"log/slog"
	"os"
)

func dropTime(groups []string, a slog.Attr) slog.Attr {
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
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	text.Info("server started", "port", 8080, "tls", false)
	text.Debug("hidden")
	text.Warn("slow request", slog.Duration("took", 1500000000), slog.String("path", "/api"))

	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level:       slog.LevelDebug,
		ReplaceAttr: dropTime,
	}))
	js.Debug("debugging", "n", 3)
	reqLog := js.With("request_id", "abc123").WithGroup("req")
	reqLog.Info("handled", "status", 200, "user", User{7, "ann"})
	js.Error("failed", slog.Group("db", slog.String("host", "localhost"), slog.Int("port", 5432)))

	var level slog.LevelVar
	level.Set(slog.LevelWarn)
	lv := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &level, ReplaceAttr: dropTime}))
	lv.Info("not shown")
	level.Set(slog.LevelInfo)
	lv.Info("now shown", "level", level.Level())
	lv.LogAttrs(nil, slog.LevelError, "attrs", slog.Bool("ok", false), slog.Any("list", []int{1, 2}))
}
