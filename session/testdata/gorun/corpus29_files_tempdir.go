package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "corpus29-files-*")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "notes.txt")
	err = os.WriteFile(path, []byte("line one\nline two\n"), 0o644)
	fmt.Println("write:", err)

	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintf(f, "line %s\n", "three")
	f.Close()

	data, _ := os.ReadFile(path)
	fmt.Print(string(data))

	info, err := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().Perm())

	rf, _ := os.Open(path)
	scanner := bufio.NewScanner(rf)
	n := 0
	for scanner.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, strings.ToUpper(scanner.Text()))
	}
	rf.Close()

	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("b"), 0o600)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("aa"), 0o600)
	var found []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		found = append(found, rel)
		return nil
	})
	sort.Strings(found)
	fmt.Println(found)

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}

	err = os.Rename(filepath.Join(dir, "a.txt"), filepath.Join(dir, "c.txt"))
	fmt.Println("rename:", err)
	_, err = os.Stat(filepath.Join(dir, "a.txt"))
	fmt.Println(os.IsNotExist(err))

	src, _ := os.Open(path)
	dst, _ := os.Create(filepath.Join(dir, "copy.txt"))
	copied, err := io.Copy(dst, src)
	src.Close()
	dst.Close()
	fmt.Println("copied", copied, err)
	fmt.Println(filepath.Ext(path), filepath.Base(path), strings.HasPrefix(path, os.TempDir()))
}
