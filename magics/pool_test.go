package magics

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/multiprocessing"
)

// TestMain lets the test binary serve as a pool's worker command: a pool
// starts os.Executable() with multiprocessing.WorkerEnv set.
func TestMain(m *testing.M) {
	if os.Getenv(multiprocessing.WorkerEnv) == "1" {
		if err := ServeWorker(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// failText runs a cell that must fail and returns its error's text.
func failText(t *testing.T, l *Layer, cell string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out := l.Execute(ctx, kernel.ExecuteInput{Code: cell}, &recorder{})
	if out.Err == nil {
		t.Fatalf("%s\nran without error", cell)
	}
	return out.Err.Value
}

const poolCells = `
type Point struct{ X, Y int }

func sq(x int) int { return x * x }
func swap(p Point) Point { return Point{p.Y, p.X} }
func add(a, b int) (int, error) {
	if b < 0 {
		return 0, fmt.Errorf("negative %d", b)
	}
	return a + b, nil
}
func boom(x int) int {
	if x == 3 {
		panic("three")
	}
	return x
}
func pid(x int) int { return os.Getpid() }
`

// Map, StarMap and Apply run plain, %%gil and compiled functions in other
// processes, each its own interpreter: their results come back in order,
// cell-declared structs and errors included.
func TestPoolRunsEveryKindOfFunction(t *testing.T) {
	t.Setenv("GOGIL_NATIVE_CACHE", t.TempDir())
	l := newTestLayer(t)
	runCell(t, l, poolCells)
	runCell(t, l, "%%gil\nfunc gilCountdown(n int) int {\n\tfor n > 0 {\n\t\tn--\n\t}\n\treturn n + 7\n}")
	runCell(t, l, "%%native\nfunc nativeDouble(x int) int { return 2 * x }")
	runCell(t, l, "pool := multiprocessing.Pool(2)")
	cases := []struct{ code, want string }{
		{`fmt.Println(pool.Map(sq, []int{1, 2, 3, 4}))`, "[1 4 9 16] <nil>"},
		{`fmt.Println(pool.Map(swap, []Point{{1, 2}, {3, 4}}))`, "[{2 1} {4 3}] <nil>"},
		{`fmt.Println(pool.StarMap(add, [][]int{{1, 2}, {3, -4}}))`, "[[3 <nil>] [0 negative -4]] <nil>"},
		{`fmt.Println(pool.Apply(sq, 9))`, "81 <nil>"},
		{`fmt.Println(pool.Map(gilCountdown, []int{1000, 20000}))`, "[7 7] <nil>"},
		{`fmt.Println(pool.Map(nativeDouble, []int{5, 6}))`, "[10 12] <nil>"},
		// Declared in the cell that calls Map: the running cell is shipped.
		{"func cube(x int) int { return x * x * x }\nfmt.Println(pool.Map(cube, []int{2}))", "[8] <nil>"},
	}
	for _, c := range cases {
		if got := strings.TrimSpace(runCell(t, l, c.code)); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.code, got, c.want)
		}
	}
	// Which worker takes which task is the scheduler's business (a busy
	// machine may leave one worker all of them); none runs in the kernel.
	pids := runCell(t, l, `r, _ := pool.Map(pid, []int{1, 2, 3, 4, 5, 6}); seen := map[any]bool{}; for _, p := range r { seen[p] = true }; fmt.Println(len(seen) >= 1 && len(seen) <= 2, seen[os.Getpid()])`)
	if strings.TrimSpace(pids) != "true false" {
		t.Errorf("the tasks ran in processes %q, want one or two other processes", pids)
	}
}

// What cannot cross is refused before anything is sent, naming its type
// and where it was; a function literal is refused as Python refuses a
// lambda.
func TestPoolRefusesWhatCannotCross(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, poolCells+`
type Holder struct {
	N  int
	Ch chan int
}
func useHolder(h Holder) int { return h.N }
func useFunc(f func()) int { return 1 }
func useList(xs []Holder) int { return len(xs) }
pool := multiprocessing.Pool(1)
`)
	cases := []struct{ code, want string }{
		{`_, err := pool.Map(useHolder, []Holder{{1, nil}, {2, make(chan int)}}); panic(err)`, "argument 1, field Ch: a chan int cannot be sent to another process"},
		{`_, err := pool.Apply(useFunc, func() {}); panic(err)`, "argument 1: a func() cannot be sent to another process"},
		{`_, err := pool.Apply(useList, []Holder{{}, {Ch: make(chan int)}}); panic(err)`, "argument 1, element 0, field Ch: a chan int"},
		{`_, err := pool.Map(func(x int) int { return x }, []int{1}); panic(err)`, "functions declared at the top of a cell"},
		{`_, err := pool.Map(sq, []string{"a"}); panic(err)`, "a string is not a int"},
		{`_, err := pool.Map(sq, 3); panic(err)`, "the arguments must be a slice"},
	}
	for _, c := range cases {
		if got := failText(t, l, c.code); !strings.Contains(got, c.want) {
			t.Errorf("%s\n got %s\nwant it to contain %q", c.code, got, c.want)
		}
	}
}

// A panic in a worker is an error naming the worker and the call; the
// pool (that worker included) goes on serving.
func TestPoolSurvivesAWorkerPanic(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, poolCells+"pool := multiprocessing.Pool(1)")
	got := failText(t, l, `_, err := pool.Map(boom, []int{1, 2, 3, 4}); panic(err)`)
	for _, want := range []string{"Pool-1 worker 1 (pid ", "boom(3)", "panic: three"} {
		if !strings.Contains(got, want) {
			t.Errorf("the panic's error %q does not contain %q", got, want)
		}
	}
	if got := strings.TrimSpace(runCell(t, l, `fmt.Println(pool.Map(boom, []int{4, 5}))`)); got != "[4 5] <nil>" {
		t.Errorf("after a panic, Map gave %s", got)
	}
}

// children counts this process's live children.
func children(t *testing.T) []int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skip("no /proc")
	}
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so cut at ')'.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) > 1 && fields[0] != "Z" && fields[1] == strconv.Itoa(os.Getpid()) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// Close refuses new work and Join waits for the workers; Terminate and the
// kernel's shutdown leave no process behind.
func TestPoolLifecycleLeavesNoProcess(t *testing.T) {
	before := len(children(t))
	l, err := New(Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	runCell(t, l, poolCells+"a := multiprocessing.Pool(2)\nb := multiprocessing.Pool(3)\nc := multiprocessing.Pool(2)")
	if n := len(children(t)) - before; n != 7 {
		t.Errorf("%d worker processes, want 7", n)
	}
	if got := runCell(t, l, "fmt.Println(a.Join())"); !strings.Contains(got, "Pool is still running") {
		t.Errorf("Join before Close: %q", got)
	}
	runCell(t, l, "a.Close()\nif err := a.Join(); err != nil { panic(err) }")
	if got := failText(t, l, "_, err := a.Map(sq, []int{1}); panic(err)"); !strings.Contains(got, "Pool not running") {
		t.Errorf("Map after Close: %q", got)
	}
	runCell(t, l, "b.Terminate()")
	if n := len(children(t)) - before; n != 2 {
		t.Errorf("after Join and Terminate, %d worker processes, want 2", n)
	}
	l.Shutdown(false)
	if n := len(children(t)) - before; n != 0 {
		t.Errorf("after the kernel's shutdown, %d worker processes are left", n)
	}
}
