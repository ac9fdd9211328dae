package main

import (
	"fmt"
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
	f, err := os.CreateTemp("", "sample")
	check(err)

	fmt.Println("Temp file prefix ok:", strings.HasPrefix(filepath.Base(f.Name()), "sample"))

	defer os.Remove(f.Name())

	_, err = f.Write([]byte{1, 2, 3, 4})
	check(err)
	check(f.Close())

	dname, err := os.MkdirTemp("", "sampledir")
	check(err)
	fmt.Println("Temp dir under TempDir:", strings.HasPrefix(dname, os.TempDir()))

	defer os.RemoveAll(dname)

	fname := filepath.Join(dname, "file1")
	err = os.WriteFile(fname, []byte{1, 2}, 0666)
	check(err)

	got, err := os.ReadFile(fname)
	check(err)
	fmt.Println("read back:", got)

	content, err := os.ReadFile(f.Name())
	check(err)
	fmt.Println("temp file bytes:", content)

	info, err := os.Stat(fname)
	check(err)
	fmt.Println(info.Name(), info.Size(), info.IsDir())

	_, err = os.ReadFile(filepath.Join(dname, "missing"))
	fmt.Println("missing is not-exist:", os.IsNotExist(err))
}
