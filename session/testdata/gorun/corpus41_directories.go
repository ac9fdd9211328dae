package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	root, err := os.MkdirTemp("", "subdir")
	check(err)
	defer os.RemoveAll(root)

	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(filepath.Join(root, name), d, 0644))
	}

	createEmptyFile("file1")

	err = os.MkdirAll(filepath.Join(root, "parent", "child"), 0755)
	check(err)

	createEmptyFile("parent/file2")
	createEmptyFile("parent/file3")
	createEmptyFile("parent/child/file4")

	c, err := os.ReadDir(filepath.Join(root, "parent"))
	check(err)

	fmt.Println("Listing parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}

	c, err = os.ReadDir(filepath.Join(root, "parent", "child"))
	check(err)

	fmt.Println("Listing child")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}

	fmt.Println("Visiting root")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Println(" ", rel, d.IsDir())
		return nil
	})
	check(err)

	matches, _ := filepath.Glob(filepath.Join(root, "parent", "file*"))
	for _, m := range matches {
		fmt.Println("glob:", filepath.Base(m))
	}
	fmt.Println(filepath.Ext("notes.tar.gz"), filepath.Dir("a/b/c.txt"), filepath.Clean("a//b/../c"))
}
