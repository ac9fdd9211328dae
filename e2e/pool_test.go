package e2e

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// multiprocessing.Pool through the built binary: the workers are `gogil
// worker` processes, and none outlives the kernel, whether it is shut
// down, restarted or killed.

const poolSetup = `
func square(x int) int { return x * x }
func workerPid(x int) int { time.Sleep(20 * time.Millisecond); return os.Getpid() }
pool := multiprocessing.Pool(2)
r, err := pool.Map(square, []int{1, 2, 3})
fmt.Println(r, err)
pids, _ := pool.Map(workerPid, []int{1, 2, 3, 4, 5, 6, 7, 8})
seen := map[any]bool{}
for _, p := range pids {
	if !seen[p] {
		seen[p] = true
		fmt.Println("worker", p)
	}
}
`

// workerPids runs poolSetup and returns the worker processes it saw.
// poolSetup's tasks sleep a little, so that one worker cannot take all
// eight before the other asks (it did once, under load).
func workerPids(t *testing.T, out string) []int {
	t.Helper()
	if !strings.Contains(out, "[1 4 9] <nil>") {
		t.Fatalf("Map's output: %q", out)
	}
	var pids []int
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, "worker "); ok {
			pid, err := strconv.Atoi(rest)
			if err != nil {
				t.Fatalf("line %q", line)
			}
			pids = append(pids, pid)
		}
	}
	if len(pids) != 2 {
		t.Fatalf("the tasks ran in %d processes, want 2:\n%s", len(pids), out)
	}
	return pids
}

// alive reports the pids among pids that still run (not zombies).
func alive(pids []int) []int {
	var live []int
	for _, pid := range pids {
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		rest := string(stat[strings.LastIndexByte(string(stat), ')')+1:])
		if f := strings.Fields(rest); len(f) > 0 && f[0] != "Z" {
			live = append(live, pid)
		}
	}
	return live
}

// waitGone waits up to 10 s for the processes to end.
func waitGone(t *testing.T, pids []int, after string) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if len(alive(pids)) == 0 {
			return
		}
	}
	t.Errorf("after %s, worker processes %v are still running", after, alive(pids))
}

func TestPoolWorkersEndWithTheKernel(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	for _, end := range []string{"shutdown", "restart", "kill"} {
		t.Run(end, func(t *testing.T) {
			c := launch(t)
			pids := workerPids(t, mustRun(t, c, poolSetup).Stdout())
			if len(alive(pids)) != 2 {
				t.Fatalf("workers %v are not running", pids)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			switch end {
			case "shutdown", "restart":
				if _, err := c.Shutdown(ctx, end == "restart"); err != nil {
					t.Fatal(err)
				}
			case "kill":
				if err := c.Kill(); err != nil {
					t.Fatal(err)
				}
			}
			waitGone(t, pids, end)
		})
	}
}

func TestPoolTerminateAndWorkerPanicThroughTheBinary(t *testing.T) {
	c := launch(t)
	pids := workerPids(t, mustRun(t, c, poolSetup).Stdout())
	ex := run(t, c, "func explode(x int) int { if x == 2 { panic(\"two\") }; return x }\n_, err := pool.Map(explode, []int{1, 2})\nif err != nil { panic(err) }")
	if f := ex.Failed(); f == nil || !strings.Contains(f.EValue, "explode(2)") || !strings.Contains(f.EValue, "panic: two") {
		t.Errorf("a worker's panic gave %+v", f)
	}
	if out := mustRun(t, c, "fmt.Println(pool.Map(square, []int{5}))").Stdout(); !strings.Contains(out, "[25] <nil>") {
		t.Errorf("after a worker's panic, Map printed %q", out)
	}
	mustRun(t, c, "pool.Terminate()")
	waitGone(t, pids, "Terminate")
}
