package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
	Msg  string
}

func (e StatusError) Error() string { return fmt.Sprintf("status %d: %s", e.Code, e.Msg) }

// Is lets errors.Is match on the code alone.
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && t.Code == e.Code
}

var ErrNotFound = StatusError{Code: 404}

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

func fetch(path string) error {
	switch path {
	case "/missing":
		return fmt.Errorf("fetch %s: %w", path, StatusError{404, "no such page"})
	case "/flaky":
		return fmt.Errorf("fetch %s: %w", path, &netErr{"connection reset"})
	}
	return nil
}

func main() {
	for _, p := range []string{"/", "/missing", "/flaky"} {
		err := fetch(p)
		fmt.Printf("%-9s err=%v\n", p, err)
		fmt.Println("  not found:", errors.Is(err, ErrNotFound))
		var t temporary
		fmt.Println("  temporary:", errors.As(err, &t) && t.Temporary())
		var se StatusError
		if errors.As(err, &se) {
			fmt.Println("  code:", se.Code, "msg:", se.Msg)
		}
	}
}
