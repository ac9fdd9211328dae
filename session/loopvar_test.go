package session

import "testing"

// Go 1.22's per-iteration loop variables, through the interpreter: each
// case prints what go run prints for the same code.
func TestLoopVarsPerIteration(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"closure, three clauses", "var fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}\nfor _, f := range fs {\n\tf()\n}", "012"},
		{"closure, range key and value", "var fs []func()\nfor k, v := range []string{\"a\", \"b\"} {\n\tfs = append(fs, func() { fmt.Print(k, v) })\n}\nfor _, f := range fs {\n\tf()\n}", "0a1b"},
		{"pointer", "var ps []*int\nfor i := 0; i < 3; i++ {\n\tps = append(ps, &i)\n}\nfmt.Print(*ps[0], *ps[1], *ps[2])", "0 1 2"},
		{"body assigns", "var fs []func() int\nfor i := 0; i < 9; i++ {\n\tfs = append(fs, func() int { return i })\n\ti += 3\n}\nfmt.Print(fs[0](), fs[1](), fs[2]())", "3 7 11"},
		{"continue carries the value", "var fs []func() int\nfor i := 0; i < 6; i++ {\n\tfs = append(fs, func() int { return i })\n\tif i == 1 {\n\t\ti = 3\n\t\tcontinue\n\t}\n}\nfor _, f := range fs {\n\tfmt.Print(f())\n}", "0345"},
		{"labelled continue from an inner loop", "var fs []func() int\nouter:\nfor i := 0; i < 3; i++ {\n\tfor j := 0; j < 3; j++ {\n\t\tif j > 0 {\n\t\t\ti++\n\t\t\tcontinue outer\n\t\t}\n\t\tfs = append(fs, func() int { return 10*i + j })\n\t}\n}\nfor _, f := range fs {\n\tfmt.Print(f(), \" \")\n}", "10 30 "},
		{"in a function", "func makers() (fs []func() int) {\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i * i })\n\t}\n\treturn\n}\nfs := makers()\nfmt.Print(fs[0](), fs[1](), fs[2]())", "0 1 4"},
		{"goroutines", "res := make([]int, 3)\nvar wg sync.WaitGroup\nfor i := 0; i < 3; i++ {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\tres[i] = i + 1\n\t}()\n}\nwg.Wait()\nfmt.Print(res)", "[1 2 3]"},
		{"break keeps the last value", "i := -1\nvar f func() int\nfor j := 0; j < 5; j++ {\n\tf = func() int { return j }\n\tif j == 2 {\n\t\tbreak\n\t}\n}\nfmt.Print(i, f())", "-1 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			if tt.name == "goroutines" {
				run(t, s, "import \"sync\"")
			}
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}
