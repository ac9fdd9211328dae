package main

import (
	"errors"
	"fmt"
	"os"
)

type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return fmt.Sprintf("exit %d: %v", e.Code, e.Err) }
func (e *ExitError) Unwrap() error { return e.Err }

var ErrConfig = errors.New("config invalid")

type Command struct {
	Name string
	Run  func(args []string) error
}

func run(cmds map[string]Command, args []string) error {
	if len(args) == 0 {
		return &ExitError{2, errors.New("no command")}
	}
	c, ok := cmds[args[0]]
	if !ok {
		return &ExitError{127, fmt.Errorf("unknown command %q", args[0])}
	}
	if err := c.Run(args[1:]); err != nil {
		return fmt.Errorf("%s: %w", c.Name, err)
	}
	return nil
}

func main() {
	defer fmt.Println("deferred: must not print after os.Exit")
	cmds := map[string]Command{
		"greet": {"greet", func(a []string) error {
			for _, n := range a {
				fmt.Println("hello", n)
			}
			return nil
		}},
		"check": {"check", func(a []string) error {
			return &ExitError{3, ErrConfig}
		}},
	}
	code := 0
	for _, args := range [][]string{{"greet", "ann", "bo"}, {"nope"}, {}, {"check"}} {
		err := run(cmds, args)
		if err == nil {
			fmt.Println("ok")
			continue
		}
		var ee *ExitError
		if errors.As(err, &ee) {
			code = ee.Code
		}
		fmt.Printf("error: %v (code %d, config=%t)\n", err, code, errors.Is(err, ErrConfig))
	}
	fmt.Fprintln(os.Stderr, "exiting with", code)
	os.Exit(code)
}
