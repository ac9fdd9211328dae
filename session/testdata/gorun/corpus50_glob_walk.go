package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, _ := os.MkdirTemp("", "c50glob")
	defer os.RemoveAll(root)
	for _, rel := range []string{"a.txt", "b.log", "c.txt", "sub/d.txt", "sub/deep/e.go", "sub/f.log"} {
		full := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte(rel), 0o644)
	}
	matches, err := filepath.Glob(filepath.Join(root, "*.txt"))
	fmt.Println("glob err:", err)
	for _, m := range matches {
		r, _ := filepath.Rel(root, m)
		fmt.Println("glob:", r)
	}
	sub, _ := filepath.Glob(filepath.Join(root, "sub", "*", "*.go"))
	for _, m := range sub {
		r, _ := filepath.Rel(root, m)
		fmt.Println("deep glob:", filepath.ToSlash(r))
	}
	count := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(root, path)
		if d.IsDir() && d.Name() == "deep" {
			fmt.Println("skip dir:", r)
			return filepath.SkipDir
		}
		if !d.IsDir() {
			count++
		}
		fmt.Printf("walk: %s dir=%v\n", r, d.IsDir())
		return nil
	})
	fmt.Println("files:", count, "err:", err)
}
