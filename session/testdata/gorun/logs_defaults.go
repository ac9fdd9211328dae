package main

import (
	"fmt"
	"log"
	"log/slog"
	"os"
)

func main() {
	log.SetFlags(0)
	fmt.Println(log.Default() == log.Default())
	log.Println("plain", 1)
	log.Default().Printf("via default %d", 2)
	log.SetPrefix("[app] ")
	slog.Info("started", "port", 8080, "name", "a b")
	slog.Debug("hidden")
	old := slog.SetLogLoggerLevel(slog.LevelDebug)
	fmt.Println(old)
	slog.Debug("shown", slog.Group("req", "id", 7, "path", "/x"))
	l := slog.Default().With("svc", "api").WithGroup("g")
	l.Warn("careful", "n", 3)
	slog.Error("failed", "err", fmt.Errorf("boom"))
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})))
	log.Print("through slog")
	slog.Info("text now", "k", true)
	fmt.Println(log.Flags(), log.Prefix())
}
