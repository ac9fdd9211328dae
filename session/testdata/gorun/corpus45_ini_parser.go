package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const config = `; global settings
name = demo app
debug = true

[server]
host = 0.0.0.0
port = 8080
timeout = 30s   # inline comment

[database]
user = admin
port = 5432
bad line here
[empty]
`

type Config map[string]map[string]string

type ParseError struct {
	Line int
	Text string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

func parseINI(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "" || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
		default:
			key, value, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, ParseError{lineNo, line})
				continue
			}
			cfg[section][strings.TrimSpace(key)] = strings.TrimSpace(value)
		}
	}
	return cfg, errs
}

func (c Config) Int(section, key string) (int, error) {
	v, ok := c[section][key]
	if !ok {
		return 0, fmt.Errorf("%s.%s not set", section, key)
	}
	return strconv.Atoi(v)
}

func main() {
	cfg, errs := parseINI(config)
	for _, e := range errs {
		fmt.Println("warning:", e)
		var pe ParseError
		pe, ok := e.(ParseError)
		fmt.Println("  is ParseError:", ok, pe.Line)
	}
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] (%d keys)\n", s, len(cfg[s]))
		keys := make([]string, 0)
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}
	port, err := cfg.Int("server", "port")
	fmt.Println(port+1, err)
	_, err = cfg.Int("server", "host")
	fmt.Println(err)
	_, err = cfg.Int("missing", "x")
	fmt.Println(err)
	debug, _ := strconv.ParseBool(cfg[""]["debug"])
	fmt.Println("debug:", debug)
}
