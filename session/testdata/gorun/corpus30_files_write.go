package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "corpus30_files_write")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	fname := filepath.Join(dir, "test.txt")
	f, err := os.Create(fname)
	if err != nil {
		fmt.Println(err)
		return
	}
	l, err := f.WriteString("Hello World")
	if err != nil {
		fmt.Println(err)
		f.Close()
		return
	}
	fmt.Println(l, "bytes written successfully")
	if err := f.Close(); err != nil {
		fmt.Println(err)
		return
	}

	bname := filepath.Join(dir, "bytes")
	f2, _ := os.Create(bname)
	d2 := []byte{104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100}
	n2, _ := f2.Write(d2)
	fmt.Println(n2, "bytes written successfully")
	f2.Close()

	lname := filepath.Join(dir, "lines")
	f3, _ := os.Create(lname)
	d := []string{"Welcome to the world of Go1.", "Go is a compiled language.", "It is easy to learn Go."}
	for _, v := range d {
		fmt.Fprintln(f3, v)
	}
	f3.Close()
	fmt.Println("file written successfully")

	f4, err := os.OpenFile(lname, os.O_APPEND|os.O_WRONLY, 0644)
	if err != nil {
		fmt.Println(err)
		return
	}
	newLine := "File handling is easy."
	_, err = fmt.Fprintln(f4, newLine)
	f4.Close()
	fmt.Println("file appended successfully")

	f5, _ := os.Open(lname)
	s := bufio.NewScanner(f5)
	i := 0
	for s.Scan() {
		i++
		fmt.Printf("%d: %s\n", i, s.Text())
	}
	f5.Close()

	w, _ := os.Create(filepath.Join(dir, "buffered"))
	bw := bufio.NewWriter(w)
	for j := 0; j < 3; j++ {
		fmt.Fprintf(bw, "row %d\n", j)
	}
	fmt.Println("buffered before flush:", bw.Buffered())
	bw.Flush()
	w.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "buffered"))
	fmt.Printf("%q\n", data)

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), info.Size(), e.IsDir())
	}
}
