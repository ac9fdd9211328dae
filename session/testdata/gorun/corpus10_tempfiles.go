package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "tutorial-*")
	check(err)
	defer os.RemoveAll(dir)

	files := map[string]string{
		"notes.txt":        "remember the milk\n",
		"data/numbers.csv": "1,2,3\n4,5,6\n",
		"data/empty.txt":   "",
		"data/deep/a.md":   "# Title\n\nbody\n",
		"b.log":            strings.Repeat("log line\n", 5),
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, name)
		check(os.MkdirAll(filepath.Dir(path), 0o755))
		check(os.WriteFile(path, []byte(files[name]), 0o644))
	}

	data, err := os.ReadFile(filepath.Join(dir, "notes.txt"))
	check(err)
	fmt.Printf("read back: %q\n", data)

	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		info, _ := e.Info()
		kind := "file"
		if e.IsDir() {
			kind = "dir "
		}
		size := info.Size()
		if e.IsDir() {
			size = 0
		}
		fmt.Println(kind, e.Name(), size)
	}

	fmt.Println("walk:")
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if d.IsDir() && d.Name() == "deep" {
			fmt.Println("  skip", rel)
			return filepath.SkipDir
		}
		fmt.Println(" ", rel, d.IsDir())
		return nil
	})
	fmt.Println("walk err:", err)

	var total int64
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			total += info.Size()
		}
		return nil
	})
	fmt.Println("total bytes:", total)

	matches, _ := filepath.Glob(filepath.Join(dir, "data", "*.txt"))
	for _, m := range matches {
		fmt.Println("glob:", filepath.Base(m))
	}

	st, err := os.Stat(filepath.Join(dir, "b.log"))
	check(err)
	fmt.Println(st.Name(), st.Size(), st.Mode().IsRegular(), st.Mode().Perm())

	_, err = os.Stat(filepath.Join(dir, "missing.txt"))
	fmt.Println("missing:", os.IsNotExist(err), strings.Contains(err.Error(), "no such file"))

	check(os.Remove(filepath.Join(dir, "notes.txt")))
	entries, _ = os.ReadDir(dir)
	fmt.Println("after remove:", len(entries))
}
