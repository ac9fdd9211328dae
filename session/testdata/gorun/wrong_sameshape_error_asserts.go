package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Assertions to the library's interfaces (error, fmt.Stringer, io.Reader)
// on values of the program's types, nil values and library values,
// inside functions, in both forms.

type notFound struct{ key string }

func (e *notFound) Error() string { return "not found: " + e.key }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type plain struct{ n int }

func describe(v any) string {
	if err, ok := v.(error); ok {
		return "error: " + err.Error()
	}
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer: " + s.String()
	}
	return fmt.Sprint("value: ", v)
}

func mustError(v any) error { return v.(error) }

func try(what string, f func()) {
	defer func() { fmt.Println(what+":", recover()) }()
	f()
}

func main() {
	for _, v := range []any{&notFound{"k"}, celsius(21.5), plain{3}, errors.New("lib"), nil, 7} {
		fmt.Println(describe(v))
	}
	var v any = &notFound{"x"}
	err, ok := v.(error)
	fmt.Println(err, ok)
	var none any
	_, ok = none.(error)
	fmt.Println("nil is an error:", ok)
	var r io.Reader = strings.NewReader("abc")
	_, ok = r.(io.Writer)
	fmt.Println("reader is a writer:", ok)
	wt, ok := r.(io.WriterTo)
	fmt.Println("reader is a writer to:", wt != nil, ok)
	try("error", func() { fmt.Println(mustError(&notFound{"y"})) })
	try("plain", func() { fmt.Println(mustError(plain{1})) })
	try("nil", func() { fmt.Println(mustError(nil)) })
	try("int", func() { fmt.Println(mustError(4)) })
}
