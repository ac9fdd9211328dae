package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
)

type user struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func main() {
	var buf bytes.Buffer
	h := slog.NewJSONHandler(&buf, &slog.HandlerOptions{
		AddSource: false,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	log := slog.New(h)
	log.Info("login", "user", user{7, "ann"}, "ok", true)
	log.LogAttrs(context.Background(), slog.LevelWarn, "quota",
		slog.Float64("used", 0.875), slog.Any("tags", []string{"a", "b"}))
	log.With("svc", "billing").WithGroup("req").Error("charge failed", "amount", 12.5)

	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	fmt.Println(len(lines), "records")
	for _, l := range lines {
		fmt.Println(l)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		panic(err)
	}
	fmt.Println(rec["msg"], rec["level"], rec["user"])
	fmt.Println(slog.LevelInfo, slog.LevelError+2, slog.Level(-4))
	defLog := slog.New(slog.NewTextHandler(&buf, nil))
	buf.Reset()
	defLog.Debug("dropped")
	fmt.Println("buffer empty:", buf.Len() == 0)
}
