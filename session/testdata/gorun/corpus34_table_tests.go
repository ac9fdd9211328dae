package main

import (
	"fmt"
	"strings"
)

func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func IsPalindrome(s string) bool {
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return s == Reverse(s)
}

func Abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
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
	passed, total := 0, 0
	reverseTests := []struct {
		in, want string
	}{
		{"", ""},
		{"abc", "cba"},
		{"héllo", "olléh"},
		{"Go", "Go"}, // deliberately wrong
	}
	for _, tc := range reverseTests {
		total++
		if run("Reverse/"+tc.in, func(t *T) {
			if got := Reverse(tc.in); got != tc.want {
				t.Errorf("Reverse(%q) = %q, want %q", tc.in, got, tc.want)
			}
		}) {
			passed++
		}
	}
	palTests := map[string]bool{"racecar": true, "A man a plan a canal Panama": true, "gopher": false}
	for _, in := range []string{"racecar", "A man a plan a canal Panama", "gopher"} {
		want := palTests[in]
		total++
		if run("IsPalindrome/"+in, func(t *T) {
			if got := IsPalindrome(in); got != want {
				t.Errorf("got %v want %v", got, want)
			}
		}) {
			passed++
		}
	}
	for i, n := range []int{-3, 0, 5} {
		total++
		if run(fmt.Sprintf("Abs/%d", i), func(t *T) {
			if Abs(n) < 0 {
				t.Errorf("negative")
			}
		}) {
			passed++
		}
	}
	fmt.Printf("%d/%d passed\n", passed, total)
	if passed != total {
		fmt.Println("FAIL")
	}
}
