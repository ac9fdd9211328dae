package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

type notFound struct{ name string }

func (e notFound) Error() string { return e.name + " not found" }

type timeout struct{ after int }

func (e *timeout) Error() string { return fmt.Sprint("timeout after ", e.after) }

func find(name string) error {
	switch name {
	case "eof":
		return io.EOF
	case "slow":
		return &timeout{3}
	case "missing":
		return notFound{name}
	case "num":
		_, err := strconv.Atoi("x")
		return err
	case "file":
		_, err := os.Open("/does/not/exist")
		return err
	}
	return nil
}

func explain(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *os.PathError:
		return "path " + e.Path
	case fmt.Stringer:
		return "stringer " + e.String()
	case error:
		return "error: " + e.Error()
	}
	return "unreachable"
}

func main() {
	for _, name := range []string{"eof", "slow", "missing", "num", "file", "fine"} {
		fmt.Println(name, "->", explain(find(name)))
	}
	var v any = time.Second
	switch x := v.(type) {
	case error:
		fmt.Println("error", x)
	case fmt.Stringer:
		fmt.Println("stringer", x.String())
	}
	var e any = notFound{"k"}
	switch x := e.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", x)
	case error:
		fmt.Println("error", x.Error())
	}
	for _, err := range []error{errors.New("a"), io.EOF} {
		switch err.(type) {
		case error:
			if err == io.EOF {
				fmt.Println("eof")
				break
			}
			fmt.Println("plain", err)
		}
	}
}
