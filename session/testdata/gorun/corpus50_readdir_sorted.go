package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	root, err := os.MkdirTemp("", "c50readdir")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	files := map[string]string{
		"zeta.txt":  "zzz",
		"alpha.go":  "package a",
		"mid.md":    "# mid",
		"beta.json": "{}",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(body), 0o644); err != nil {
			fmt.Println(err)
			return
		}
	}
	os.Mkdir(filepath.Join(root, "sub"), 0o755)
	os.WriteFile(filepath.Join(root, "sub", "inner.txt"), []byte("x"), 0o644)

	entries, err := os.ReadDir(root)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range entries {
		info, _ := e.Info()
		kind := "file"
		if e.IsDir() {
			kind = "dir"
		}
		size := info.Size()
		if e.IsDir() {
			size = 0
		}
		fmt.Printf("%-10s %-4s %d %v\n", e.Name(), kind, size, e.Type().IsRegular())
	}
	_, err = os.ReadDir(filepath.Join(root, "missing"))
	fmt.Println(err != nil, os.IsNotExist(err))
}
