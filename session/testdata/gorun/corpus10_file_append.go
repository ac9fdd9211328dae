package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func appendLine(path, line string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintln(f, line)
	return err
}

func main() {
	dir, err := os.MkdirTemp("", "append")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "journal.txt")

	for _, l := range []string{"first entry", "second entry", "third entry"} {
		if err := appendLine(path, l); err != nil {
			fmt.Println("append:", err)
		}
	}

	f, err := os.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%02d %s\n", n, sc.Text())
	}
	off, _ := f.Seek(6, io.SeekStart)
	word := make([]byte, 5)
	io.ReadFull(f, word)
	fmt.Println(off, string(word))
	f.Close()

	_, err = f.Read(word)
	fmt.Println("read after close:", errors.Is(err, os.ErrClosed))

	rw, _ := os.OpenFile(path, os.O_RDWR, 0)
	rw.Truncate(12)
	rw.WriteAt([]byte("FIRST"), 0)
	rw.Close()
	b, _ := os.ReadFile(path)
	fmt.Printf("%q\n", b)

	newPath := filepath.Join(dir, "renamed.txt")
	fmt.Println(os.Rename(path, newPath))
	_, err = os.ReadFile(path)
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path), "err:", pe.Err)
	}
	_, err = os.OpenFile(newPath, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	fmt.Println("exists:", errors.Is(err, fs.ErrExist))
	info, _ := os.Stat(newPath)
	fmt.Println(info.Size(), info.Mode())
}
