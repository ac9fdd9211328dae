package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*l = append(*l, v)
	return nil
}

func run(args []string) {
	fs := flag.NewFlagSet("greeter", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	name := fs.String("name", "World", "who to greet")
	count := fs.Int("count", 1, "how many times")
	loud := fs.Bool("loud", false, "shout")
	var timeout time.Duration
	fs.DurationVar(&timeout, "timeout", 5*time.Second, "how long to wait")
	var tags listFlag
	fs.Var(&tags, "tag", "repeatable tag")

	if err := fs.Parse(args); err != nil {
		fmt.Println("parse error:", err)
		return
	}
	greeting := "Hello, " + *name
	if *loud {
		greeting = strings.ToUpper(greeting) + "!"
	}
	for i := 0; i < *count; i++ {
		fmt.Println(greeting)
	}
	fmt.Println("timeout:", timeout, "tags:", tags.String(), "rest:", fs.Args(), fs.NArg())
	fs.Visit(func(f *flag.Flag) { fmt.Print("set:", f.Name, "=", f.Value, " ") })
	fmt.Println()
}

func main() {
	run([]string{})
	run([]string{"-name", "Sammy", "-count=2", "--loud"})
	run([]string{"-tag", "a", "-tag=b", "-timeout", "1m30s", "file1", "file2"})
	run([]string{"-count", "many"})
	run([]string{"-unknown"})
	run([]string{"-tag="})
	run([]string{"--", "-name", "x"})
}
