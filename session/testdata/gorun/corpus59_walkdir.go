package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "corpus59-walk-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	files := []string{"a.txt", "src/main.go", "src/util/util.go", "src/util/util_test.go", "docs/readme.md", ".hidden/secret"}
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte(strings.Repeat("x", len(f))), 0644)
	}

	fmt.Println("-- WalkDir")
	var total int64
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") {
			fmt.Println("skip", rel)
			return filepath.SkipDir
		}
		if !d.IsDir() {
			info, _ := d.Info()
			total += info.Size()
		}
		fmt.Printf("%-24s dir=%v\n", filepath.ToSlash(rel), d.IsDir())
		return nil
	})
	fmt.Println("err:", err, "bytes:", total)

	fmt.Println("-- Walk, go files only")
	var gofiles []string
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() && filepath.Ext(path) == ".go" {
			gofiles = append(gofiles, filepath.Base(path))
		}
		return nil
	})
	fmt.Println(gofiles)

	matches, _ := filepath.Glob(filepath.Join(root, "src", "util", "*_test.go"))
	for _, m := range matches {
		fmt.Println("glob:", filepath.Base(m))
	}
	fsys := os.DirFS(root)
	md, _ := fs.Glob(fsys, "*/*.md")
	fmt.Println(md)
	fmt.Println(filepath.Join("a", "b", "../c"), filepath.Clean("/x//y/./z/.."), filepath.Ext("t.tar.gz"))
	dir, file := filepath.Split("/usr/local/bin/go")
	fmt.Println(dir, file)
	ok, _ := filepath.Match("*.go", "main.go")
	fmt.Println(ok)
	err = filepath.WalkDir(filepath.Join(root, "nothere"), func(path string, d fs.DirEntry, err error) error {
		return err
	})
	fmt.Println(os.IsNotExist(err))
}
