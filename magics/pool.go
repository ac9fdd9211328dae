package magics

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/multiprocessing"
)

// history is the source of the cells that ran without error, which pool
// workers replay the declarations of (see multiprocessing's ship.go).
// The running cell is in it (a function declared in the cell that calls
// Map is found), and leaves it if it fails.
type history struct {
	mu    sync.Mutex
	seq   int
	cells []multiprocessing.Cell
}

// start adds a cell as it starts; done(false) takes it back out.
func (h *history) start(code string) (done func(ok bool)) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.seq++
	seq := h.seq
	h.cells = append(h.cells, multiprocessing.Cell{Seq: seq, Code: code})
	return func(ok bool) {
		if ok {
			return
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		for i, c := range h.cells {
			if c.Seq == seq {
				h.cells = append(h.cells[:i:i], h.cells[i+1:]...)
				return
			}
		}
	}
}

func (h *history) all() []multiprocessing.Cell {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.cells[:len(h.cells):len(h.cells)]
}

// newProcesses binds multiprocessing to this kernel: its lock, the
// session's function names, the cells run so far, and the current cell for
// what workers print.
func (l *Layer) newProcesses(worker bool) *multiprocessing.Module {
	return multiprocessing.New(multiprocessing.Options{
		Lock:     l.world.lock,
		FuncName: func(fn any) (string, bool) { return l.session.FuncName(fn) },
		Cells:    l.history.all,
		Output:   func(stream, text string) { l.session.StreamToOwner(stream, text) },
		Worker:   worker,
	})
}

// ServeWorker runs this process as a pool worker (gogil worker): a kernel
// of its own, with its own lock, that replays the cells it is sent and
// runs the calls it is asked, reading requests from stdin and writing
// replies to file descriptor 3. What the cells print goes to stdout and
// stderr, which the pool forwards to the cell that called it.
func ServeWorker() error {
	l, err := newLayer(Options{}, true, nil)
	if err != nil {
		return err
	}
	defer l.Shutdown(false)
	replies := os.NewFile(3, "replies")
	if replies == nil {
		return errors.New("worker: no reply pipe (file descriptor 3): it is started by a pool")
	}
	return l.processes.Worker(os.Stdin, replies, func(code string) error {
		out := &workerCell{}
		o := l.Execute(context.Background(), kernel.ExecuteInput{Code: code}, out)
		if o.Err != nil {
			return errors.New(strings.Join(o.Err.Traceback, "\n") + out.errText.String())
		}
		return nil
	})
}

// workerCell is where a replayed cell's output goes: its declarations ran
// in the kernel already, which showed what they printed (a var's
// initialiser, %%native's progress), so stdout is dropped and stderr kept
// for the error, if the cell fails. What calls print reaches the worker's
// stdout and stderr, which the pool forwards.
type workerCell struct {
	errText strings.Builder
}

func (c *workerCell) Stream(name, text string) {
	if name == "stderr" {
		c.errText.WriteString(text)
	}
}
func (c *workerCell) Display(cellio.Output) {}
func (c *workerCell) ClearOutput(bool)      {}
func (c *workerCell) Input(string, bool) (string, error) {
	return "", errors.New("a pool worker has no stdin")
}
