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
	Line  int
	Err   error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query %q line %d: %v", e.Query, e.Line, e.Err)
}

func (e *QueryError) Unwrap() error { return e.Err }

type TimeoutError struct{ Seconds int }

func (t TimeoutError) Error() string   { return "timeout after " + strconv.Itoa(t.Seconds) + "s" }
func (t TimeoutError) Timeout() bool   { return true }
func (t TimeoutError) Is(e error) bool { return e == ErrDeadline }

var ErrDeadline = errors.New("deadline")

func lookup(q string) error {
	switch q {
	case "users":
		return nil
	case "ghosts":
		return &QueryError{Query: q, Line: 3, Err: ErrNotFound}
	case "slow":
		return fmt.Errorf("lookup %s: %w", q, TimeoutError{30})
	case "both":
		return errors.Join(ErrPermission, &QueryError{q, 9, ErrNotFound})
	}
	return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &QueryError{q, 1, ErrPermission}))
}

func main() {
	for _, q := range []string{"users", "ghosts", "slow", "admin", "both"} {
		err := lookup(q)
		fmt.Printf("%s: %v\n", q, err)
		if err == nil {
			continue
		}
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound))
		fmt.Println("  is Permission:", errors.Is(err, ErrPermission))
		fmt.Println("  is Deadline:", errors.Is(err, ErrDeadline))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  QueryError query:", qe.Query, "line:", qe.Line)
		}
		var te interface{ Timeout() bool }
		if errors.As(err, &te) {
			fmt.Println("  timeout?", te.Timeout())
		}
		var tv TimeoutError
		if errors.As(err, &tv) {
			fmt.Println("  seconds:", tv.Seconds)
		}
		fmt.Printf("  unwrap once: %v\n", errors.Unwrap(err))
	}

	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))

	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	fmt.Printf("%T %T\n", err, errors.Unwrap(err))
}
