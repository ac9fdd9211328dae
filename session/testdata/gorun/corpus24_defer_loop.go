package main

import (
	"fmt"
	"os"
	"path/filepath"
)

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func leaky(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close() // runs only when leaky returns
	}
	fmt.Println("leaky loop done")
}

func tidy(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
	fmt.Println("tidy loop done")
}

func main() {
	leaky([]string{"a", "b", "c"})
	fmt.Println("---")
	tidy([]string{"a", "b", "c"})
	fmt.Println("---")

	for i := range 3 {
		defer fmt.Println("deferred i =", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure i =", i) }()
	}

	dir, err := os.MkdirTemp("", "deferloop")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	total := 0
	for i := range 3 {
		err := func() error {
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("f%d.txt", i)))
			if err != nil {
				return err
			}
			defer f.Close()
			n, err := fmt.Fprintf(f, "file %d\n", i)
			total += n
			return err
		}()
		if err != nil {
			fmt.Println(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	fmt.Println("files:", len(entries), "bytes:", total)
}
