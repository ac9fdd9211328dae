package magics

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/native"
)

// A build that takes long (the first one on a machine) says why the cell
// waits, while it waits; a quick one says nothing more than its own line.
func TestSlowBuildSaysSoWhileBuilding(t *testing.T) {
	out := &recording{}
	_, err := compileSaying(context.Background(), out, 10*time.Millisecond, func() (*native.Cell, error) {
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(out.text("stdout"), "still building") && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		return &native.Cell{}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := out.text("stdout"); !strings.Contains(got, "first build on a machine") || !strings.Contains(got, "gogil install") {
		t.Errorf("a slow build printed %q", got)
	}

	quick := &recording{}
	if _, err := compileSaying(context.Background(), quick, time.Hour, func() (*native.Cell, error) { return &native.Cell{}, nil }); err != nil {
		t.Fatal(err)
	}
	if got := quick.text("stdout"); got != "" {
		t.Errorf("a quick build printed %q", got)
	}
}
