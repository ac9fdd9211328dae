package main

import (
	"log"
	"log/slog"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("before: plain log")

	// After SetDefault, package log writes through the slog handler.
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})))
	slog.Info("structured", "n", 1)
	log.Printf("through log: %d", 2)
	log.Default().Println("through log.Default")
	// (slog.SetLogLoggerLevel is process-wide state, which the test's
	// parallel forms would share.)
	slog.Warn("done")
}
