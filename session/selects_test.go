package session

import (
	"context"
	"strings"
	"testing"
	"time"
)

// Goroutines running one select statement at once each wait on their own
// channels: yaegi's select shares one array of cases between its runs, so
// a worker took another's values, or waited for ever (cellsrc/selects.go).
func TestSelectInManyGoroutines(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"runtime\"; \"sync\")")
	run(t, s, `func relay(id int, in <-chan int, quit <-chan struct{}, got chan<- [2]int) {
	for {
		select {
		case v := <-in:
			got <- [2]int{id, v}
		case <-quit:
			return
		}
	}
}`)
	code := `const workers, each = 8, 2000
quit := make(chan struct{})
got := make(chan [2]int, workers*each)
ins := make([]chan int, workers)
for w := range workers {
	ins[w] = make(chan int, each)
	for k := range each {
		ins[w] <- w*1000000 + k
	}
}
var wg sync.WaitGroup
for w := range workers {
	wg.Add(1)
	go func() { defer wg.Done(); relay(w, ins[w], quit, got) }()
}
for len(got) < workers*each {
	runtime.Gosched()
}
close(quit)
wg.Wait()
close(got)
wrong, n := 0, 0
for p := range got {
	n++
	if p[1]/1000000 != p[0] {
		wrong++
	}
}
fmt.Println(n, wrong)`
	for round := range 3 {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		rec := &recorder{}
		_, e := s.Execute(ctx, Cell{Code: code}, rec)
		cancel()
		if e != nil || strings.TrimSpace(rec.out()) != "16000 0" {
			t.Fatalf("round %d: printed %q, error %v; want 16000 values, none taken by another worker", round, rec.out(), e)
		}
	}
}

// A select's cases: a receive with ok, into existing variables, a send of
// an untyped constant, a nil channel, default, a labeled break, and the
// select inside a function literal.
func TestSelectForms(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	rec, _ := run(t, s, `ch := make(chan int, 1)
fl := make(chan float64, 1)
var nilch chan int
ch <- 7
var v int
var ok bool
select {
case v, ok = <-ch:
case <-nilch:
	fmt.Println("never")
}
fmt.Println(v, ok)
select {
case fl <- 2:
}
fmt.Println(<-fl)
close(ch)
L:
for i := 0; ; i++ {
	select {
	case x, more := <-ch:
		fmt.Println("closed:", x, more, i)
		if i == 1 {
			break L
		}
	}
}
f := func() string {
	select {
	case <-nilch:
		return "never"
	default:
		return "default"
	}
}
fmt.Println(f())`)
	want := "7 true\n2\nclosed: 0 false 0\nclosed: 0 false 1\ndefault\n"
	if got := rec.out(); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
