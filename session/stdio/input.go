package stdio

import (
	"fmt"
	"sync"
)

// Input is the cells' os.Stdin and fmt.Scan source: every line it needs is
// asked for when a read finds nothing left. It never reaches end of file,
// so io.ReadAll(os.Stdin) keeps asking until the asking fails (an
// interrupt, a front end that does not allow stdin).
type Input struct {
	ask    func() (string, error)
	failed func(error)
	mu     sync.Mutex
	buf    []byte
}

// NewInput returns an Input that calls ask for each line it needs (without
// its newline) and failed, if not nil, when ask fails; the read then fails
// with that error.
func NewInput(ask func() (string, error), failed func(error)) *Input {
	return &Input{ask: ask, failed: failed}
}

// Reset drops what a cell left unread: the next cell's reads start from a
// fresh line.
func (in *Input) Reset() {
	in.mu.Lock()
	in.buf = nil
	in.mu.Unlock()
}

func (in *Input) Read(p []byte) (int, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if len(in.buf) == 0 {
		line, err := in.ask()
		if err != nil {
			if in.failed != nil {
				in.failed(err)
			}
			return 0, fmt.Errorf("stdin: %w", err)
		}
		in.buf = []byte(line + "\n")
	}
	n := copy(p, in.buf)
	in.buf = in.buf[n:]
	return n, nil
}
