package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func readConfig(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return b, nil
}

func loadApp(dir string) error {
	_, err := readConfig(filepath.Join(dir, "missing.yaml"))
	if err != nil {
		return fmt.Errorf("load app: %w", err)
	}
	return nil
}

func main() {
	dir, err := os.MkdirTemp("", "corpus66")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	err = loadApp(dir)
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path))
		fmt.Println("inner:", pe.Err)
	}
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
		fmt.Printf("%d %T\n", depth, e)
	}
	if err := os.WriteFile(filepath.Join(dir, "missing.yaml"), []byte("k: v\n"), 0o644); err != nil {
		fmt.Println(err)
	}
	fmt.Println(loadApp(dir) == nil)
}
