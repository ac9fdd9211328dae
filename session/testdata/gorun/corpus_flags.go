package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// A command-line tool's flags, run with no arguments, then a subcommand
// parsed from a fixed argument list.
func main() {
	word := flag.String("word", "foo", "a string")
	numb := flag.Int("numb", 42, "an int")
	fork := flag.Bool("fork", false, "a bool")
	var svar string
	flag.StringVar(&svar, "svar", "bar", "a string var")
	flag.Parse()
	fmt.Println("word:", *word, "numb:", *numb, "fork:", *fork, "svar:", svar)
	fmt.Println("tail:", flag.Args(), "args:", len(os.Args)-1, "parsed:", flag.Parsed(), "set:", flag.NFlag())

	flag.VisitAll(func(f *flag.Flag) { fmt.Printf("  -%s (default %q): %s\n", f.Name, f.DefValue, f.Usage) })

	add := flag.NewFlagSet("add", flag.ContinueOnError)
	add.SetOutput(os.Stdout)
	name := add.String("name", "", "what to add")
	count := add.Int("count", 1, "how many")
	if err := add.Parse(strings.Fields("-name apples -count 3 extra words")); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("add", *count, *name, "rest:", add.Args())
	err := add.Parse([]string{"-colour", "red"})
	fmt.Println("error:", err)
}
