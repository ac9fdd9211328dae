package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "rootdemo")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "hello.txt"), []byte("hello from inside\n"), 0o644)

	root, err := os.OpenRoot(dir)
	if err != nil {
		panic(err)
	}
	defer root.Close()

	f, err := root.Open("hello.txt")
	if err != nil {
		panic(err)
	}
	data, _ := io.ReadAll(f)
	f.Close()
	fmt.Print(string(data))

	if err := root.Mkdir("sub", 0o755); err != nil {
		panic(err)
	}
	w, err := root.Create("sub/note.txt")
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(w, "written via root")
	w.Close()
	info, err := root.Stat("sub/note.txt")
	fmt.Println(info.Name(), info.Size(), err)

	_, err = root.Open("../escape.txt")
	fmt.Println("escape blocked:", err != nil)
	_, err = root.Open("/etc/passwd")
	fmt.Println("absolute blocked:", err != nil)
}
