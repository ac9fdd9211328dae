package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func loadConfig(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config %s: %w", filepath.Base(path), err)
	}
	return data, nil
}

func main() {
	defer fmt.Println("deferred: never printed")
	_, err := loadConfig(filepath.Join(os.TempDir(), "corpus59-no-such-dir", "app.yaml"))
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Println("missing:", err != nil)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op", pe.Op)
	}
	fmt.Fprintln(os.Stderr, "fatal:", err)
	os.Exit(3)
}
