package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/internal/gorun"
)

// A cell whose goroutines all wait on each other ends as Go's program
// does, with what it printed before and no deferred call, and the next cell
// runs.
func TestDeadlockEndsTheCell(t *testing.T) {
	s := newSession(t)
	for _, tt := range []struct {
		name, code, out, waits string
	}{
		{"send with no receiver", "ch := make(chan int)\nfmt.Println(\"before\")\nch <- 1\nfmt.Println(\"after\")", "before\n", "the cell's statements [select]"},
		{"a Done forgotten", "var wg sync.WaitGroup\nwg.Add(2)\ngo func() { defer wg.Done(); fmt.Println(\"one\") }()\nwg.Wait()", "one\n", "[sync.WaitGroup.Wait]"},
		{"a mutex locked twice", "var mu sync.Mutex\nmu.Lock()\nmu.Lock()", "", "[sync.Mutex.Lock]"},
		{"range over a channel nobody closes", "ch := make(chan int)\ngo func() {\n\tfor i := range 2 {\n\t\tch <- i\n\t}\n}()\nfor v := range ch {\n\tfmt.Println(v)\n}", "0\n1\n", "[select]"},
		{"goroutines waiting on each other", "a, b := make(chan int), make(chan int)\ngo func() { <-a; b <- 1 }()\n<-b", "", "a goroutine the cell started [select]"},
		{"an empty select", "defer fmt.Println(\"deferred\")\nselect {}", "", "[select"},
		{"a nil channel", "var ch chan int\nch <- 1", "", "[select"},
		{"a comma-ok receive", "ch := make(chan int)\nv, ok := <-ch\nfmt.Println(v, ok)", "", "[select]"},
		{"a select of nothing ready", "c1, c2 := make(chan int), make(chan string)\nselect {\ncase v := <-c1:\n\tfmt.Println(v)\ncase c2 <- \"x\":\n}", "", "[select]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
			if e == nil || e.Kind != cellio.Deadlock || !strings.Contains(e.Value, "all goroutines are asleep - deadlock!") {
				t.Fatalf("error %v, want a Deadlock", e)
			}
			if tb := strings.Join(e.Traceback, "\n"); !strings.Contains(tb, tt.waits) || !strings.Contains(tb, "exit status 2") {
				t.Errorf("traceback does not name %q:\n%s", tt.waits, tb)
			}
			if got := rec.out(); got != tt.out {
				t.Errorf("printed %q, want %q", got, tt.out)
			}
			if rec, _ := run(t, s, `fmt.Println("next")`); rec.out() != "next\n" {
				t.Errorf("the next cell printed %q", rec.out())
			}
		})
	}
}

// Waits that something outside the goroutines ends are not deadlocks:
// the goroutine that will send is sleeping, or working, or the wait is on
// a timer.
func TestNoDeadlockWhileSomethingCanWake(t *testing.T) {
	for _, tt := range []struct{ name, code, out string }{
		{"a sleeping sender", "ch := make(chan int)\ngo func() { time.Sleep(700 * time.Millisecond); ch <- 7 }()\nfmt.Println(<-ch)", "7\n"},
		{"a working sender", "ch := make(chan int)\ngo func() {\n\tn := 0\n\tfor i := range 3_000_000 {\n\t\tn += i % 3\n\t}\n\tch <- n % 10\n}()\nfmt.Println(<-ch)", "0\n"},
		{"a timer", "<-time.After(700 * time.Millisecond)\nfmt.Println(\"fired\")", "fired\n"},
		{"a context deadline", "import \"context\"\nctx, cancel := context.WithTimeout(context.Background(), 700*time.Millisecond)\ndefer cancel()\n<-ctx.Done()\nfmt.Println(ctx.Err())", "context deadline exceeded\n"},
		{"a ticker", "tk := time.NewTicker(400 * time.Millisecond)\n<-tk.C\n<-tk.C\ntk.Stop()\nfmt.Println(\"ticked\")", "ticked\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			if rec, _ := run(t, s, tt.code); rec.out() != tt.out {
				t.Errorf("printed %q, want %q", rec.out(), tt.out)
			}
		})
	}
}

// A timer made by an earlier cell may wake a later one: from then on the
// session does not look for deadlocks.
func TestTimerOfAnEarlierCellWakesLater(t *testing.T) {
	s := newSession(t)
	run(t, s, "tm := time.NewTimer(700 * time.Millisecond)")
	if rec, _ := run(t, s, "<-tm.C\nfmt.Println(\"fired\")"); rec.out() != "fired\n" {
		t.Errorf("printed %q", rec.out())
	}
}

func TestMayWakeLater(t *testing.T) {
	for code, want := range map[string]bool{
		"<-time.After(time.Second)":          true,
		"t := time.NewTimer(d)":              true,
		"signal.Notify(c, os.Interrupt)":     true,
		"x := AfterFunc":                     true,
		"ch <- 1":                            false,
		"afterwards := 1; Ticker := 2":       false,
		"type Event struct{ NotifyAll int }": false,
	} {
		if got := mayWakeLater(code); got != want {
			t.Errorf("mayWakeLater(%q) = %v", code, got)
		}
	}
}

// Programs that deadlock, in both forms (testdata/deadlock, kept out of the
// go-run corpus that the magics also run: there, other tests of the same
// process leave goroutines running, such as a compiled cell's endless loop,
// which the check rightly takes for possible wakers): each prints what go
// run printed, then ends as Go's fatal error, exit status 2.
func TestDeadlockPrograms(t *testing.T) {
	programs, err := gorun.Programs("testdata/deadlock")
	if err != nil || len(programs) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, path := range programs {
		cases, err := gorun.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			t.Run(c.Key(), func(t *testing.T) {
				if c.Exit != 2 {
					t.Fatalf("go run exited with %d, want a deadlock's 2", c.Exit)
				}
				checkGoRunExit(t, c, c.Exit)
			})
		}
	}
}
