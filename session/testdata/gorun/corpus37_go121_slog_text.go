package main

import (
	"log/slog"
	"os"
)

type User struct {
	ID    int
	Email string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID))
}

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

	u := User{ID: 42, Email: "secret@example.com"}
	logger.Warn("login from new device", "user", u)

	reqLog := logger.With("request_id", "abc-123")
	reqLog.Info("handling", slog.Group("http", "method", "GET", "path", "/items"))
	reqLog.Error("failed", "err", os.ErrNotExist, "retries", 3)

	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelWarn,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	quiet.Info("this is dropped")
	quiet.Warn("disk almost full", "pct", 93.5)
}
