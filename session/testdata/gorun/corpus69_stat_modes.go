package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func describe(path string) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Printf("%s: does not exist\n", filepath.Base(path))
		return
	}
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	kind := "file"
	if info.IsDir() {
		kind = "dir"
	}
	size := info.Size()
	if info.IsDir() {
		size = 0 // directory sizes vary between file systems
	}
	fmt.Printf("%-10s %-4s size=%-5d perm=%v regular=%t\n",
		info.Name(), kind, size, info.Mode().Perm(), info.Mode().IsRegular())
}

func main() {
	dir, err := os.MkdirTemp("", "stat")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	script := filepath.Join(dir, "run.sh")
	os.WriteFile(script, []byte("#!/bin/sh\necho hi\n"), 0o600)
	os.Chmod(script, 0o755)

	secret := filepath.Join(dir, "secret.key")
	os.WriteFile(secret, make([]byte, 2048), 0o600)
	os.Chmod(secret, 0o600)

	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o700)
	os.Chmod(sub, 0o750)

	for _, p := range []string{script, secret, sub, filepath.Join(dir, "nope")} {
		describe(p)
	}

	info, _ := os.Stat(script)
	mode := info.Mode()
	fmt.Println("executable by owner:", mode&0o100 != 0)
	fmt.Printf("mode string: %s octal: %#o\n", mode, mode.Perm())
	info2, _ := os.Stat(sub)
	fmt.Println("dir mode:", info2.Mode())
}
