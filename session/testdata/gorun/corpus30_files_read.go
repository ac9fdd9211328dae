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

func main() {
	dir, err := os.MkdirTemp("", "corpus30")
	if err != nil {
		fmt.Println("dir:", err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "corpus30_files_read.txt")
	content := "first line\nsecond line\nthird line with more words\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		fmt.Println("write:", err)
		return
	}

	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Println("File reading error", err)
		return
	}
	fmt.Println("Contents of file:")
	fmt.Print(string(data))

	f, err := os.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() {
		if err = f.Close(); err != nil {
			fmt.Println(err)
		}
	}()
	r := bufio.NewReader(f)
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		if errors.Is(err, io.EOF) {
			fmt.Println("finished reading file")
			break
		}
		if err != nil {
			fmt.Printf("Error %s reading file", err)
			break
		}
		fmt.Printf("%q ", string(b[0:n]))
	}
	fmt.Println()

	f.Seek(0, io.SeekStart)
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words)

	f.Seek(0, io.SeekStart)
	lr := bufio.NewReader(f)
	for {
		line, err := lr.ReadString('\n')
		if line != "" {
			fmt.Println("line:", strings.TrimSuffix(line, "\n"), len(line))
		}
		if err == io.EOF {
			break
		}
	}

	_, err = os.ReadFile(filepath.Join(os.TempDir(), "corpus30_missing", "x"))
	fmt.Println("missing:", errors.Is(err, os.ErrNotExist))
	st, _ := os.Stat(path)
	fmt.Println(st.Name(), st.Size(), st.Mode().IsRegular())
}
