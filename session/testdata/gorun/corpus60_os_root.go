package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "rootdemo")
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
	fmt.Fprintln(f, "inside the root")
	f.Close()

	if err := root.Mkdir("sub", 0o755); err != nil {
		fmt.Println(err)
	}

	data, err := os.ReadFile(filepath.Join(dir, "notes.txt"))
	fmt.Printf("%q %v\n", data, err)

	_, err = root.Open("../escape.txt")
	fmt.Println("escape blocked:", err != nil)

	info, err := root.Stat("sub")
	fmt.Println(info.Name(), info.IsDir(), err)

	entries, _ := fs.ReadDir(root.FS(), ".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
}
