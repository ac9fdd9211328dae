package main

import (
	"bufio"
	"fmt"
	"io"
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
	dir, err := os.MkdirTemp("", "corpus26-files")
	check(err)
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "dat")
	d1 := []byte("hello\ngo\n")
	err = os.WriteFile(path, d1, 0644)
	check(err)
	defer os.Remove(path)

	f, err := os.Create(path + "2")
	check(err)
	defer os.Remove(path + "2")
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
	fr, err := os.Open(path)
	check(err)
	b1 := make([]byte, 5)
	n1, err := fr.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, err := fr.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err = fr.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: ", n2, o2)
	fmt.Printf("%v\n", string(b2[:n2]))
	_, err = fr.Seek(2, io.SeekCurrent)
	check(err)
	o3, err := fr.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err = io.ReadAtLeast(fr, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))
	_, err = fr.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(fr)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))
	fr.Close()
	all, _ := os.ReadFile(path + "2")
	fmt.Printf("%q\n", all)

	scanner := bufio.NewScanner(strings.NewReader("hello\nfilter\nlines\n"))
	for scanner.Scan() {
		ucl := strings.ToUpper(scanner.Text())
		fmt.Println(ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	ws := bufio.NewScanner(strings.NewReader("one two  three"))
	ws.Split(bufio.ScanWords)
	cnt := 0
	for ws.Scan() {
		cnt++
	}
	fmt.Println("words:", cnt)
	_, err = os.ReadFile(filepath.Join(os.TempDir(), "corpus26_nope", "x"))
	fmt.Println(os.IsNotExist(err))
}
