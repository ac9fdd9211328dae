package main

import (
	"bytes"
	"flag"
	"fmt"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func run(args []string) {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	var out bytes.Buffer
	fs.SetOutput(&out)

	dest := fs.String("dest", "/tmp/backup", "destination directory")
	keep := fs.Int("keep", 7, "number of backups to keep")
	dry := fs.Bool("dry-run", false, "only print what would happen")
	every := fs.Duration("every", time.Hour, "interval between backups")
	var excludes listFlag
	fs.Var(&excludes, "exclude", "pattern to exclude (repeatable)")

	if err := fs.Parse(args); err != nil {
		fmt.Println("parse error:", err)
		fmt.Print(strings.SplitN(out.String(), "\n", 2)[0], "\n")
		return
	}
	fmt.Printf("dest=%s keep=%d dry=%v every=%v exclude=%v rest=%q nflag=%d\n",
		*dest, *keep, *dry, *every, excludes, fs.Args(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) {
		fmt.Printf("  set: -%s=%s\n", f.Name, f.Value)
	})
}

func main() {
	run([]string{})
	run([]string{"-dest", "/mnt/usb", "-keep=3", "-dry-run", "src", "docs"})
	run([]string{"--every", "30m", "-exclude", "*.tmp", "-exclude", "node_modules", "--", "-notaflag"})
	run([]string{"-keep", "many"})
	run([]string{"-unknown"})

	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.String("name", "world", "who to greet")
	var buf bytes.Buffer
	fs.SetOutput(&buf)
	fs.PrintDefaults()
	fmt.Print(buf.String())
	f := fs.Lookup("name")
	fmt.Println(f.Name, f.DefValue, f.Usage)
}
