package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func countdown() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
}

func deferredArgs() {
	x := 1
	defer fmt.Println("deferred sees x =", x)
	x = 2
	fmt.Println("x is now", x)
}

func namedResult() (result int) {
	defer func() {
		result *= 2
	}()
	return 21
}

func write(name, content string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(content)
	return err
}

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func main() {
	defer fmt.Println("main deferred last")
	fmt.Println("Hello")
	countdown()
	fmt.Println()
	deferredArgs()
	fmt.Println(namedResult())
	work()

	dir, err := os.MkdirTemp("", "corpus29-defer")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "sample.txt")
	if err := write(name, "This file contains some text.\n"); err != nil {
		fmt.Println(err)
		return
	}
	data, _ := os.ReadFile(name)
	fmt.Print(string(data))

	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("loop cleanup", i)
			fmt.Println("loop body", i)
		}()
	}
}
