package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

type Config struct {
	Name     string            `json:"name"`
	Port     int               `json:"port"`
	Debug    bool              `json:"debug"`
	Timeout  string            `json:"timeout"`
	Backends []string          `json:"backends"`
	Labels   map[string]string `json:"labels,omitempty"`
}

func defaults() Config {
	return Config{Name: "service", Port: 8080, Timeout: "5s"}
}

func (c Config) Validate() error {
	var errs []error
	if c.Port <= 0 || c.Port > 65535 {
		errs = append(errs, fmt.Errorf("port %d out of range", c.Port))
	}
	if _, err := time.ParseDuration(c.Timeout); err != nil {
		errs = append(errs, fmt.Errorf("timeout: %w", err))
	}
	if len(c.Backends) == 0 {
		errs = append(errs, errors.New("no backends"))
	}
	return errors.Join(errs...)
}

func load(path string) (Config, error) {
	cfg := defaults()
	f, err := os.Open(path)
	if err != nil {
		return cfg, fmt.Errorf("load %s: %w", filepath.Base(path), errors.Unwrap(err))
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("parse %s: %w", filepath.Base(path), err)
	}
	return cfg, cfg.Validate()
}

func main() {
	dir, err := os.MkdirTemp("", "cfg")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	files := []struct{ name, body string }{
		{"good.json", `{"port": 9000, "backends": ["a:1", "b:2"], "labels": {"env": "prod"}}`},
		{"bad.json", `{"port": 70000, "timeout": "soon"}`},
		{"unknown.json", `{"port": 1, "colour": "blue"}`},
		{"broken.json", `{"port": `},
	}
	for _, f := range files {
		os.WriteFile(filepath.Join(dir, f.name), []byte(f.body), 0o600)
	}
	for _, f := range append(files, struct{ name, body string }{"absent.json", ""}) {
		cfg, err := load(filepath.Join(dir, f.name))
		fmt.Printf("== %s\n", f.name)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("not exist:", errors.Is(err, os.ErrNotExist))
			continue
		}
		out, _ := json.MarshalIndent(cfg, "", "  ")
		fmt.Println(string(out))
	}

	saved := defaults()
	saved.Backends = []string{"local"}
	data, _ := json.Marshal(saved)
	path := filepath.Join(dir, "saved.json")
	os.WriteFile(path, data, 0o644)
	info, _ := os.Stat(path)
	fmt.Println(info.Size() == int64(len(data)), string(data))
}
