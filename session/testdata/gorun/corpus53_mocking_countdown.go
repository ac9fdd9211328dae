package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
)

const finalWord = "Go!"
const countdownStart = 3

type Sleeper interface {
	Sleep()
}

type SpySleeper struct {
	Calls int
}

func (s *SpySleeper) Sleep() { s.Calls++ }

const (
	write = "write"
	sleep = "sleep"
)

type SpyCountdownOperations struct {
	Calls []string
}

func (s *SpyCountdownOperations) Sleep() { s.Calls = append(s.Calls, sleep) }

func (s *SpyCountdownOperations) Write(p []byte) (n int, err error) {
	s.Calls = append(s.Calls, write)
	return len(p), nil
}

func Countdown(out io.Writer, sleeper Sleeper) {
	for i := countdownStart; i > 0; i-- {
		fmt.Fprintln(out, i)
		sleeper.Sleep()
	}
	fmt.Fprint(out, finalWord)
}

func main() {
	buffer := &bytes.Buffer{}
	spySleeper := &SpySleeper{}
	Countdown(buffer, spySleeper)
	fmt.Printf("output %q\n", buffer.String())
	fmt.Println("sleeps:", spySleeper.Calls)

	spyOps := &SpyCountdownOperations{}
	Countdown(spyOps, spyOps)
	want := []string{write, sleep, write, sleep, write, sleep, write}
	if !reflect.DeepEqual(want, spyOps.Calls) {
		fmt.Printf("wanted calls %v got %v\n", want, spyOps.Calls)
	} else {
		fmt.Println("order ok:", spyOps.Calls)
	}
}
