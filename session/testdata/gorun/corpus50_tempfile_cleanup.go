package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func writeReport(dir string) (path string, err error) {
	f, err := os.CreateTemp(dir, "report-*.txt")
	if err != nil {
		return "", err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	for i := 1; i <= 3; i++ {
		if _, err = fmt.Fprintf(f, "line %d\n", i); err != nil {
			return "", err
		}
	}
	return f.Name(), nil
}

func main() {
	dir, err := os.MkdirTemp("", "c50cleanup")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	p, err := writeReport(dir)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	m, _ := filepath.Match("report-*.txt", filepath.Base(p))
	fmt.Println("name matches:", m, filepath.Ext(p))
	f, err := os.Open(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	data, _ := io.ReadAll(f)
	fmt.Printf("%q\n", data)
	info, _ := f.Stat()
	fmt.Println("size:", info.Size(), "dir?", info.IsDir())
	f.Close()
	_, err = f.Read(make([]byte, 1))
	fmt.Println("read after close:", err != nil)
}
