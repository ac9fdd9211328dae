package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func deferLoop() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	fmt.Println("x =", x)
}

func tripled() (result int) {
	defer func() { result *= 3 }()
	return 7
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func a() {
	defer trace("a")()
	fmt.Println("in a")
	b()
}

func b() {
	defer trace("b")()
	fmt.Println("in b")
}

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("closing", r.name) }

func useResources() {
	for _, n := range []string{"db", "cache", "log"} {
		r := &Resource{n}
		defer r.Close()
	}
	fmt.Println("using resources")
}

func writeFile() error {
	dir, err := os.MkdirTemp("", "corpus21")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "corpus21_defer_loop.txt")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString("hello defer\n")
	if err != nil {
		return err
	}
	data, _ := os.ReadFile(path)
	fmt.Print("file: ", string(data))
	return nil
}

func main() {
	deferLoop()
	deferArgs()
	fmt.Println("tripled:", tripled())
	a()
	useResources()
	if err := writeFile(); err != nil {
		fmt.Println(err)
	}
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Print(i, " ")
		}()
	}
	fmt.Println()
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")
	fmt.Println("main end")
}
