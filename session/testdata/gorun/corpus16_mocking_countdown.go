package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

const (
	finalWord      = "Go!"
	countdownStart = 3
	write          = "write"
	sleep          = "sleep"
)

type Sleeper interface {
	Sleep()
}

type SpyCountdownOperations struct {
	Calls []string
}

func (s *SpyCountdownOperations) Sleep() { s.Calls = append(s.Calls, sleep) }

func (s *SpyCountdownOperations) Write(p []byte) (n int, err error) {
	s.Calls = append(s.Calls, write)
	return len(p), nil
}

type SpySleeper struct{ Calls int }

func (s *SpySleeper) Sleep() { s.Calls++ }

func Countdown(out io.Writer, sleeper Sleeper) {
	for i := countdownStart; i > 0; i-- {
		fmt.Fprintln(out, i)
		sleeper.Sleep()
	}
	fmt.Fprint(out, finalWord)
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	buffer := &bytes.Buffer{}
	spy := &SpySleeper{}
	Countdown(buffer, spy)
	fmt.Printf("%q slept %d\n", buffer.String(), spy.Calls)

	ops := &SpyCountdownOperations{}
	Countdown(ops, ops)
	fmt.Println(strings.Join(ops.Calls, ","))
	fmt.Println(len(ops.Calls))

	var sb strings.Builder
	Countdown(upperWriter{&sb}, &SpySleeper{})
	fmt.Println(strings.ReplaceAll(sb.String(), "\n", " "))

	var w io.Writer = ops
	if _, ok := w.(Sleeper); ok {
		fmt.Println("ops is also a Sleeper")
	}
	if _, ok := w.(fmt.Stringer); !ok {
		fmt.Println("ops is not a Stringer")
	}
}
