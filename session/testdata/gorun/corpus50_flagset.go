package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func run(args []string) error {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	name := fs.String("name", "world", "who to greet")
	count := fs.Int("n", 1, "repetitions")
	verbose := fs.Bool("v", false, "verbose")
	wait := fs.Duration("wait", time.Second, "wait time")
	var tags listFlag
	fs.Var(&tags, "tag", "tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse %v: %w", args, err)
	}
	fmt.Printf("name=%s n=%d v=%v wait=%v tags=%v rest=%v nflag=%d\n", *name, *count, *verbose, *wait, tags, fs.Args(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("  set: %s=%s\n", f.Name, f.Value) })
	return nil
}

func main() {
	cases := [][]string{
		{},
		{"-name", "gopher", "-n=3", "-v", "file1", "file2"},
		{"--tag", "a", "-tag=b", "-wait", "1m30s", "--", "-notaflag"},
		{"-n", "lots"},
		{"-unknown"},
		{"-h"},
	}
	for _, c := range cases {
		if err := run(c); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(flag.ErrHelp)
}
