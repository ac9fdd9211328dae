package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func copyFile(dst, src string) (int64, error) {
	in, err := os.Open(src)
	if err != nil {
		return 0, fmt.Errorf("copy: %w", err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return 0, fmt.Errorf("copy: %w", err)
	}
	n, err := io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return n, err
}

func main() {
	dir, err := os.MkdirTemp("", "copy")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	tmp, err := os.CreateTemp(dir, "draft-*.txt")
	if err != nil {
		panic(err)
	}
	fmt.Println("temp name pattern ok:", strings.HasPrefix(filepath.Base(tmp.Name()), "draft-"),
		strings.HasSuffix(tmp.Name(), ".txt"))
	tmp.WriteString("version 1\n")
	tmp.Close()

	final := filepath.Join(dir, "final.txt")
	if err := os.Rename(tmp.Name(), final); err != nil {
		panic(err)
	}
	_, err = os.Stat(tmp.Name())
	fmt.Println("old name gone:", errors.Is(err, fs.ErrNotExist))

	n, err := copyFile(filepath.Join(dir, "backup.txt"), final)
	fmt.Println("copied", n, "bytes, err:", err)

	_, err = copyFile(filepath.Join(dir, "x.txt"), filepath.Join(dir, "ghost.txt"))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path), "err:", pe.Err)
	}
	fmt.Println("is not exist:", errors.Is(err, os.ErrNotExist))

	os.Remove(final)
	err = os.Remove(final)
	fmt.Println("second remove fails:", err != nil)

	err = os.Mkdir(dir, 0o755)
	fmt.Println("mkdir existing:", errors.Is(err, fs.ErrExist))

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		fmt.Printf("%s: %q\n", e.Name(), b)
	}
	os.Truncate(filepath.Join(dir, "backup.txt"), 7)
	b, _ := os.ReadFile(filepath.Join(dir, "backup.txt"))
	fmt.Printf("truncated: %q\n", b)
}
