package goroutine

import (
	"bytes"
	"math"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
)

// ProfileCutStacks counts the goroutines whose stack the goroutine profile
// cut short at its depth limit, the one thing a cheap look can tell about
// deep stacks: the profile costs a fraction of a dump with many goroutines
// (it groups equal stacks and mostly runs beside the program), but keeps
// only the innermost frames of each. Zero means no goroutine is deeper than
// the profile records. A profile that cannot be written counts every
// goroutine as cut, to be safe.
func ProfileCutStacks() int {
	var b bytes.Buffer
	if err := pprof.Lookup("goroutine").WriteTo(&b, 1); err != nil {
		return math.MaxInt
	}
	return cutStacks(b.Bytes(), profileDepth())
}

// cutStacks reads a goroutine profile in its debug=1 text, where each line
// "N @ pc pc ..." is one stack shared by N goroutines, and adds up N over
// the stacks of at least depth frames.
func cutStacks(profile []byte, depth int) int {
	cut := 0
	for line := range bytes.Lines(profile) {
		count, pcs, ok := bytes.Cut(line, []byte(" @ "))
		if !ok || len(bytes.Fields(pcs)) < depth {
			continue
		}
		n, err := strconv.Atoi(string(bytes.TrimSpace(count)))
		if err != nil || n < 1 {
			n = 1 // a line it cannot read is still a cut stack
		}
		cut += n
	}
	return cut
}

// profileDepth is how many frames the goroutine profile keeps of a stack:
// 128, or fewer if GODEBUG's profstackdepth says so.
func profileDepth() int {
	depth := 128
	for _, setting := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if v, ok := strings.CutPrefix(setting, "profstackdepth="); ok {
			if n, err := strconv.Atoi(v); err == nil && n > 0 {
				depth = min(depth, n)
			}
		}
	}
	return depth
}
