package magics

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/gogil/gogil/kernel"
)

// A threading.Thread's output and error belong to the cell that started
// it, even when the thread prints while a later cell runs (the later cell
// releases it and joins it, so both outputs are in before it ends).
func TestThreadOutputStaysWithItsCell(t *testing.T) {
	for _, magic := range []string{"", "%%gil\n"} {
		t.Run(fmt.Sprintf("%q", magic), func(t *testing.T) {
			l := newTestLayer(t)
			ctx := context.Background()
			first, second := &recording{}, &recording{}
			start := magic + `release := make(chan bool)
th := threading.Thread(func() {
	<-release
	fmt.Println("printed by the thread")
	panic("the thread fails")
})
th.Start()`
			if out := l.Execute(ctx, kernel.ExecuteInput{Code: start}, first); out.Err != nil {
				t.Fatal(out.Err)
			}
			if out := l.Execute(ctx, kernel.ExecuteInput{Code: "close(release)\n_ = th.Join()\nfmt.Println(\"second cell\")"}, second); out.Err != nil {
				t.Fatal(out.Err)
			}
			if got := first.text("stdout"); got != "printed by the thread\n" {
				t.Errorf("first cell's stdout %q, want the thread's line", got)
			}
			if got := first.text("stderr"); !strings.Contains(got, "Exception in thread") || !strings.Contains(got, "the thread fails") {
				t.Errorf("first cell's stderr %q, want the thread's failure", got)
			}
			if got := second.text("stdout") + second.text("stderr"); got != "second cell\n" {
				t.Errorf("second cell got %q, want only its own line", got)
			}
		})
	}
}
