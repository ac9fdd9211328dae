package main

import (
	"errors"
	"fmt"
	"io"
	"time"
)

type notFound struct{ name string }

func (e notFound) Error() string { return e.name + " not found" }

type timeout struct{ after int }

func (e *timeout) Error() string { return fmt.Sprint("timeout after ", e.after) }

type color int

func (c color) String() string { return [...]string{"red", "green"}[c] }

type celsius float64

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case time.Duration:
		return "duration " + x.String()
	case *timeout:
		return fmt.Sprint("a timeout of ", x.after)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case int, celsius:
		return fmt.Sprint("number ", x)
	default:
		return fmt.Sprintf("other %v", x)
	}
}

func kind(err error) string {
	switch err.(type) {
	case nil:
		return "no error"
	case notFound:
		return "not found"
	case fmt.Stringer, io.Reader:
		return "odd"
	}
	return "some error"
}

func main() {
	var nilErr error
	values := []any{nil, io.EOF, errors.New("boom"), notFound{"key"}, &timeout{3}, color(1),
		time.Second, 42, celsius(21.5), "text", nilErr, &notFound{"ptr"}}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	fmt.Println(kind(nil), kind(notFound{"a"}), kind(io.EOF), kind(&timeout{1}))
	var s fmt.Stringer = color(0)
	switch c := s.(type) {
	case error:
		fmt.Println("error?", c)
	case fmt.Stringer:
		fmt.Println("stringer", c.String())
	}
outer:
	for i := 0; i < 3; i++ {
		switch v := values[i+1].(type) {
		case error:
			if v == io.EOF {
				continue outer
			}
			fmt.Println("stop at", v)
			break outer
		}
	}
}
