package session

import "testing"

// A function literal handed straight to a library call in a loop keeps
// the iteration's variables, however late the library calls it
// (cellsrc/closurearg.go): each case prints what go run prints.
func TestClosureArgsInLoops(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"WaitGroup.Go", "var wg sync.WaitGroup\nr := make([]int, 3)\nfor i := range r {\n\twg.Go(func() { r[i] = i + 1 })\n}\nwg.Wait()\nfmt.Print(r)", "[1 2 3]"},
		{"sync.OnceFunc, three clauses", "var fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, sync.OnceFunc(func() { fmt.Print(i) }))\n}\nfor _, f := range fs {\n\tf()\n}", "012"},
		{"a variable of the body", "var fs []func() int\nfor _, s := range []string{\"a\", \"bb\"} {\n\tn := len(s)\n\tfs = append(fs, sync.OnceValue(func() int { return n }))\n}\nfmt.Print(fs[0](), fs[1]())", "1 2"},
		{"in a function, in a switch case", "func run() {\n\tvar wg sync.WaitGroup\n\tvar mu sync.Mutex\n\tsum := 0\n\tfor i := range 4 {\n\t\tswitch {\n\t\tcase i > 0:\n\t\t\twg.Go(func() { mu.Lock(); sum += i; mu.Unlock() })\n\t\t}\n\t}\n\twg.Wait()\n\tfmt.Print(sum)\n}\nrun()", "6"},
		{"a value bound in the body", "var fs []func() string\nfor _, s := range []string{\"x\", \"y\"} {\n\tfs = append(fs, sync.OnceValue(func() string { return s }))\n}\nfmt.Print(fs[0]() + fs[1]())", "xy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import (\"fmt\"; \"sync\")")
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}
