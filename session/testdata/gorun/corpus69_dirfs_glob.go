package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func mustWrite(root, name, body string) {
	p := filepath.Join(root, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		panic(err)
	}
}

func main() {
	root, err := os.MkdirTemp("", "dirfs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)

	mustWrite(root, "a.txt", "alpha")
	mustWrite(root, "b.txt", "bravo!")
	mustWrite(root, "c.log", "charlie")
	mustWrite(root, "logs/2024-01-01.log", "one")
	mustWrite(root, "logs/2024-01-02.log", "two two")
	mustWrite(root, "logs/old/2023.log", "old")

	fsys := os.DirFS(root)

	txt, _ := fs.Glob(fsys, "*.txt")
	fmt.Println("txt:", txt)
	logs, _ := fs.Glob(fsys, "logs/*.log")
	fmt.Println("logs:", logs)
	_, err = fs.Glob(fsys, "[")
	fmt.Println("bad pattern:", err)

	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			fmt.Println("dir ", p)
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fmt.Printf("file %-22s %q\n", p, data)
		return nil
	})
	fmt.Println("walk err:", err)

	sub, _ := fs.Sub(fsys, "logs")
	entries, _ := fs.ReadDir(sub, ".")
	for _, e := range entries {
		fmt.Println("logs entry:", e.Name(), e.IsDir())
	}
	st, err := fs.Stat(fsys, "b.txt")
	fmt.Println(st.Name(), st.Size(), err)
	_, err = fsys.Open("../escape")
	fmt.Println("escape:", err != nil)
	fmt.Println("valid:", fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"))
}
