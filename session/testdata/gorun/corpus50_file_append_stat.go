package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func appendLine(path, line string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(line + "\n")
	return err
}

func main() {
	dir, err := os.MkdirTemp("", "c50")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "c50_append.log")
	os.Remove(path)
	defer os.Remove(path)
	for i, msg := range []string{"boot", "ready", "shutdown"} {
		if err := appendLine(path, fmt.Sprintf("%d %s", i, msg)); err != nil {
			fmt.Println(err)
		}
	}
	data, err := os.ReadFile(path)
	fmt.Print(string(data))
	fmt.Println(err, strings.Count(string(data), "\n"))
	info, err := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.Mode().IsRegular(), info.Mode().Perm()&0o600 == 0o600, err)
	_, err = os.Stat(path + ".nope")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	fmt.Println(f == nil, errors.Is(err, fs.ErrExist))
	err = os.Rename(path, path+".bak")
	fmt.Println("rename:", err)
	defer os.Remove(path + ".bak")
	_, err = os.ReadFile(path)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}
}
