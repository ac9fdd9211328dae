package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type config struct{ args []string }

func first(args []string) string { return args[0] }

func snapshot() []string { return os.Args }

func main() {
	saved := os.Args
	os.Args = []string{"tool", "-n", "3", "input.txt"}

	a := os.Args
	var b = os.Args
	c := config{args: os.Args}
	ch := make(chan []string, 1)
	ch <- os.Args
	m := map[string][]string{}
	m["args"] = os.Args
	fmt.Println(a, b, c.args, <-ch, m["args"], snapshot())
	fmt.Println(first(os.Args), strings.Join(os.Args, " "), [][]string{os.Args})
	func(xs []string) { fmt.Println(len(xs)) }(os.Args)

	fs := flag.NewFlagSet(os.Args[0], flag.ContinueOnError)
	n := fs.Int("n", 1, "count")
	if err := fs.Parse(os.Args[1:]); err != nil {
		fmt.Println(err)
	}
	fmt.Println(fs.Name(), *n, fs.Args())

	flag.CommandLine = flag.NewFlagSet("replaced", flag.ContinueOnError)
	set := flag.CommandLine
	fmt.Println(set.Name(), set == flag.CommandLine)

	os.Args = saved
	fmt.Println(len(os.Args) == len(saved), snapshot()[0] == saved[0])
}
