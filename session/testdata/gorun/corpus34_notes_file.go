package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type Note struct {
	Title string
	Body  string
}

func save(path string, notes []Note) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, n := range notes {
		fmt.Fprintf(w, "# %s\n%s\n\n", n.Title, n.Body)
	}
	return w.Flush()
}

func load(path string) ([]Note, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load notes: %w", err)
	}
	defer f.Close()
	var notes []Note
	var cur *Note
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# "):
			notes = append(notes, Note{Title: strings.TrimPrefix(line, "# ")})
			cur = &notes[len(notes)-1]
		case line == "":
		case cur != nil:
			if cur.Body != "" {
				cur.Body += "\n"
			}
			cur.Body += line
		}
	}
	return notes, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp("", "notes-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "notes.md")

	notes := []Note{
		{"Shopping", "eggs\nflour"},
		{"Ideas", "write a Go kernel"},
	}
	if err := save(path, notes); err != nil {
		fmt.Println("save:", err)
		return
	}
	info, _ := os.Stat(path)
	fmt.Println("saved", info.Name(), info.Size(), "bytes")

	back, err := load(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, n := range back {
		fmt.Printf("%d. %s: %q\n", i+1, n.Title, n.Body)
	}
	_, err = load(filepath.Join(dir, "missing.md"))
	fmt.Println("missing:", err != nil, os.IsNotExist(err), strings.Contains(err.Error(), "load notes"))
}
