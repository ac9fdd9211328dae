// Values of cell types printed by a *log.Logger's methods, and spread
// from a []any into fmt's and a logger's variadic parameter: the
// interpreter handed them over by its own reflect types and boxes
// (a String method lost, a box printed by its fields).
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type Point struct{ x, y int }

type Job struct {
	Name string
	*log.Logger
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "missing " + e.Key }

func logf(format string, args ...any) {
	fmt.Printf("[app] "+format+"\n", args...)
}

func main() {
	logger := log.New(os.Stdout, "svc: ", 0)
	logger.Println(Level(1), Point{1, 2})
	logger.Printf("%v %+v %T %d", Level(2), Point{3, 4}, Point{}, Level(2))
	logger.Print(Level(0))
	job := Job{"build", log.New(os.Stdout, "job: ", 0)}
	job.Println(Level(1), job.Name)
	job.Logger.Printf("%v %T", Level(0), Level(0))

	items := []any{Level(1), Point{5, 6}, &Point{7, 8}, nil, 42, "text", errors.New("plain")}
	fmt.Println(items...)
	fmt.Printf("%v|%+v|%T|%v|%d|%q|%v\n", items...)
	logf("level=%v at=%+v", Level(0), Point{9, 9})
	logger.Println(items[:2]...)
	fmt.Print(fmt.Sprintln([]any{Level(2), Point{}}...))
	err := fmt.Errorf("lookup %s: %w", []any{"k", &NotFound{"k"}}...)
	var nf *NotFound
	fmt.Println(err, errors.As(err, &nf))
	var none []any
	fmt.Println(none...)
}
