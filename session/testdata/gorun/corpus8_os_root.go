package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

func main() {
	dir, err := os.MkdirTemp("", "rootdemo")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	root, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer root.Close()

	f, err := root.Create("notes.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintln(f, "hello from root")
	f.Close()

	if err := root.Mkdir("sub", 0o755); err != nil {
		fmt.Println(err)
	}
	g, _ := root.Create(filepath.Join("sub", "x.txt"))
	g.Close()

	data, err := fs.ReadFile(root.FS(), "notes.txt")
	fmt.Printf("%q %v\n", data, err)

	_, err = root.Open("../escape.txt")
	fmt.Println("escape refused:", err != nil)

	var names []string
	fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		names = append(names, p)
		return nil
	})
	slices.Sort(names)
	fmt.Println(names)
	info, err := root.Stat("sub")
	fmt.Println(info.IsDir(), err)
	fmt.Println(root.Remove("notes.txt"), root.Remove("notes.txt") != nil)
}
