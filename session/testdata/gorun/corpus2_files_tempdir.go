package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "corpus2")
	check(err)
	defer os.RemoveAll(dir)

	p := filepath.Join(dir, "dat1")
	check(os.WriteFile(p, []byte("hello\ngo\n"), 0644))

	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n4)
	fmt.Fprintf(w, "line %d\n", 2)
	w.Flush()
	f.Close()

	dat, err := os.ReadFile(p)
	check(err)
	fmt.Print(string(dat))

	f2, err := os.Open(filepath.Join(dir, "dat2"))
	check(err)
	scanner := bufio.NewScanner(f2)
	for scanner.Scan() {
		fmt.Println(">", strings.ToUpper(scanner.Text()))
	}
	f2.Close()

	check(os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0755))
	check(os.WriteFile(filepath.Join(dir, "sub", "deep", "x.txt"), nil, 0644))
	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		fmt.Println(" ", e.Name(), e.IsDir())
	}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		fmt.Println("visit", filepath.ToSlash(rel), d.IsDir())
		return nil
	})
	check(err)
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	info, _ := os.Stat(p)
	fmt.Println(info.Size(), info.Name())
}
