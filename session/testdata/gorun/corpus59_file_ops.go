package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func check(err error) {
	if err != nil {
		fmt.Println("fatal:", err)
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "corpus59-files-")
	check(err)
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "notes.txt")

	f, err := os.Create(name)
	check(err)
	w := bufio.NewWriter(f)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	check(w.Flush())
	check(f.Close())

	af, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0644)
	check(err)
	_, err = af.WriteString("appended line\n")
	check(err)
	af.Close()

	data, err := os.ReadFile(name)
	check(err)
	fmt.Print(string(data))

	info, err := os.Stat(name)
	check(err)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())

	rf, err := os.Open(name)
	check(err)
	sc := bufio.NewScanner(rf)
	lines := 0
	for sc.Scan() {
		lines++
	}
	rf.Close()
	fmt.Println("lines:", lines)

	missing := filepath.Join(os.TempDir(), "corpus59-definitely-missing", "nope.txt")
	_, err = os.Open(missing)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path), "err:", pe.Err)
	}
	_, err = os.ReadFile(missing)
	fmt.Println(err)
	fmt.Printf("%T\n", err)

	check(os.WriteFile(filepath.Join(dir, "b.txt"), []byte("bee"), 0600))
	check(os.Rename(filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt")))
	_, err = os.Stat(filepath.Join(dir, "b.txt"))
	fmt.Println("b exists:", !os.IsNotExist(err))
	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	err = os.Remove(filepath.Join(dir, "zzz"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
}
