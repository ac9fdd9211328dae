package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr interface{ Temporary() bool }

type netErr struct{ temp bool }

func (n *netErr) Error() string   { return "net error, temporary=" + strconv.FormatBool(n.temp) }
func (n *netErr) Temporary() bool { return n.temp }

func find(q string) error {
	switch q {
	case "missing":
		return &QueryError{q, ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup failed: %w", &QueryError{q, ErrPermission})
	case "flaky":
		return fmt.Errorf("retry: %w", &netErr{true})
	}
	return nil
}

func main() {
	for _, q := range []string{"ok", "missing", "secret", "flaky"} {
		err := find(q)
		fmt.Printf("%-8s %v\n", q, err)
		if err == nil {
			continue
		}
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query error for", qe.Query, "| not found:", errors.Is(err, ErrNotFound), "| perm:", errors.Is(err, ErrPermission))
		}
		var te TempErr
		if errors.As(err, &te) {
			fmt.Println("  temporary:", te.Temporary())
		}
		fmt.Println("  unwrapped:", errors.Unwrap(err))
	}
	_, err := os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path)
	}
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T\n", e)
	}
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Unwrap(fmt.Errorf("no wrap: %v", ErrNotFound)) == nil)
}
