package magics

import (
	"errors"
	"os"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/multiprocessing"
)

// newProcesses binds multiprocessing to this kernel: its lock, the
// session's function names, the cells run so far, and the current cell for
// what workers print.
func (l *Layer) newProcesses(worker bool) *multiprocessing.Module {
	return multiprocessing.New(multiprocessing.Options{
		Lock:     l.world.lock,
		FuncName: func(fn any) (string, bool) { return l.session.FuncName(fn) },
		Cells:    l.processCells,
		Output:   func(stream, text string) { l.session.StreamToOwner(stream, text) },
		Worker:   worker,
	})
}

// processCells is what pool workers replay of the cells run so far.
func (l *Layer) processCells() []multiprocessing.Cell {
	var cells []multiprocessing.Cell
	for _, c := range l.history.since(0) {
		if c.forProcess != "" {
			cells = append(cells, multiprocessing.Cell{Seq: c.seq, Count: c.count, Code: c.forProcess})
		}
	}
	return cells
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
	return l.processes.Worker(os.Stdin, replies, workerReplica{newReplica(l, "worker", &workerCell{}, func(c replayCell) string { return c.forProcess })})
}

// workerReplica is a worker process's replica as package multiprocessing
// drives it.
type workerReplica struct{ r *replica }

func (w workerReplica) CatchUp(cells []multiprocessing.Cell) bool {
	replay := make([]replayCell, len(cells))
	for i, c := range cells {
		replay[i] = replayCell{seq: c.Seq, count: c.Count, forProcess: c.Code}
	}
	return w.r.catchUp(replay)
}

func (w workerReplica) Run(code string) error { return w.r.run(code) }

func (w workerReplica) NotFound(name string, err error) error { return w.r.notFound(name, err) }

// workerCell is where a replayed cell's output goes: its declarations ran
// in the kernel already, which showed what they printed (a var's
// initialiser, %%native's progress), so it is dropped. What calls print
// reaches the worker's stdout and stderr, which the pool forwards.
type workerCell struct{}

func (workerCell) Stream(name, text string) {}
func (workerCell) Display(cellio.Output)    {}
func (workerCell) ClearOutput(bool)         {}
func (workerCell) Input(string, bool) (string, error) {
	return "", errors.New("a pool worker has no stdin")
}
