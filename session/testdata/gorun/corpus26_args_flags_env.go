package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	argsWithoutProg := os.Args[1:]
	fmt.Println(len(argsWithoutProg))
	fmt.Println(len(os.Args) >= 1)

	wordPtr := flag.String("word", "foo", "a string")
	numbPtr := flag.Int("numb", 42, "an int")
	forkPtr := flag.Bool("fork", false, "a bool")
	var svar string
	flag.StringVar(&svar, "svar", "bar", "a string var")
	dur := flag.Duration("wait", 0, "a duration")
	flag.Parse()
	fmt.Println("word:", *wordPtr)
	fmt.Println("numb:", *numbPtr)
	fmt.Println("fork:", *forkPtr)
	fmt.Println("svar:", svar)
	fmt.Println("wait:", *dur)
	fmt.Println("tail:", flag.Args(), flag.NArg())
	f := flag.Lookup("numb")
	fmt.Println(f.Name, f.DefValue, f.Usage)

	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	level := fs.Int("level", 1, "level")
	name := fs.String("name", "", "name")
	err := fs.Parse([]string{"-level=3", "--name", "x", "rest", "more"})
	fmt.Println(*level, *name, fs.Args(), err)

	os.Setenv("CORPUS26_FOO", "1")
	fmt.Println("FOO:", os.Getenv("CORPUS26_FOO"))
	fmt.Println("BAR:", os.Getenv("CORPUS26_BAR"))
	v, ok := os.LookupEnv("CORPUS26_BAR")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("CORPUS26_FOO")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "CORPUS26_FOO" {
			found = true
		}
	}
	fmt.Println("in environ:", found)
	os.Unsetenv("CORPUS26_FOO")
	_, ok = os.LookupEnv("CORPUS26_FOO")
	fmt.Println(ok)
}
