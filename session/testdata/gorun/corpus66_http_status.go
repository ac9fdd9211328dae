package main

import (
	"errors"
	"fmt"
	"net/http"
)

type HTTPError struct {
	Code    int
	Message string
	Err     error
}

func (e *HTTPError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%d %s: %s: %v", e.Code, http.StatusText(e.Code), e.Message, e.Err)
	}
	return fmt.Sprintf("%d %s: %s", e.Code, http.StatusText(e.Code), e.Message)
}

func (e *HTTPError) Unwrap() error { return e.Err }

var ErrDB = errors.New("db: connection refused")

func handler(path string) error {
	switch path {
	case "/":
		return nil
	case "/admin":
		return &HTTPError{Code: http.StatusForbidden, Message: "admins only"}
	case "/users":
		return &HTTPError{http.StatusInternalServerError, "listing users", ErrDB}
	default:
		return &HTTPError{Code: http.StatusNotFound, Message: path}
	}
}

func statusOf(err error) int {
	var he *HTTPError
	if errors.As(err, &he) {
		return he.Code
	}
	if err != nil {
		return 500
	}
	return 200
}

func main() {
	for _, p := range []string{"/", "/admin", "/users", "/nope"} {
		err := handler(p)
		fmt.Printf("%-7s %d", p, statusOf(err))
		if err != nil {
			fmt.Printf(" %v", err)
		}
		fmt.Println()
		if errors.Is(err, ErrDB) {
			fmt.Println("  (database problem)")
		}
	}
	wrapped := fmt.Errorf("middleware: %w", handler("/admin"))
	fmt.Println(statusOf(wrapped), statusOf(errors.New("plain")))
}
