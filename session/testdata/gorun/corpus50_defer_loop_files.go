package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func process(path string) (size int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer func() {
		fmt.Println("  closing", filepath.Base(path))
		f.Close()
	}()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}

func main() {
	dir, _ := os.MkdirTemp("", "c50deferloop")
	defer func() {
		os.RemoveAll(dir)
		fmt.Println("removed temp dir")
	}()
	names := []string{"c.dat", "a.dat", "b.dat"}
	for i, n := range names {
		os.WriteFile(filepath.Join(dir, n), make([]byte, (i+1)*10), 0o644)
	}
	sort.Strings(names)
	names = append(names, "missing.dat")
	var total int64
	for _, n := range names {
		s, err := process(filepath.Join(dir, n))
		if err != nil {
			fmt.Println("skip:", filepath.Base(n), os.IsNotExist(err))
			continue
		}
		fmt.Println(n, s)
		total += s
	}
	fmt.Println("total", total)
	funcs := []func(){}
	for _, n := range names[:2] {
		defer func() { fmt.Println("deferred in loop sees", n) }()
		funcs = append(funcs, func() { fmt.Println("closure sees", n) })
	}
	for _, f := range funcs {
		f()
	}
}
