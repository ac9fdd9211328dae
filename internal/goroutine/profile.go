package goroutine

import (
	"bytes"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
)

// ProfileCutsAStack reports whether the goroutine profile cut some stack
// short at its depth limit, the one thing a cheap look can tell about deep
// stacks: the profile costs a fraction of a dump with many goroutines
// (tens of milliseconds for 100,000 against seconds), but keeps only the
// innermost frames of each. Only then is a Dump worth taking. A profile
// that cannot be written says yes, to be safe.
func ProfileCutsAStack() bool {
	var b bytes.Buffer
	if err := pprof.Lookup("goroutine").WriteTo(&b, 1); err != nil {
		return true
	}
	limit := profileDepth()
	// Each line "N @ pc pc ..." is one stack shared by N goroutines.
	for line := range bytes.Lines(b.Bytes()) {
		if _, pcs, ok := bytes.Cut(line, []byte(" @ ")); ok && len(bytes.Fields(pcs)) >= limit {
			return true
		}
	}
	return false
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
