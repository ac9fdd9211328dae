package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

// prefixWriter puts a prefix at the start of every line written through it.
type prefixWriter struct {
	w         io.Writer
	prefix    string
	midLine   bool
	lineCount int
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	var out bytes.Buffer
	for _, c := range b {
		if !p.midLine {
			out.WriteString(p.prefix)
			p.midLine = true
		}
		out.WriteByte(c)
		if c == '\n' {
			p.midLine = false
			p.lineCount++
		}
	}
	if _, err := p.w.Write(out.Bytes()); err != nil {
		return 0, err
	}
	return len(b), nil
}

type errWriter struct{ after int }

func (e *errWriter) Write(b []byte) (int, error) {
	if e.after <= 0 {
		return 0, fmt.Errorf("disk full")
	}
	e.after--
	return len(b), nil
}

func report(w io.Writer, items map[string]int, order []string) error {
	for _, k := range order {
		if _, err := fmt.Fprintf(w, "%s: %d\n", k, items[k]); err != nil {
			return fmt.Errorf("report %s: %w", k, err)
		}
	}
	return nil
}

func main() {
	pw := &prefixWriter{w: os.Stdout, prefix: "> "}
	fmt.Fprint(pw, "first line\nsecond ")
	fmt.Fprint(pw, "half\nthird line\n")
	fmt.Println("lines:", pw.lineCount)

	var logBuf bytes.Buffer
	logger := log.New(&logBuf, "[app] ", 0)
	logger.Println("starting")
	logger.Printf("loaded %d items", 3)
	logger.SetPrefix("[db] ")
	logger.Print("connected")
	fmt.Print(logBuf.String())
	fmt.Println(logger.Prefix(), logger.Flags())

	stdLogger := log.New(&prefixWriter{w: os.Stdout, prefix: "| "}, "", log.Lmsgprefix)
	stdLogger.SetPrefix("warn: ")
	stdLogger.Println("low disk")

	items := map[string]int{"apples": 3, "pears": 0, "plums": 12}
	order := []string{"apples", "pears", "plums"}
	fmt.Println(report(os.Stdout, items, order))
	err := report(&errWriter{after: 2}, items, order)
	fmt.Println(err)

	var sb strings.Builder
	var w io.Writer = &sb
	io.WriteString(w, "via WriteString;")
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString(" direct")
	}
	fmt.Println(sb.String(), sb.Len())
}
