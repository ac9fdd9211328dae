package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	base, err := os.MkdirTemp("", "corpus37-root-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(base)

	dir := filepath.Join(base, "jail")
	if err := os.Mkdir(dir, 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile(filepath.Join(base, "corpus37-outside.txt"), []byte("x"), 0o644); err != nil {
		panic(err)
	}

	root, err := os.OpenRoot(dir)
	if err != nil {
		panic(err)
	}
	defer root.Close()

	if err := root.Mkdir("uploads", 0o755); err != nil {
		panic(err)
	}
	f, err := root.Create("uploads/report.txt")
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(f, "quarterly numbers")
	f.Close()

	data, err := fs.ReadFile(root.FS(), "uploads/report.txt")
	fmt.Printf("%q %v\n", data, err)

	for _, name := range []string{"../corpus37-outside.txt", "uploads/../../etc/passwd", "/etc/passwd"} {
		_, err := root.Open(name)
		fmt.Printf("%-28s escapes: %v\n", name, err != nil)
	}

	_, err = root.Stat("missing.txt")
	fmt.Println("missing:", errors.Is(err, fs.ErrNotExist))

	info, err := root.Stat("uploads/report.txt")
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)

	sub, err := root.OpenRoot("uploads")
	if err != nil {
		panic(err)
	}
	defer sub.Close()
	entries, _ := fs.ReadDir(sub.FS(), ".")
	for _, e := range entries {
		fmt.Println("in uploads:", e.Name())
	}
	fmt.Println(root.Remove("uploads/report.txt"), root.Remove("uploads"))
}
