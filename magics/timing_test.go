package magics

import (
	"testing"
	"time"
)

// The expectations are what IPython 8's _format_time prints for the same
// spans (checked with Python: IPython.core.magics.execution._format_time).
func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0 ns"},
		{1, "1 ns"},
		{999, "999 ns"},
		{1500, "1.5 µs"},
		{5620 * time.Microsecond, "5.62 ms"},
		{365 * time.Millisecond, "365 ms"},
		{372400 * time.Microsecond, "372 ms"},
		{999 * time.Millisecond, "999 ms"},
		{1 * time.Second, "1 s"},
		{1234 * time.Millisecond, "1.23 s"},
		{59900 * time.Millisecond, "59.9 s"},
		{60 * time.Second, "1min"},
		{65 * time.Second, "1min 5s"},
		{3725 * time.Second, "1h 2min 5s"},
		{90061 * time.Second, "1d 1h 1min 1s"},
		{3600*time.Second + 500*time.Millisecond, "1h"},
		{999600 * time.Nanosecond, "1e+03 µs"}, // IPython rounds into the exponent form too
		{999510 * time.Microsecond, "1e+03 ms"},
	}
	for _, tt := range tests {
		if got := formatDuration(tt.d); got != tt.want {
			t.Errorf("formatDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
