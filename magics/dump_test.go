package magics

import (
	"strings"
	"testing"
)

// The article's cell 8, as the notebook writes it.
const cell8 = `func cythonRecurse(n int) int {
	if n <= 0 {
		return 0
	}
	state := gil.SaveThread() // Cython 0.29's ` + "`with nogil:`" + `
	defer gil.RestoreThread(state)
	return cythonRecurse(n - 1)
}

// callFromPython calls f the way Python code does: holding the lock.
func callFromPython(f func(int) int, n int) int {
	state := gil.Ensure()
	defer gil.Release(state)
	return f(n)
}

callFromPython(cythonRecurse, 2)`

// The fatal error's thread dump lists the cell's frames, as CPython lists
// Python frames, and none of the kernel's own.
func TestFatalErrorDumpListsCellFrames(t *testing.T) {
	l := newTestLayer(t)
	_, lines := failing(t, l, cell8)
	t.Log(lines)
	want := "Current thread 0x0000000000000001 [MainThread], running without the lock (most recent call first):\n" +
		"  File \"<cell>\", line 5 in cythonRecurse\n" +
		"  File \"<cell>\", line 7 in cythonRecurse\n" +
		"  File \"<cell>\", line 14 in callFromPython\n" +
		"  File \"<cell>\", line 17 in <cell>\n"
	if !strings.Contains(lines, "Fatal Python error: PyEval_SaveThread: NULL tstate") || !strings.Contains(lines, want) {
		t.Errorf("the dump does not hold\n%s", want)
	}
	for _, kernel := range []string{"gil/", "gogil", "yaegi", "reflect"} {
		if strings.Contains(lines, kernel) {
			t.Errorf("the dump shows the kernel's frames (%s)", kernel)
		}
	}
}

// With threads blocked in cell code, each thread's block lists its own
// cell frames. Lines count the magic's line, as the notebook shows them.
func TestFatalErrorDumpListsEveryThread(t *testing.T) {
	l := newTestLayer(t)
	exec(t, l, strings.TrimSuffix(cell8, "callFromPython(cythonRecurse, 2)"))
	exec(t, l, `%%nogil
import "time"

var stop = make(chan bool)

func wait() { <-stop }

func sleeper(d time.Duration) {
	time.Sleep(d)
}

func worker(name string) {
	if name == "sleeper" {
		sleeper(time.Hour)
	}
	wait()
}`)
	exec(t, l, `a := threading.Thread(worker, "waiter")
b := threading.Thread(worker, "sleeper")
a.Start()
b.Start()
time.Sleep(50 * time.Millisecond)`)
	_, lines := failing(t, l, "callFromPython(cythonRecurse, 2)")
	t.Log(lines)
	for _, want := range []string{
		"Thread 0x0000000000000003 [Thread-2], running without the lock (most recent call first):\n" +
			"  File \"<cell>\", line 9 in sleeper\n  File \"<cell>\", line 14 in worker\n",
		"Thread 0x0000000000000002 [Thread-1], running without the lock (most recent call first):\n" +
			// A channel operation is no call: its line is not found.
			"  File \"<cell>\", line ? in wait\n  File \"<cell>\", line 16 in worker\n",
		"  File \"<cell>\", line 5 in cythonRecurse\n  File \"<cell>\", line 7 in cythonRecurse\n",
	} {
		if !strings.Contains(lines, want) {
			t.Errorf("the dump does not hold\n%s", want)
		}
	}
	exec(t, l, "close(stop)")
}
