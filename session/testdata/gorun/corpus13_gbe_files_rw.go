package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gbe-files")
	check(err)
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "dat")

	d1 := []byte("hello\ngo\n")
	check(os.WriteFile(path, d1, 0644))

	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	d2 := []byte{115, 111, 109, 101, 10}
	n2, err := f.Write(d2)
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)
	n3, err := f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n3)
	f.Sync()
	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n4)
	w.Flush()
	f.Close()

	dat, err := os.ReadFile(path)
	check(err)
	fmt.Print(string(dat))

	r, err := os.Open(filepath.Join(dir, "dat2"))
	check(err)
	defer r.Close()

	b1 := make([]byte, 5)
	n1, err := r.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))

	o2, err := r.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err = r.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: ", n2, o2)
	fmt.Printf("%v\n", string(b2[:n2]))

	_, err = r.Seek(2, io.SeekCurrent)
	check(err)
	_, err = r.Seek(-4, io.SeekEnd)
	check(err)

	o3, err := r.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err = io.ReadAtLeast(r, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))

	_, err = r.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(r)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))

	scanner := bufio.NewScanner(r4)
	lines := 0
	for scanner.Scan() {
		lines++
		fmt.Printf("line %d: %s\n", lines, scanner.Text())
	}

	af, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0644)
	check(err)
	fmt.Fprintln(af, "appended")
	af.Close()
	dat, _ = os.ReadFile(path)
	fmt.Printf("%q\n", dat)

	_, err = os.ReadFile(filepath.Join(dir, "nope"))
	fmt.Println(err != nil, os.IsNotExist(err))
}
