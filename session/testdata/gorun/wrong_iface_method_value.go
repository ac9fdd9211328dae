package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

func main() {
	// A method value of an interface binds the dynamic value it holds now.
	var s fmt.Stringer = time.Second
	str := s.String
	s = time.Minute
	fmt.Println(str(), s.String())

	var err error = errors.New("first")
	msg := err.Error
	err = errors.New("second")
	fmt.Println(msg(), err)

	// One per element of a range, not the last element's each time.
	var fs []func() string
	for _, v := range []fmt.Stringer{time.Millisecond, time.Hour, 90 * time.Second} {
		fs = append(fs, v.String)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Setting the variable to nil afterwards does not matter either.
	var w io.Writer = &strings.Builder{}
	write := w.Write
	sb := w.(*strings.Builder)
	w = nil
	write([]byte("kept"))
	fmt.Println(sb.String(), w == nil)
}
