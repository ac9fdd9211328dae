package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Reading is what a parsed token is; each kind has its own type.
type Reading interface {
	Kind() string
}

type Celsius float64
type Fahrenheit float64
type Count int
type Flag bool

func (Celsius) Kind() string    { return "temperature" }
func (Fahrenheit) Kind() string { return "temperature" }
func (Count) Kind() string      { return "count" }
func (Flag) Kind() string       { return "flag" }

func (c Celsius) String() string    { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }
func (f Fahrenheit) String() string { return strconv.FormatFloat(float64(f), 'f', 1, 64) + "°F" }

type parseErr struct{ in string }

func (p *parseErr) Error() string { return "cannot parse " + strconv.Quote(p.in) }

func parse(s string) (Reading, error) {
	switch {
	case strings.HasSuffix(s, "C"):
		v, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
		return Celsius(v), err
	case strings.HasSuffix(s, "F"):
		v, err := strconv.ParseFloat(strings.TrimSuffix(s, "F"), 64)
		return Fahrenheit(v), err
	case s == "true" || s == "false":
		return Flag(s == "true"), nil
	}
	if n, err := strconv.Atoi(s); err == nil {
		return Count(n), nil
	}
	return nil, &parseErr{s}
}

func isTrue(s string) any { return s == "true" }

func main() {
	inputs := []string{"21.5C", "70F", "42", "true", "x?", "1e3C"}
	var readings []Reading
	for _, in := range inputs {
		r, err := parse(in)
		if err != nil {
			var pe *parseErr
			fmt.Println("error:", err, errors.As(err, &pe), pe.in)
			readings = append(readings, nil)
			continue
		}
		readings = append(readings, r)
	}

	// Type switches at the top level of main.
	celsiusSum := Celsius(0)
	for i, r := range readings {
		switch x := r.(type) {
		case Celsius:
			celsiusSum += x
			fmt.Println(i, "celsius", x, float64(x)*9/5+32)
		case Fahrenheit:
			fmt.Println(i, "fahrenheit", x, Celsius((x-32)*5/9))
		case Count, Flag:
			fmt.Printf("%d %s %T %v\n", i, x.Kind(), x, x)
		case nil:
			fmt.Println(i, "nothing parsed")
		}
	}
	fmt.Println("sum:", celsiusSum)

	var t Reading = Celsius(10)
	if c, ok := t.(Celsius); ok {
		fmt.Println("assert ok", c+1)
	}
	f, ok := t.(Fahrenheit)
	fmt.Println(f, ok)
	fmt.Println(t.Kind(), isTrue("true"), isTrue("no"))

	// A switch with no binding, and an assignment of the asserted value.
	var w io.Writer = os.Stdout
	switch w.(type) {
	case *os.File:
		fmt.Println("writer is a file")
	case io.ReadWriter:
		fmt.Println("unreachable")
	}
	var sb strings.Builder
	w = &sb
	if _, ok := w.(io.StringWriter); ok {
		fmt.Fprint(w, "builder ")
	}
	if _, ok := w.(io.Reader); !ok {
		fmt.Fprint(w, "is not a reader")
	}
	fmt.Println(sb.String())

	// Panicking assertions, recovered.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T\n", r)
			fmt.Println(r)
		}()
		var r Reading = Celsius(3)
		_ = r.(Fahrenheit)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var a any
		_ = a.(fmt.Stringer)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var a any = "five"
		_ = a.(fmt.Stringer)
	}()
}
