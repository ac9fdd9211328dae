package goroutine

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// sample is a dump in the runtime's format, with the variants the parser
// must read: wait minutes, a locked thread, GOTRACEBACK=system's gp=/m= and
// fp=, labels, elided frames, a creator without a parent (Go before 1.21),
// a file name with a space, a frame without an offset.
const sample = `goroutine 1 [running]:
main.main()
	/src/a b/main.go:12 +0x1d
	
goroutine 18 [chan receive, 3 minutes, locked to thread]:
example.com/p.(*T).Wait(0xc000010000, {0x4b6f40?, 0xc000012345?})
	/src/p/t.go:40 +0x25
example.com/p.run[...](...)
	/src/p/run.go:7
...additional frames elided...
created by example.com/p.Start in goroutine 1
	/src/p/t.go:20 +0x99

goroutine 7 gp=0xc000007a40 m=nil [select (durable), 1 minutes, synctest bubble 3 labels:{"k": "v, w"}]:
runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
	/usr/lib/go/src/runtime/proc.go:435 +0xce fp=0xc000051e98 sp=0xc000051e78 pc=0x47a9ee
created by example.com/old.F
	/src/old.go:3 +0x1
`

func TestParse(t *testing.T) {
	want := []Goroutine{
		{ID: 1, State: "running", Frames: []Frame{{"main.main", "", "/src/a b/main.go", 12}}},
		{
			ID: 18, State: "chan receive", Wait: 3 * time.Minute, LockedToThread: true,
			Frames: []Frame{
				{"example.com/p.(*T).Wait", "0xc000010000, {0x4b6f40?, 0xc000012345?}", "/src/p/t.go", 40},
				{"example.com/p.run[...]", "...", "/src/p/run.go", 7},
			},
			CreatedBy: Frame{Function: "example.com/p.Start", File: "/src/p/t.go", Line: 20},
			Parent:    1,
		},
		{
			ID: 7, State: "select (durable)", Wait: time.Minute,
			Frames:    []Frame{{"runtime.gopark", "0x0?, 0x0?, 0x0?, 0x0?, 0x0?", "/usr/lib/go/src/runtime/proc.go", 435}},
			CreatedBy: Frame{Function: "example.com/old.F", File: "/src/old.go", Line: 3},
		},
	}
	got := Parse([]byte(sample))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse:\n got %+v\nwant %+v", got, want)
	}
}

func TestParseRejectsBadHeaders(t *testing.T) {
	for _, header := range []string{
		"goroutine x [running]:",
		"goroutine 0 [running]:",
		"goroutine 5 running:",
		"goroutine 5 [running]",
		"goroutine 5]:",
		"goroutine -1 [running]:",
		"goroutine 99999999999999999999999 [running]:",
	} {
		if gs := Parse([]byte(header + "\nmain.f()\n\t/a.go:1 +0x1\n")); len(gs) != 0 {
			t.Errorf("%q parsed as %+v", header, gs)
		}
	}
}

