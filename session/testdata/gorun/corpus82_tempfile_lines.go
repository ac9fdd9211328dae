package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gogil-demo-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	f, err := os.CreateTemp(dir, "notes-*.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	w := bufio.NewWriter(f)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(w, "line %d: %s\n", i, strings.Repeat("*", i))
	}
	w.Flush()
	f.Close()
	fmt.Println(strings.HasPrefix(filepath.Base(f.Name()), "notes-"), filepath.Ext(f.Name()))

	f, _ = os.Open(f.Name())
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		if n%2 == 1 {
			fmt.Println(sc.Text())
		}
	}
	info, _ := f.Stat()
	fmt.Println(n, "lines,", info.Size(), "bytes", info.Mode().IsRegular())

	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("alpha"), 0o644)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("beta!"), 0o644)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "notes-") {
			continue
		}
		fmt.Println(e.Name(), e.IsDir())
	}
	_, err = os.ReadFile(filepath.Join(dir, "nope.txt"))
	fmt.Println(os.IsNotExist(err), err != nil)
	data, _ := os.ReadFile(filepath.Join(dir, "sub", "b.txt"))
	fmt.Printf("%s %d\n", data, len(data))
}
