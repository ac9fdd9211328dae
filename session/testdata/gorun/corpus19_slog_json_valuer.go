package main

import (
	"context"
	"log/slog"
	"os"
)

type User struct {
	ID       int
	Name     string
	Password string
}

// LogValue keeps the password out of the logs.
func (u User) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int("id", u.ID),
		slog.String("name", u.Name),
	)
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if a.Key == slog.LevelKey {
		lvl := a.Value.Any().(slog.Level)
		return slog.String("severity", lvl.String())
	}
	return a
}

func main() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime, AddSource: false})
	log := slog.New(h)
	u := User{ID: 7, Name: "gopher", Password: "hunter2"}
	log.Info("login", "user", u, "token", Secret("abc"))
	log.With("svc", "auth").WithGroup("req").Info("check", "ok", true, "n", 3)
	log.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Float64("ratio", 0.25), slog.Any("tags", []string{"a", "b"}))
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	log2 := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: dropTime}))
	log2.Warn("dropped")
	log2.Error("kept", "code", 500)
	lv.Set(slog.LevelDebug)
	log2.Debug("now visible")
	slog.SetDefault(log)
	slog.Info("via default", "k", "v")
}
