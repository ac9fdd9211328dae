package main

import (
	"context"
	"log/slog"
	"os"
)

type Order struct {
	ID    int
	Total float64
}

func (o Order) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", o.ID), slog.Float64("total", o.Total))
}

func main() {
	var level slog.LevelVar
	level.Set(slog.LevelWarn)
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: &level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			if a.Key == slog.LevelKey {
				a.Value = slog.StringValue("[" + a.Value.String() + "]")
			}
			return a
		},
	}))
	logger.Info("hidden")
	logger.Warn("shown", "n", 1)
	level.Set(slog.LevelInfo)
	logger.Info("now shown", "order", Order{7, 19.5})
	logger.LogAttrs(context.Background(), slog.LevelError, "attrs", slog.Bool("retry", true))
	slog.SetDefault(logger)
	slog.Info("via default", "k", "v")
	println := logger.Enabled(context.Background(), slog.LevelDebug)
	logger.Info("debug enabled?", "v", println)
}
