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
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"
)

// The history file is JSON lines: one line per cell input, and one line
// marking the start of each kernel session. Every kernel sharing the file
// appends to it under an advisory lock on a sibling ".lock" file, opening
// it for each write, so a compaction (a rename) never loses a write.
const (
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
	path   string
	log    *slog.Logger
	failed atomic.Bool // after a failed write the kernel stops writing (logged once)
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

// Append records e in memory and writes it to the file; a failure to
// write is logged once and ends writing.
func (f *historyFile) Append(e HistoryEntry) {
	e.Session = f.session
	f.memoryHistory.Append(e)
	if f.failed.Load() || len(e.Input) > historyMaxInput {
		return
	}
	if len(e.Output) > historyMaxOutput {
		e.Output = strings.ToValidUTF8(e.Output[:historyMaxOutput], "") + "…"
	}
	if !utf8.ValidString(e.Input) {
		e.Input = strings.ToValidUTF8(e.Input, "\uFFFD")
	}
	err := f.locked(func() error { return f.write(historyRecord{HistoryEntry: e}) })
	if err != nil && !f.failed.Swap(true) {
		f.log.Warn("history is no longer written to the file", "path", f.path, "err", err)
	}
}

func (f *historyFile) write(r historyRecord) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // <, > and & as they are: code is full of them
	if err := enc.Encode(r); err != nil {
		return err
	}
	line := buf.Bytes() // ends with a newline
	file, err := os.OpenFile(f.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	_, err = file.Write(line)
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
