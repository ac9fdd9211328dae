package main

import (
	"bytes"
	"fmt"
	"log"
	"log/slog"
	"os"
)

func main() {
	mylog := log.New(os.Stdout, "my:", 0)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.Println("from mylog")
	fmt.Println(mylog.Prefix(), mylog.Flags())

	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", 0)
	buflog.Println("hello")
	buflog.Printf("n=%d", 3)
	fmt.Print("from buflog:", buf.String())

	l2 := log.New(os.Stdout, "[app] ", log.Lmsgprefix)
	l2.Println("msgprefix")
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std logger")
	log.Printf("value %v", 7)
	log.SetPrefix("pfx ")
	log.Print("with prefix")

	opts := &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	jsonHandler := slog.NewJSONHandler(os.Stdout, opts)
	myslog := slog.New(jsonHandler)
	myslog.Info("hi there")
	myslog.Info("hello again", "key", "val", "age", 25)
	myslog.Warn("careful", slog.Int("n", 2), slog.Group("g", "a", 1))
	myslog.Debug("not shown")
	text := slog.New(slog.NewTextHandler(os.Stdout, opts))
	text.Error("boom", "err", fmt.Errorf("bad thing"))
	text.With("req", 7).Info("scoped")
}
