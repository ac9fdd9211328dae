package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

func dropTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

type Audit struct {
	buf   bytes.Buffer
	lines int
}

func (a *Audit) Write(p []byte) (int, error) {
	a.lines += bytes.Count(p, []byte("\n"))
	return a.buf.Write(p)
}

func main() {
	audit := &Audit{}
	console := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime})
	jsonH := slog.NewJSONHandler(audit, &slog.HandlerOptions{Level: slog.LevelWarn, ReplaceAttr: dropTime})
	log := slog.New(slog.NewMultiHandler(console, jsonH))

	log.Info("user signed in", "user", "ada")
	log.Warn("password about to expire", "user", "ada", "days", 3)
	log.With("component", "billing").Error("card declined", "amount", 12.5)

	fmt.Println("audit lines:", audit.lines)
	for _, l := range strings.Split(strings.TrimSpace(audit.buf.String()), "\n") {
		fmt.Println("audit:", l)
	}
	fmt.Println(log.Enabled(context.Background(), slog.LevelDebug), log.Enabled(context.Background(), slog.LevelInfo))
}
