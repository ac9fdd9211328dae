package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	word := fs.String("word", "foo", "a string")
	numb := fs.Int("numb", 42, "an int")
	fork := fs.Bool("fork", false, "a bool")
	var svar string
	fs.StringVar(&svar, "svar", "bar", "a string var")
	wait := fs.Duration("wait", time.Second, "how long")
	err := fs.Parse([]string{"-word=opt", "-numb", "7", "-fork", "-wait=1m30s", "a1", "a2"})
	fmt.Println(err)
	fmt.Println("word:", *word)
	fmt.Println("numb:", *numb)
	fmt.Println("fork:", *fork)
	fmt.Println("svar:", svar)
	fmt.Println("wait:", *wait)
	fmt.Println("tail:", fs.Args(), fs.NArg())

	fs2 := flag.NewFlagSet("strict", flag.ContinueOnError)
	fs2.SetOutput(new(strings.Builder))
	fs2.Int("n", 0, "n")
	err = fs2.Parse([]string{"-n", "notanumber"})
	fmt.Println(err)

	os.Setenv("CORPUS2_FOO", "1")
	fmt.Println("FOO:", os.Getenv("CORPUS2_FOO"))
	fmt.Println("BAR:", os.Getenv("CORPUS2_BAR"))
	if v, ok := os.LookupEnv("CORPUS2_BAR"); !ok {
		fmt.Println("BAR unset", v == "")
	}
	os.Unsetenv("CORPUS2_FOO")
	_, ok := os.LookupEnv("CORPUS2_FOO")
	fmt.Println("FOO set after unset:", ok)
	fmt.Println(os.ExpandEnv("home=${CORPUS2_NONE}x"))
	count := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "CORPUS2_") {
			count++
		}
	}
	fmt.Println("count:", count)
}
