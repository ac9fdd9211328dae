package main

import (
	"flag"
	"fmt"
	"io"
	"net/netip"
	"strings"
)

type Mode uint8

const (
	ModeFast Mode = iota + 1
	ModeSafe
)

func (m Mode) MarshalText() ([]byte, error) {
	switch m {
	case ModeFast:
		return []byte("fast"), nil
	case ModeSafe:
		return []byte("safe"), nil
	}
	return nil, fmt.Errorf("bad mode %d", m)
}

func (m *Mode) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "fast":
		*m = ModeFast
	case "safe":
		*m = ModeSafe
	default:
		return fmt.Errorf("mode must be fast or safe, not %q", b)
	}
	return nil
}

type List []string

func (l *List) String() string     { return strings.Join(*l, ",") }
func (l *List) Set(s string) error { *l = append(*l, s); return nil }

func parse(args []string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var mode Mode
	var addr netip.Addr
	var tags List
	fs.TextVar(&mode, "mode", ModeSafe, "run mode")
	fs.TextVar(&addr, "addr", netip.MustParseAddr("127.0.0.1"), "listen address")
	fs.Var(&tags, "tag", "tag (repeatable)")
	n := fs.Int("n", 1, "count")
	err := fs.Parse(args)
	if err != nil {
		fmt.Printf("%q -> error: %v\n", args, err)
		return
	}
	fmt.Printf("%q -> mode=%v addr=%v tags=%v n=%d rest=%q\n", args, mode, addr, tags, *n, fs.Args())
}

func main() {
	parse(nil)
	parse([]string{"-mode", "FAST", "-addr", "::1", "-tag", "a", "-tag", "b", "-n=3", "file.txt"})
	parse([]string{"-mode=turbo"})
	parse([]string{"-addr", "300.1.1.1"})
	parse([]string{"-n", "x"})
	parse([]string{"-unknown"})
	b, err := ModeFast.MarshalText()
	fmt.Println(string(b), err)
	_, err = Mode(0).MarshalText()
	fmt.Println(err)
}
