package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func writeAll(dir string, names []string) (err error) {
	for _, n := range names {
		if strings.ContainsAny(n, "/\\") {
			return fmt.Errorf("bad name %q", n)
		}
		if err := writeOne(filepath.Join(dir, n), "data for "+n); err != nil {
			return fmt.Errorf("writeAll: %w", err)
		}
	}
	return nil
}

func writeOne(path, content string) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		err = errors.Join(err, f.Close())
	}()
	_, err = f.WriteString(content)
	return err
}

func main() {
	dir, err := os.MkdirTemp("", "corpus66-files")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(writeAll(dir, []string{"a.txt", "b.txt"}))
	fmt.Println(writeAll(dir, []string{"c.txt", "x/y"}))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		fmt.Println(e.Name(), string(b))
	}
	err = writeOne(filepath.Join(dir, "nodir", "z.txt"), "z")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	f, _ := os.Open(filepath.Join(dir, "a.txt"))
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(err != nil, errors.Is(err, os.ErrClosed))
}
