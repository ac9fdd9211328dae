package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `# app config
name = demo app
port = 8080
debug = true

[database]
host = db.local
port = 5432
timeout = 2.5
bad line here
[cache]
size=128
`

type ParseError struct {
	Line int
	Text string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text)
}

type Config map[string]map[string]string

func parse(s string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(s))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]")
			cfg[section] = map[string]string{}
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ParseError{lineNo, line})
			continue
		}
		cfg[section][strings.TrimSpace(key)] = strings.TrimSpace(value)
	}
	return cfg, errs
}

func (c Config) Int(section, key string) (int, error) {
	v, ok := c[section][key]
	if !ok {
		return 0, fmt.Errorf("%s.%s: missing", section, key)
	}
	return strconv.Atoi(v)
}

func main() {
	cfg, errs := parse(input)
	for _, err := range errs {
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("parse error at line", pe.Line, "-", err)
		}
	}
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		keys := make([]string, 0)
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}
	port, err := cfg.Int("database", "port")
	fmt.Println(port, err)
	_, err = cfg.Int("database", "host")
	fmt.Println(err)
	_, err = cfg.Int("cache", "ttl")
	fmt.Println(err)
	debug, _ := strconv.ParseBool(cfg[""]["debug"])
	timeout, _ := strconv.ParseFloat(cfg["database"]["timeout"], 64)
	fmt.Println(debug, timeout*2)
}
