package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "rootdemo")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	root, err := os.OpenRoot(dir)
	if err != nil {
		panic(err)
	}
	defer root.Close()

	if err := root.Mkdir("sub", 0o755); err != nil {
		panic(err)
	}
	f, err := root.Create("sub/hello.txt")
	if err != nil {
		panic(err)
	}
	fmt.Fprintln(f, "inside the root")
	f.Close()

	rf, err := root.Open("sub/hello.txt")
	if err != nil {
		panic(err)
	}
	data, _ := io.ReadAll(rf)
	rf.Close()
	fmt.Print(string(data))

	info, err := root.Stat("sub/hello.txt")
	fmt.Println(info.Name(), info.Size(), err)

	_, err = root.Open("../escape.txt")
	fmt.Println("escape blocked:", err != nil)

	sub, err := root.OpenRoot("sub")
	if err != nil {
		panic(err)
	}
	_, err = sub.Stat("hello.txt")
	fmt.Println("sub root stat ok:", err == nil)
	sub.Close()

	fsys := root.FS()
	b, err := fs.ReadFile(fsys, "sub/hello.txt")
	fmt.Printf("%q %v\n", b, err)

	if err := root.Remove("sub/hello.txt"); err != nil {
		panic(err)
	}
	_, err = os.Stat(filepath.Join(dir, "sub", "hello.txt"))
	fmt.Println("removed:", os.IsNotExist(err))
}
