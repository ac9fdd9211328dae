package main

import (
	"fmt"
	"io/fs"
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
	p := filepath.Join("dir1", "dir2", "filename")
	fmt.Println("p:", p)
	fmt.Println(filepath.Join("dir1//", "filename"))
	fmt.Println(filepath.Join("dir1/../dir1", "filename"))
	fmt.Println("Dir(p):", filepath.Dir(p))
	fmt.Println("Base(p):", filepath.Base(p))
	fmt.Println(filepath.IsAbs("dir/file"))
	fmt.Println(filepath.IsAbs("/dir/file"))
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext)
	fmt.Println(strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	check(err)
	fmt.Println(rel)
	rel, err = filepath.Rel("a/b", "a/c/t/file")
	check(err)
	fmt.Println(rel)
	fmt.Println(filepath.Split("a/b/c.txt"))
	fmt.Println(filepath.Clean("a/./b/../c/"))
	ok, _ := filepath.Match("*.go", "main.go")
	fmt.Println(ok)

	dir, err := os.MkdirTemp("", "corpus26-subdir")
	check(err)
	defer os.RemoveAll(dir)
	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(dir, "file1"))
	err = os.MkdirAll(filepath.Join(dir, "parent", "child"), 0755)
	check(err)
	createEmptyFile(filepath.Join(dir, "parent", "file2"))
	createEmptyFile(filepath.Join(dir, "parent", "file3"))
	createEmptyFile(filepath.Join(dir, "parent", "child", "file4"))

	c, err := os.ReadDir(filepath.Join(dir, "parent"))
	check(err)
	fmt.Println("Listing subdir/parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	fmt.Println("Visiting subdir")
	var seen []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(dir, p)
		seen = append(seen, fmt.Sprintf("%s %t", r, d.IsDir()))
		return nil
	})
	check(err)
	for _, s := range seen {
		fmt.Println(" ", s)
	}

	f, err := os.CreateTemp("", "sample")
	check(err)
	fmt.Println("Temp file name has prefix:", strings.HasPrefix(filepath.Base(f.Name()), "sample"))
	defer os.Remove(f.Name())
	_, err = f.Write([]byte{1, 2, 3, 4})
	check(err)
	f.Close()
	st, err := os.Stat(f.Name())
	check(err)
	fmt.Println("size", st.Size(), st.IsDir())
	dname, err := os.MkdirTemp("", "sampledir")
	check(err)
	defer os.RemoveAll(dname)
	fname := filepath.Join(dname, "file1")
	err = os.WriteFile(fname, []byte{1, 2}, 0666)
	check(err)
	entries, _ := os.ReadDir(dname)
	fmt.Println(len(entries), entries[0].Name())
}
