package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
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

func Load(path string) (Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cfg := Config{"": {}}
	section := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, &ParseError{n, "unclosed section"}
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, &ParseError{n, fmt.Sprintf("expected key=value, got %q", line)}
			}
			cfg[section][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
		}
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
	dir, _ := os.MkdirTemp("", "ini")
	defer os.RemoveAll(dir)
	good := filepath.Join(dir, "app.ini")
	os.WriteFile(good, []byte(`; global
name = "demo app"
debug = true

[server]
host = 0.0.0.0
port = 8080

[database]
user = admin
pool = lots
`), 0o644)
	bad := filepath.Join(dir, "bad.ini")
	os.WriteFile(bad, []byte("[ok]\na = 1\njust words\n"), 0o644)

	cfg, err := Load(good)
	if err != nil {
		fmt.Println("error:", err)
		return
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
	fmt.Println("port:", cfg.Int("server", "port", 80), "pool:", cfg.Int("database", "pool", 10))

	_, err = Load(bad)
	fmt.Println("bad:", err)
	if pe, ok := err.(*ParseError); ok {
		fmt.Println("at line", pe.Line)
	}
	_, err = Load(filepath.Join(dir, "none.ini"))
	fmt.Println("missing:", err != nil)
}
