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
	root, err := os.MkdirTemp("", "gbe-dirs")
	check(err)
	defer os.RemoveAll(root)

	dir := filepath.Join(root, "subdir")
	check(os.Mkdir(dir, 0755))

	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(dir, "file1"))

	check(os.MkdirAll(filepath.Join(dir, "parent", "child"), 0755))
	createEmptyFile(filepath.Join(dir, "parent", "file2"))
	createEmptyFile(filepath.Join(dir, "parent", "file3"))
	check(os.WriteFile(filepath.Join(dir, "parent", "child", "file4"), []byte("four"), 0644))

	c, err := os.ReadDir(filepath.Join(dir, "parent"))
	check(err)
	fmt.Println("Listing subdir/parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}

	fmt.Println("Visiting subdir")
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Println(" ", filepath.ToSlash(rel), d.IsDir())
		return nil
	})
	check(err)

	matches, err := filepath.Glob(filepath.Join(dir, "parent", "file*"))
	check(err)
	for _, m := range matches {
		fmt.Println("glob:", filepath.Base(m))
	}

	fsys := os.DirFS(dir)
	var files []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	fmt.Println(strings.Join(files, ","))
	data, err := fs.ReadFile(fsys, "parent/child/file4")
	fmt.Println(string(data), err)

	info, err := os.Stat(filepath.Join(dir, "parent", "child", "file4"))
	check(err)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())

	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	fmt.Println(filepath.Ext("archive.tar.gz"), filepath.Dir("a/b/c.txt"), filepath.Clean("a//b/../c/."))
}
