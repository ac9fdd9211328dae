package magics

import (
	"context"
	"fmt"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/session"
	"github.com/gogil/gogil/timeline"
)

// timelineMagic is %%timeline: it records the lock's trace while the rest
// of the cell runs and shows it after the cell's output as a picture, one
// lane a thread — who held the lock, who waited, who asked it to drop —
// in the spirit of David Beazley's gilvis.
func (l *Layer) timelineMagic(args []string, out cellio.Cell, next run) (run, error) {
	if len(args) > 0 {
		return nil, fmt.Errorf("takes no arguments")
	}
	return func(ctx context.Context, c session.Cell) kernel.Outcome {
		lock := l.world.lock
		lock.StartTrace()
		outcome := next(ctx, c)
		events := lock.StopTrace()
		svg := timeline.SVG(events, timeline.Options{})
		out.Display(cellio.Output{Data: map[string]any{
			"image/svg+xml": svg,
			"text/plain":    fmt.Sprintf("<interpreter lock timeline: %d events>", len(events)),
		}})
		return outcome
	}, nil
}
