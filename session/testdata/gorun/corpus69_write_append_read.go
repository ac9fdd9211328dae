package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "notes-*")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(path, []byte("first line\n"), 0o644); err != nil {
		log.Fatal(err)
	}

	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	for i := 2; i <= 4; i++ {
		if _, err := fmt.Fprintf(f, "line number %d\n", i); err != nil {
			log.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}

	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("read %d bytes:\n%s", len(data), data)
	fmt.Println("file name:", filepath.Base(path))

	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println("missing exists?", !os.IsNotExist(err))
}
