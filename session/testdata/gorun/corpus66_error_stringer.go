package main

import (
	"fmt"
	"strconv"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"LOW", "HIGH"}[l] }

type AppError struct {
	Op    string
	Level Level
	Code  int
	Err   error
}

func (e *AppError) Error() string {
	return e.Op + " [" + e.Level.String() + "] code=" + strconv.Itoa(e.Code) + ": " + e.Err.Error()
}

func (e *AppError) Unwrap() error { return e.Err }

func do(i int) error {
	if i%2 == 1 {
		_, err := strconv.Atoi("x" + strconv.Itoa(i))
		return &AppError{Op: "parse", Level: Level(i % 2), Code: 400 + i, Err: err}
	}
	return nil
}

func main() {
	var errs []error
	for i := 0; i < 4; i++ {
		if err := do(i); err != nil {
			errs = append(errs, err)
		}
	}
	for _, e := range errs {
		fmt.Println(e)
		fmt.Printf("%v|%s|%q\n", e, e, e)
		ae := e.(*AppError)
		fmt.Printf("%v %d %s\n", ae.Level, ae.Level, ae.Level)
		fmt.Printf("%+v\n", *ae)
	}
	fmt.Println(len(errs), errs)
}