// A dump cut anywhere yields the goroutines it reaches, the last one with
// what of it fits.
func TestParseTruncated(t *testing.T) {
	for n := range len(sample) {
		gs := Parse([]byte(sample[:n]))
		if want := strings.Count(sample[:n], "]:\n") + boolInt(strings.HasSuffix(sample[:n], "]:")); len(gs) > want {
			t.Fatalf("cut at %d: %d records from %d headers", n, len(gs), want)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The parser reads what this runtime prints: a goroutine blocked on a
// channel is found with its state, frames, creator and parent.
func TestParseLiveDump(t *testing.T) {
	release := make(chan struct{})
	started := make(chan uint64)
	go blockedReceiver(started, release)
	id := <-started
	defer close(release)

	var g *Goroutine
	// The goroutine may not have parked yet when the first dump is taken.
	for range 1000 {
		for _, x := range Parse(Dump(0, 0)) {
			if x.ID == id && x.State == "chan receive" {
				g = &x
			}
		}
		if g != nil {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if g == nil {
		t.Fatalf("goroutine %d blocked on a channel not found in the dump", id)
	}
	if !strings.HasSuffix(g.CreatedBy.Function, ".TestParseLiveDump") || g.Parent != ID() {
		t.Errorf("created by %q in goroutine %d, want TestParseLiveDump in %d", g.CreatedBy.Function, g.Parent, ID())
	}
	found := false
	for _, f := range g.Frames {
		if strings.HasSuffix(f.Function, ".blockedReceiver") && strings.HasSuffix(f.File, "dump_test.go") && f.Line > 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("frames %+v lack blockedReceiver in dump_test.go", g.Frames)
	}
}

func blockedReceiver(started chan<- uint64, release <-chan struct{}) {
	started <- ID()
	<-release
}

func TestDumpLimit(t *testing.T) {
	if n := len(Dump(0, 100)); n > 100 {
		t.Errorf("Dump with limit 100 returned %d bytes", n)
	}
	if d := Dump(1, 0); !strings.HasPrefix(string(d), "goroutine ") {
		t.Errorf("Dump starts %q", d[:min(len(d), 40)])
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(sample))
	f.Add(Dump(0, 0))
	f.Add([]byte("goroutine 1 [running]:\n\t/a.go:1\ncreated by  in goroutine x\n"))
	f.Fuzz(func(t *testing.T, dump []byte) {
		gs := Parse(dump)
		if len(gs) > strings.Count(string(dump), "goroutine ") {
			t.Fatalf("%d records from %d headers", len(gs), strings.Count(string(dump), "goroutine "))
		}
		for _, g := range gs {
			if g.ID == 0 || g.Wait < 0 {
				t.Fatalf("record %+v", g)
			}
			for _, f := range g.Frames {
				if f.Line < 0 || strings.Contains(f.Function, "\n") {
					t.Fatalf("frame %+v", f)
				}
			}
		}
		if again := Parse(dump); !reflect.DeepEqual(again, gs) {
			t.Fatal("Parse is not deterministic")
		}
	})
}

func TestWaitsOnGoroutine(t *testing.T) {
	for state, want := range map[string]bool{
		"chan receive": true, "chan send (nil chan)": true, "select": true, "select (no cases)": true,
		"sync.Mutex.Lock": true, "sync.WaitGroup.Wait": true, "semacquire": true,
		"running": false, "runnable": false, "sleep": false, "syscall": false, "IO wait": false, "": false,
	} {
		if got := (Goroutine{State: state}).WaitsOnGoroutine(); got != want {
			t.Errorf("%q: WaitsOnGoroutine = %v, want %v", state, got, want)
		}
	}
}

// Depths counts what Parse would, without records: checked on a live dump
// that holds a goroutine deep enough for the runtime to elide frames.
func TestDepthsAgreeWithParse(t *testing.T) {
	release := make(chan struct{})
	reached := make(chan struct{})
	var deep func(n int)
	deep = func(n int) {
		if n == 0 {
			close(reached)
			<-release
			return
		}
		deep(n - 1)
	}
	go deep(300)
	<-reached
	defer close(release)

	dump := Dump(0, 0)
	deepest, total := Depths(dump)
	wantDeepest, wantTotal, elided := 0, 0, 0
	for _, g := range Parse(dump) {
		wantDeepest = max(wantDeepest, g.Depth())
		wantTotal += g.Depth()
		elided += g.Elided
	}
	if elided == 0 {
		t.Fatalf("no frames elided in a dump with a goroutine 300 calls deep")
	}
	if deepest != wantDeepest || total != wantTotal {
		t.Errorf("Depths = %d deepest, %d in all; Parse says %d and %d", deepest, total, wantDeepest, wantTotal)
	}
	if deepest < 300 {
		t.Errorf("deepest goroutine %d calls deep, want at least 300", deepest)
	}
}
