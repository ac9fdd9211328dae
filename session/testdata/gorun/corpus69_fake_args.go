package main

import (
	"fmt"
	"os"
	"strings"
)

type command struct {
	name    string
	args    []string
	verbose bool
}

func parseArgs(argv []string) (command, error) {
	var c command
	if len(argv) < 2 {
		return c, fmt.Errorf("usage: %s <command> [args...]", argv[0])
	}
	rest := argv[1:]
	for len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
		switch rest[0] {
		case "-v", "--verbose":
			c.verbose = true
		case "--":
			rest = rest[1:]
			goto done
		default:
			return c, fmt.Errorf("unknown flag %q", rest[0])
		}
		rest = rest[1:]
	}
done:
	if len(rest) == 0 {
		return c, fmt.Errorf("missing command")
	}
	c.name, c.args = rest[0], rest[1:]
	return c, nil
}

func main() {
	fmt.Println("real args present:", len(os.Args) >= 1)
	fakes := [][]string{
		{"todo"},
		{"todo", "add", "buy milk"},
		{"todo", "-v", "list"},
		{"todo", "--verbose", "--", "-weird", "x"},
		{"todo", "-x", "list"},
		{"todo", "-v"},
	}
	for _, argv := range fakes {
		saved := os.Args
		os.Args = argv
		cmd, err := parseArgs(os.Args)
		os.Args = saved
		if err != nil {
			fmt.Printf("%-40q error: %v\n", argv, err)
			continue
		}
		fmt.Printf("%-40q cmd=%s args=%q verbose=%v\n", argv, cmd.name, cmd.args, cmd.verbose)
	}
}
