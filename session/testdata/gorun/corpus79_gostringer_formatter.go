package main

import (
	"errors"
	"fmt"
	"strings"
)

type Secret string

// GoString controls %#v.
func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Matrix [2][2]int

// Format implements fmt.Formatter: %v prints rows, %+v labels them,
// %d is passed through to the elements, anything else is flagged.
func (m Matrix) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		for i, row := range m {
			if i > 0 {
				fmt.Fprint(f, "; ")
			}
			if f.Flag('+') {
				fmt.Fprintf(f, "r%d=", i)
			}
			fmt.Fprint(f, row[0], " ", row[1])
		}
	case 'd':
		w, ok := f.Width()
		if !ok {
			w = 1
		}
		for _, row := range m {
			for _, x := range row {
				fmt.Fprintf(f, "%*d", w, x)
			}
		}
	default:
		fmt.Fprintf(f, "%%!%c(Matrix)", verb)
	}
}

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string { return "not found: " + e.Key }

// Both Error and String: Error wins for %v.
type Status struct{ code int }

func (s Status) Error() string  { return fmt.Sprintf("status %d", s.code) }
func (s Status) String() string { return "STRING" }

type Config struct {
	User string
	Pass Secret
	M    Matrix
}

func main() {
	s := Secret("hunter2")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	fmt.Println(s, []Secret{"a", "b"})
	fmt.Printf("%#v\n", []Secret{"a"})
	fmt.Printf("%#v\n", map[string]Secret{"k": "v"})

	m := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("[%3d]\n", m)
	fmt.Printf("%s\n", m)
	fmt.Println(m)
	fmt.Println([]Matrix{m, {}})

	cfg := Config{"root", "pw", m}
	fmt.Printf("%v\n", cfg)
	fmt.Printf("%+v\n", cfg)
	fmt.Printf("%#v\n", cfg)

	var err error = &NotFound{"user:42"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped)
	var nf *NotFound
	fmt.Println(errors.As(wrapped, &nf), nf.Key)

	st := Status{404}
	fmt.Println(st)
	fmt.Printf("%v %s %d\n", st, st, st)
	fmt.Println(strings.ToUpper(fmt.Sprint(st)), fmt.Sprint([]Status{{1}, {2}}))
	fmt.Printf("%v\n", []error{err, st, nil})
}
