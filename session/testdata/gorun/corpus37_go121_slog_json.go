package main

import (
	"context"
	"log/slog"
	"os"
)

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	if a.Key == slog.LevelKey {
		lvl := a.Value.Any().(slog.Level)
		if lvl == LevelTrace {
			return slog.String(slog.LevelKey, "TRACE")
		}
	}
	return a
}

const LevelTrace = slog.Level(-8)

type Order struct {
	ID    string
	Total float64
	Items []string
}

func process(ctx context.Context, log *slog.Logger, o Order) {
	log = log.WithGroup("order")
	log.InfoContext(ctx, "processing", "id", o.ID, "total", o.Total, "items", o.Items)
	if o.Total > 100 {
		log.Log(ctx, slog.LevelWarn, "large order", "id", o.ID)
	}
}

func main() {
	lv := new(slog.LevelVar)
	lv.Set(slog.LevelInfo)
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: lv, ReplaceAttr: noTime})
	log := slog.New(h).With("service", "checkout")

	ctx := context.Background()
	log.Log(ctx, LevelTrace, "hidden at info level")
	lv.Set(LevelTrace)
	log.Log(ctx, LevelTrace, "visible now", "depth", 2)

	for _, o := range []Order{
		{"A1", 12.5, []string{"pen"}},
		{"B2", 250, []string{"chair", "desk"}},
	} {
		process(ctx, log, o)
	}
	log.LogAttrs(ctx, slog.LevelInfo, "done", slog.Int("orders", 2), slog.Bool("ok", true))
	slog.SetDefault(log)
	slog.Info("through the default logger")
}
