package main

import (
	"context"
	"log/slog"
	"os"
	"strings"
)

func main() {
	opts := &slog.HandlerOptions{
		AddSource: false,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch a.Key {
			case slog.TimeKey:
				return slog.Attr{}
			case slog.LevelKey:
				lvl := a.Value.Any().(slog.Level)
				return slog.String("severity", strings.ToLower(lvl.String()))
			case "password":
				return slog.String("password", "[REDACTED]")
			}
			return a
		},
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	logger.Info("login", "user", "ann", "password", "hunter2")
	logger.Info("cart",
		slog.Group("item", "sku", "A1", "qty", 2, "price", 9.99),
		slog.Any("tags", []string{"sale", "new"}),
		slog.Any("meta", map[string]int{"b": 2, "a": 1}),
	)
	svc := logger.With(slog.String("service", "billing")).WithGroup("invoice")
	svc.Warn("overdue", "id", 42, "days", 31)
	svc.ErrorContext(context.Background(), "failed", "reason", "card \"declined\"")

	ctx := context.Background()
	if !logger.Enabled(ctx, slog.LevelDebug) {
		logger.Info("debug disabled")
	}
	var nothing *int
	logger.Info("nil pointer", "p", nothing, "empty", "")
	logger.Info("unpaired", "lonely")
}
