package magics

import (
	"context"
	"fmt"
	"math"
	"strings"
	"syscall"
	"time"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/session"
)

// cpuTimes reads the process's user and system CPU time, as IPython's
// %%time does with resource.getrusage(RUSAGE_SELF): every thread of the
// kernel counts, which is what makes two parallel threads show twice the
// wall time in CPU.
func cpuTimes() (user, sys time.Duration) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}

// timeMagic is %%time: it runs the rest of the cell, then prints IPython's
// two lines after the cell's own output. The cell's trailing value is still
// shown, after the timing, as in IPython.
func timeMagic(args []string, out cellio.Cell, next run) (run, error) {
	if len(args) > 0 {
		return nil, fmt.Errorf("takes no arguments (put the code on the lines below it)")
	}
	return func(ctx context.Context, c session.Cell) kernel.Outcome {
		wallStart := time.Now()
		userStart, sysStart := cpuTimes()
		outcome := next(ctx, c)
		userEnd, sysEnd := cpuTimes()
		wall := time.Since(wallStart)
		user, sys := userEnd-userStart, sysEnd-sysStart
		if outcome.Err != nil {
			return outcome // IPython shows the traceback instead of the times
		}
		out.Stream("stdout", fmt.Sprintf("CPU times: user %s, sys: %s, total: %s\nWall time: %s\n",
			formatDuration(user), formatDuration(sys), formatDuration(user+sys), formatDuration(wall)))
		return outcome
	}, nil
}

// formatDuration writes a duration the way IPython's _format_time does:
// below a minute, three significant digits in s, ms, µs or ns; from a
// minute on, whole units such as "1min 5s" or "2h 3min".
func formatDuration(d time.Duration) string {
	seconds := d.Seconds()
	if seconds >= 60 {
		var parts []string
		left := seconds
		for _, unit := range []struct {
			suffix string
			length float64
		}{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}} {
			value := math.Floor(left / unit.length)
			if value > 0 {
				left = math.Mod(left, unit.length)
				parts = append(parts, fmt.Sprintf("%d%s", int64(value), unit.suffix))
			}
			if left < 1 {
				break
			}
		}
		return strings.Join(parts, " ")
	}
	units := []string{"s", "ms", "µs", "ns"}
	scale := []float64{1, 1e3, 1e6, 1e9}
	order := 3
	if seconds > 0 {
		// Python's -int(floor(log10(x)) // 3): floor division, then negation.
		order = min(-int(math.Floor(math.Floor(math.Log10(seconds))/3)), 3)
	}
	return formatG3(seconds*scale[order]) + " " + units[order]
}

// formatG3 is Python's "%.3g".
func formatG3(v float64) string {
	return fmt.Sprintf("%.3g", v)
}
