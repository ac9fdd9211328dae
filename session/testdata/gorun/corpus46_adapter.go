package main

import (
	"fmt"
	"io"
	"strings"
)

// Logger is what our application expects.
type Logger interface {
	Log(level, msg string)
}

// legacyPrinter is a third-party type with a different API.
type legacyPrinter struct {
	w      io.Writer
	prefix string
}

func (p *legacyPrinter) Printf(format string, args ...any) {
	fmt.Fprintf(p.w, p.prefix+format+"\n", args...)
}

type printerAdapter struct {
	p *legacyPrinter
}

func (a printerAdapter) Log(level, msg string) {
	a.p.Printf("[%s] %s", strings.ToUpper(level), msg)
}

// LoggerFunc adapts an ordinary function to the Logger interface.
type LoggerFunc func(level, msg string)

func (f LoggerFunc) Log(level, msg string) { f(level, msg) }

type Celsius float64
type Fahrenheit float64

type Thermometer interface{ Celsius() Celsius }

type usThermo struct{ f Fahrenheit }

type thermoAdapter struct{ u usThermo }

func (t thermoAdapter) Celsius() Celsius { return Celsius((t.u.f - 32) * 5 / 9) }

type euThermo Celsius

func (e euThermo) Celsius() Celsius { return Celsius(e) }

func run(l Logger) {
	l.Log("info", "starting")
	l.Log("warn", "disk at 91%")
}

func main() {
	var sb strings.Builder
	run(printerAdapter{&legacyPrinter{w: &sb, prefix: "legacy "}})
	fmt.Print(sb.String())

	var count int
	run(LoggerFunc(func(level, msg string) {
		count++
		fmt.Printf("func %d %s=%s\n", count, level, msg)
	}))

	ts := []Thermometer{euThermo(21.5), thermoAdapter{usThermo{212}}, thermoAdapter{usThermo{-40}}}
	for i, t := range ts {
		fmt.Printf("%d: %.1f°C (%T)\n", i, float64(t.Celsius()), t)
	}

	r := io.LimitReader(strings.NewReader("adapter pattern in the standard library"), 15)
	b, _ := io.ReadAll(r)
	fmt.Printf("%q\n", b)
}
