package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x now", x)
}

func closureSeesLatest() {
	x := 1
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	result = n
	return result + 1
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func writeFile(path string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
		fmt.Println("file closed")
	}()
	_, err = fmt.Fprintln(f, "hello from defer")
	return err
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("closing", r.name) }

func main() {
	order()
	argsEvaluatedEarly()
	closureSeesLatest()
	fmt.Println("double(5) =", double(5))
	work()

	dir, err := os.MkdirTemp("", "corpus42-defer")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "out.txt")
	if err := writeFile(path); err != nil {
		fmt.Println("write failed:", err)
	}
	data, _ := os.ReadFile(path)
	fmt.Print(string(data))

	a := &resource{"a"}
	b := &resource{"b"}
	defer a.Close()
	defer b.Close()
	fmt.Println("main ending")
}
