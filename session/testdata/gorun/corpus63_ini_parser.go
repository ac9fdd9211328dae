package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Config map[string]map[string]string

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func Parse(src string) (Config, error) {
	cfg := Config{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, &ParseError{ln, "unterminated section header"}
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return nil, &ParseError{ln, fmt.Sprintf("expected key = value, got %q", line)}
		}
		val = strings.TrimSpace(val)
		if uq, err := strconv.Unquote(val); err == nil {
			val = uq
		}
		cfg[section][strings.ToLower(strings.TrimSpace(key))] = val
	}
	return cfg, sc.Err()
}

func (c Config) Int(section, key string, def int) int {
	if v, ok := c[section][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func main() {
	src := `
; global settings
name = demo app

[server]
Host = 0.0.0.0
port = 8080
banner = "Welcome\tfriend"

[database]
# comment
url = postgres://localhost/db
pool = many

[server]
timeout = 30
`
	cfg, err := Parse(src)
	if err != nil {
		fmt.Println(err)
		return
	}
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s]\n", s)
		keys := make([]string, 0)
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("database", "pool", 5), cfg.Int("x", "y", -1))

	for _, bad := range []string{"[broken\nx=1", "a=1\njust words"} {
		_, err := Parse(bad)
		var pe *ParseError
		if e, ok := err.(*ParseError); ok {
			pe = e
		}
		fmt.Println("error:", err, "line:", pe.Line)
	}
}
