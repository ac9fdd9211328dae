package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func ParseKV(s string) (string, int, error) {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return "", 0, fmt.Errorf("missing '=' in %q", s)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return "", 0, fmt.Errorf("bad value: %w", err)
	}
	return strings.TrimSpace(k), n, nil
}

type T struct {
	name   string
	failed bool
	passed int
	fails  int
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	fmt.Printf("    %s: "+format+"\n", append([]any{t.name}, args...)...)
}

func (t *T) Run(name string, f func(t *T)) {
	sub := &T{name: t.name + "/" + name}
	f(sub)
	if sub.failed {
		t.fails++
		fmt.Println("--- FAIL:", sub.name)
	} else {
		t.passed++
		fmt.Println("--- PASS:", sub.name)
	}
}

func main() {
	root := &T{name: "TestReverse"}
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"ascii", "abc", "cba"},
		{"unicode", "héllo", "olléh"},
		{"wrong on purpose", "ab", "ab"},
	}
	for _, tc := range tests {
		root.Run(tc.name, func(t *T) {
			if got := Reverse(tc.in); got != tc.want {
				t.Errorf("Reverse(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}

	kv := &T{name: "TestParseKV"}
	cases := map[string]struct {
		in      string
		key     string
		val     int
		wantErr bool
	}{
		"simple": {"a=1", "a", 1, false},
		"spaces": {" b =2", "b", 2, false},
		"noeq":   {"c", "", 0, true},
		"notnum": {"d=x", "", 0, true},
	}
	names := []string{"noeq", "notnum", "simple", "spaces"}
	for _, name := range names {
		tc := cases[name]
		kv.Run(name, func(t *T) {
			k, v, err := ParseKV(tc.in)
			if (err != nil) != tc.wantErr {
				t.Errorf("err = %v, wantErr %v", err, tc.wantErr)
				return
			}
			if k != tc.key || v != tc.val {
				t.Errorf("got (%q,%d), want (%q,%d)", k, v, tc.key, tc.val)
			}
		})
	}
	for _, r := range []*T{root, kv} {
		status := "ok"
		if r.fails > 0 {
			status = "FAIL"
		}
		fmt.Printf("%s\t%s\t%d passed, %d failed\n", status, r.name, r.passed, r.fails)
	}
}
