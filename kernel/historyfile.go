package kernel

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

// The history file is JSON lines: one line per cell input, and one line
// marking the start of each kernel session. Every kernel sharing the file
// appends to it under an advisory lock on a sibling ".lock" file, opening
// it for each write, so a compaction (a rename) never loses a write.
//
// Cells are written in batches, off the path from a request to its idle
// status: opening, locking, writing and closing for every cell cost a
// trivial cell about 23 µs of its round trip. Close (at shutdown) writes
// what is left; a kernel killed outright loses at most its last
// historyWriteDelay of cells.
const (
	// historyWriteDelay is how long after the first cell not yet written
	// its batch is written.
	historyWriteDelay = 100 * time.Millisecond
	// historyKeep is how many entries of earlier sessions a kernel loads,
	// and how many a compaction keeps.
	historyKeep = 10_000
	// historyCompactAt is the file size above which a starting kernel
	// rewrites the file with its latest historyKeep entries.
	historyCompactAt = 16 << 20
	// historyMaxInput: longer inputs stay in memory but are not written.
	historyMaxInput = 1 << 20
	// historyMaxOutput: longer outputs are written cut to this size.
	historyMaxOutput = 64 << 10
)

// historyRecord is one line of the file: an entry, or (Started set) the
// start of a session.
type historyRecord struct {
	HistoryEntry
	Started string `json:"started,omitempty"`
}

// historyFile is a History kept in memory and appended to a file.
type historyFile struct {
	memoryHistory
	path string
	log  *slog.Logger

	writing sync.Mutex // one batch at a time, in order

	mu      sync.Mutex
	pending []historyRecord // appended, not yet written
	timer   *time.Timer     // writes pending; nil when nothing is
	closed  bool            // after Close, Append writes at once
	failed  bool            // after a failed write the kernel stops writing (logged once)
}

// OpenHistoryFile loads the history file at path, creating it and its
// folder if needed, and starts a new session numbered one above the
// highest in the file.
func OpenHistoryFile(path string, log *slog.Logger) (History, error) {
	h, err := openHistory(path, log)
	if err != nil {
		return nil, err
	}
	return h, nil
}

func openHistory(path string, log *slog.Logger) (*historyFile, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("history: %w", err)
	}
	f := &historyFile{path: path, log: log}
	h := f
	err := f.locked(func() error {
		entries, last, size, err := readHistory(path)
		if err != nil {
			return err
		}
		h.session = last + 1
		h.entries = entries
		if size > historyCompactAt {
			if err := f.compact(entries, last); err != nil {
				log.Warn("could not compact the history file", "path", path, "err", err)
			}
		}
		return f.write(historyRecord{HistoryEntry: HistoryEntry{Session: h.session}, Started: time.Now().UTC().Format(time.RFC3339)})
	})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// readHistory returns the latest historyKeep entries of path, the highest
// session number in it and its size. Lines that do not parse (a write cut
// short by a crash, say) are skipped.
func readHistory(path string) (entries []HistoryEntry, lastSession int, size int64, err error) {
	file, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, 0, 0, nil
	}
	if err != nil {
		return nil, 0, 0, fmt.Errorf("history: %w", err)
	}
	defer file.Close()
	if info, err := file.Stat(); err == nil {
		size = info.Size()
	}
	reader := bufio.NewReaderSize(file, 64<<10)
	for {
		line, err := reader.ReadBytes('\n')
		if err == io.EOF && len(line) == 0 {
			break
		}
		if err != nil && err != io.EOF {
			return nil, 0, 0, fmt.Errorf("history: reading %s: %w", path, err)
		}
		var r historyRecord
		if json.Unmarshal(line, &r) != nil || r.Session <= 0 {
			continue
		}
		lastSession = max(lastSession, r.Session)
		if r.Started != "" {
			continue
		}
		entries = append(entries, r.HistoryEntry)
		if len(entries) >= 2*historyKeep {
			entries = append(entries[:0], entries[len(entries)-historyKeep:]...)
		}
	}
	return lastN(entries, historyKeep), lastSession, size, nil
}

// compact rewrites the file with entries and a mark of the last session,
// so that session numbers keep growing.
func (f *historyFile) compact(entries []HistoryEntry, lastSession int) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, e := range entries {
		if err := enc.Encode(historyRecord{HistoryEntry: e}); err != nil {
			return err
		}
	}
	if err := enc.Encode(historyRecord{HistoryEntry: HistoryEntry{Session: lastSession}, Started: "compacted"}); err != nil {
		return err
	}
	tmp := f.path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, f.path)
}

// Append records e in memory, and in the file with the next batch; a
// failure to write is logged once and ends writing.
func (f *historyFile) Append(e HistoryEntry) {
	e.Session = f.session
	f.memoryHistory.Append(e)
	if len(e.Input) > historyMaxInput {
		return
	}
	f.mu.Lock()
	if f.failed {
		f.mu.Unlock()
		return
	}
	f.pending = append(f.pending, historyRecord{HistoryEntry: e})
	now := f.closed
	if !now && f.timer == nil {
		f.timer = time.AfterFunc(historyWriteDelay, f.writePending)
	}
	f.mu.Unlock()
	if now {
		f.writePending()
	}
}

// Close writes what is pending; later cells are written one by one.
func (f *historyFile) Close() {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	f.writePending()
}

// writePending writes the pending cells in one locked append.
func (f *historyFile) writePending() {
	f.writing.Lock()
	defer f.writing.Unlock()
	f.mu.Lock()
	batch := f.pending
	f.pending = nil
	if f.timer != nil {
		f.timer.Stop()
		f.timer = nil
	}
	f.mu.Unlock()
	if len(batch) == 0 {
		return
	}
	for i := range batch {
		e := &batch[i].HistoryEntry
		if len(e.Output) > historyMaxOutput {
			e.Output = strings.ToValidUTF8(e.Output[:historyMaxOutput], "") + "…"
		}
		if !utf8.ValidString(e.Input) {
			e.Input = strings.ToValidUTF8(e.Input, "\uFFFD")
		}
	}
	err := f.locked(func() error { return f.write(batch...) })
	if err != nil {
		f.mu.Lock()
		first := !f.failed
		f.failed, f.pending = true, nil
		f.mu.Unlock()
		if first {
			f.log.Warn("history is no longer written to the file", "path", f.path, "err", err)
		}
	}
}

// write appends records to the file in one write, so that a kernel
// sharing the file never sees half of a batch.
func (f *historyFile) write(records ...historyRecord) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // <, > and & as they are: code is full of them
	for _, r := range records {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	file, err := os.OpenFile(f.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	_, err = file.Write(buf.Bytes())
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	return err
}

// locked runs fn holding the exclusive lock shared by every kernel that
// uses this history file.
func (f *historyFile) locked(fn func() error) error {
	lock, err := os.OpenFile(f.path+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return fmt.Errorf("history: locking %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	return fn()
}
