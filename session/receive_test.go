package session

import "testing"

// A received value assigned, declared or returned is a value of its own
// (cellsrc/recvparen.go): changing it later works, and a field, element
// or named result it is assigned to keeps it.
func TestReceivedValues(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"returned", "func take(c chan int) int { return <-c }\nc := make(chan int, 1)\nc <- 3\nfmt.Print(take(c))", "3"},
		{"returned as an interface", "func take(c chan int) any { return <-c }\nc := make(chan int, 1)\nc <- 3\nfmt.Print(take(c))", "3"},
		{"named result", "func take(c chan int) (r int) {\n\tr = <-c\n\treturn\n}\nc := make(chan int, 1)\nc <- 4\nfmt.Print(take(c))", "4"},
		{"declared then changed", "c := make(chan int, 1)\nc <- 5\nx := <-c\nx++\nfmt.Print(x)", "6"},
		{"in a function, changed", "func f(c chan string) string {\n\tvar s string\n\ts = <-c\n\ts += \"!\"\n\treturn s\n}\nc := make(chan string, 1)\nc <- \"hi\"\nfmt.Print(f(c))", "hi!"},
		{"field and element", "type box struct{ v int }\nc := make(chan int, 2)\nc <- 7\nc <- 8\nvar b box\nb.v = <-c\na := []int{0}\na[0] = <-c\nfmt.Print(b.v, a)", "7 [8]"},
		{"pair", "c := make(chan int, 2)\nc <- 1\nc <- 2\nu, v := <-c, <-c\nu++\nv++\nfmt.Print(u, v)", "2 3"},
		{"var in a function", "func f(c chan int) int {\n\tvar w = <-c\n\tw *= 10\n\treturn w\n}\nc := make(chan int, 1)\nc <- 9\nfmt.Print(f(c))", "90"},
		{"captured, then assigned", "c := make(chan int, 1)\nz := 0\ninc := func() { z++ }\nc <- 9\nz = <-c\ninc()\nfmt.Print(z)", "10"},
		{"comma-ok and select stay", "c := make(chan int, 2)\nc <- 1\nv, ok := <-c\nc <- 2\nselect {\ncase w := <-c:\n\tw++\n\tfmt.Print(v, ok, w)\n}", "1 true 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}
