package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func main() {
	fs := flag.NewFlagSet("greeter", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	name := fs.String("name", "World", "who to greet")
	count := fs.Int("n", 1, "how many times")
	loud := fs.Bool("loud", false, "shout")
	var wait time.Duration
	fs.DurationVar(&wait, "wait", time.Second, "delay")
	var tags listFlag
	fs.Var(&tags, "tag", "a tag (repeatable)")

	err := fs.Parse([]string{"-name", "Sammy", "-n=2", "--loud", "-tag", "x", "-tag", "y", "-wait", "1m30s", "extra", "args"})
	fmt.Println("parse error:", err)
	for i := 0; i < *count; i++ {
		msg := "Hello, " + *name
		if *loud {
			msg = strings.ToUpper(msg) + "!"
		}
		fmt.Println(msg)
	}
	fmt.Println("wait:", wait, "tags:", tags, "args:", fs.Args(), fs.NArg(), fs.NFlag())

	fs.Visit(func(f *flag.Flag) {
		fmt.Printf("set: %s=%s\n", f.Name, f.Value)
	})

	fs2 := flag.NewFlagSet("strict", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	level := fs2.Int("level", 0, "log level")
	err = fs2.Parse([]string{"-level", "notanumber"})
	fmt.Println("error:", err, *level)

	fs3 := flag.NewFlagSet("unknown", flag.ContinueOnError)
	fs3.SetOutput(os.Stdout)
	err = fs3.Parse([]string{"-bogus"})
	fmt.Println("error:", err)

	fs4 := flag.NewFlagSet("stop", flag.ContinueOnError)
	v := fs4.Bool("v", false, "verbose")
	fs4.Parse([]string{"-v", "--", "-notaflag"})
	fmt.Println(*v, fs4.Args())
	fmt.Println(fs.Lookup("name").DefValue, fs.Lookup("name").Usage)
	fs.PrintDefaults()
}
