package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func ParseDuration(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	unit := s[len(s)-1]
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil {
		return 0, fmt.Errorf("bad number in %q: %w", s, err)
	}
	switch unit {
	case 's':
		return n, nil
	case 'm':
		return n * 60, nil
	case 'h':
		return n * 3600, nil
	}
	return 0, fmt.Errorf("unknown unit %q", unit)
}

type T struct {
	name   string
	failed bool
	logs   []string
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.logs = append(t.logs, fmt.Sprintf(format, args...))
}

func run(name string, f func(t *T)) bool {
	t := &T{name: name}
	f(t)
	status := "PASS"
	if t.failed {
		status = "FAIL"
	}
	fmt.Printf("--- %s: %s\n", status, name)
	for _, l := range t.logs {
		fmt.Println("    " + l)
	}
	return !t.failed
}

func main() {
	tests := []struct {
		name    string
		in      string
		want    int
		wantErr bool
	}{
		{"seconds", "45s", 45, false},
		{"minutes", "2m", 120, false},
		{"hours", "1h", 3600, false},
		{"empty", "", 0, true},
		{"bad unit", "5d", 0, true},
		{"bad number", "xm", 0, true},
		{"wrong expectation", "3m", 170, false},
	}
	passed := 0
	for _, tt := range tests {
		if run(tt.name, func(t *T) {
			got, err := ParseDuration(tt.in)
			if (err != nil) != tt.wantErr {
				t.Errorf("ParseDuration(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
				return
			}
			if got != tt.want {
				t.Errorf("ParseDuration(%q) = %d, want %d", tt.in, got, tt.want)
			}
		}) {
			passed++
		}
	}
	fmt.Printf("%d/%d passed\n", passed, len(tests))
	_, err := ParseDuration("zzm")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, strings.Contains(err.Error(), "invalid syntax"))
}
