package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func createFile(p string) *os.File {
	fmt.Println("creating")
	f, err := os.Create(p)
	if err != nil {
		panic(err)
	}
	return f
}

func writeFile(f *os.File) {
	fmt.Println("writing")
	fmt.Fprintln(f, "data")
}

func closeFile(f *os.File) {
	fmt.Println("closing")
	err := f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
}

func readAll(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	return string(b), err
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func main() {
	dir, err := os.MkdirTemp("", "deferdemo")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	p := filepath.Join(dir, "defer.txt")
	func() {
		f := createFile(p)
		defer closeFile(f)
		writeFile(f)
	}()

	s, err := readAll(p)
	fmt.Printf("%q %v\n", s, err)
	_, err = readAll(filepath.Join(dir, "nope"))
	fmt.Println(err != nil)

	fmt.Println("counter:", counter())

	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x =", x)
}
