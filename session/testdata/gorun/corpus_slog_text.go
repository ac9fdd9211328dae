package main

import (
	"log"
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
	logger.Info("server started", "port", 8080, "tls", false)
	logger.Debug("details", slog.Group("req", "method", "GET", "path", "/"))
	child := logger.With("component", "db")
	child.Warn("slow query", "ms", 250)
	l := log.New(os.Stdout, "app: ", 0)
	l.Println("plain logger")
	l.SetPrefix("app2: ")
	l.Printf("value=%d", 7)
}
