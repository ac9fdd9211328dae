package session

import (
	"context"
	"strings"
	"testing"
)

// Causes found by the corpus7 programs (tutorial-style concurrency, data
// structures and patterns): each cell prints what go run prints for it.
func TestRealWorldCauses(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"builtins returned after the first result", `func dims(m [][]float64) (int, int) { return len(m), len(m[0]) }
func tail(s []int) (int, []int, int) { return 9, append(s, 1), cap(s) }
r, c := dims([][]float64{{1, 2, 3}, {4, 5, 6}})
a, b, k := tail(append(make([]int, 0, 4), 7))
fmt.Println(r, c, a, b, k)`, "2 3 9 [7 1] 4\n"},
		{"range variable appended to a slice of interfaces", `type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
func (c Circle) Area() float64 { return c.R }
var shapes []Shape
for _, c := range []Circle{{1}, {2}, {3}} {
	shapes = append(shapes, c)
}
for _, s := range shapes {
	fmt.Print(s.Area(), " ")
}
fmt.Println()`, "1 2 3 \n"},
		{"value changed after its conversion", `type Counter struct{ n int }
func (c Counter) Value() int { return c.n }
func (c *Counter) Inc() { c.n++ }
type Valuer interface{ Value() int }
c := Counter{}
var v Valuer = c
c.Inc()
var a any = c
c.Inc()
m := map[string]Valuer{"k": c}
c.Inc()
fmt.Println(v.Value(), a.(Counter).n, m["k"].Value(), c.n)`, "0 1 2 3\n"},
		{"pointers made in a loop", `type Item struct{ id int }
func (i *Item) ID() int { return i.id }
type IDer interface{ ID() int }
func mk(i int) *Item { return &Item{i} }
var out []IDer
for i := 0; i < 3; i++ {
	out = append(out, &Item{i}, mk(i+10))
}
ch := make(chan IDer, 3)
for i := 0; i < 3; i++ {
	ch <- mk(i + 20)
}
close(ch)
for v := range ch {
	out = append(out, v)
}
for _, v := range out {
	fmt.Print(v.ID(), " ")
}
fmt.Println()`, "0 10 1 11 2 12 20 21 22 \n"},
		{"range over channels of a map entry", `subs := map[string][]chan int{"a": {make(chan int, 1), make(chan int, 1)}}
func() {
	for i, ch := range subs["a"] {
		ch <- i
	}
}()
fmt.Println(len(subs["a"]), <-subs["a"][1])`, "2 1\n"},
		{"received values changed after", `func next(c chan int) int { return <-c }
type acc struct{ total int }
c := make(chan int, 8)
for i := 1; i <= 8; i++ {
	c <- i
}
v := <-c
v += 10
var a acc
a.total = <-c
a.total++
xs := []int{0}
xs[0] = <-c
xs[0] *= 2
var got int
var ok bool
select {
case got, ok = <-c:
	got++
}
fmt.Println(v, a.total, xs[0], got, ok, next(c))`, "11 3 6 5 true 5\n"},
		{"typed constants computed by operations", `type Level int
const (
	Debug Level = iota - 1
	Info
	Warn
)
type Key string
const Both Key = "a" + "b"
m := map[Level]string{Warn: "warn"}
m[Info] = "info"
n := map[Key]int{Both: 1}
fmt.Println(m[Warn], m[Info], len(m), n["ab"], Both == "ab")`, "warn info 2 1 true\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}

// What gogil cannot run ends in an error that names it, never a wrong value.
func TestRealWorldRefusals(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"function type naming itself", `type lexer struct{ pos int }
type stateFn func(*lexer) stateFn
var st stateFn
fmt.Println(st == nil)`, "the function type stateFn names itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			if e == nil || !strings.Contains(e.Value, tt.want) {
				t.Errorf("error %v, want one naming %q (printed %q)", e, tt.want, rec.out())
			}
			if rec.out() != "" {
				t.Errorf("printed %q before the error", rec.out())
			}
		})
	}
}
