package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func countLines(path string) (n int, longest string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", fmt.Errorf("count lines: %w", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			n++
			line = strings.TrimRight(line, "\n")
			fmt.Printf("%03d| %s\n", n, line)
			if len(line) > len(longest) {
				longest = line
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, longest, err
		}
	}
	return n, longest, nil
}

func main() {
	dir, err := os.MkdirTemp("", "c50")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "c50_readstring.txt")
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := bufio.NewWriter(f)
	for _, s := range []string{"first", "the second line", "", "fourth without newline"} {
		w.WriteString(s)
		if s != "fourth without newline" {
			w.WriteString("\n")
		}
	}
	w.Flush()
	f.Close()
	defer os.Remove(path)
	n, longest, err := countLines(path)
	fmt.Println(n, longest, err)
	_, _, err = countLines(path + ".missing")
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err)
}
