package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	root, err := os.MkdirTemp("", "organizer-*")
	must(err)
	defer os.RemoveAll(root)

	files := map[string]string{
		"notes.txt":     "remember the milk",
		"photo.JPG":     "\xff\xd8binary",
		"report.pdf":    "%PDF-1.4",
		"todo.txt":      "1. write code\n2. test it\n",
		"archive.tar":   "",
		"README":        "no extension",
		"script.go":     "package main",
		"diagram.png":   "\x89PNG",
		"old/draft.txt": "first draft",
	}
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		must(os.MkdirAll(filepath.Dir(p), 0o755))
		must(os.WriteFile(p, []byte(content), 0o644))
	}

	categories := map[string]string{".txt": "text", ".pdf": "docs", ".jpg": "images", ".png": "images", ".go": "code"}
	entries, err := os.ReadDir(root)
	must(err)
	moved := 0
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		ext := strings.ToLower(filepath.Ext(e.Name()))
		cat, ok := categories[ext]
		if !ok {
			cat = "other"
		}
		dst := filepath.Join(root, cat)
		must(os.MkdirAll(dst, 0o755))
		must(os.Rename(filepath.Join(root, e.Name()), filepath.Join(dst, e.Name())))
		moved++
	}
	fmt.Println("moved", moved, "files")

	var lines []string
	sizes := map[string]int64{}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel != "." {
				lines = append(lines, filepath.ToSlash(rel)+"/")
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		top := strings.Split(filepath.ToSlash(rel), "/")[0]
		sizes[top] += info.Size()
		lines = append(lines, fmt.Sprintf("%s (%d bytes)", filepath.ToSlash(rel), info.Size()))
		return nil
	})
	must(err)
	sort.Strings(lines)
	for _, l := range lines {
		depth := strings.Count(strings.TrimSuffix(l, "/"), "/")
		fmt.Printf("%s%s\n", strings.Repeat("  ", depth), l)
	}
	dirs := make([]string, 0, len(sizes))
	for d := range sizes {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		fmt.Printf("%-7s %3d\n", d, sizes[d])
	}

	matches, _ := filepath.Glob(filepath.Join(root, "text", "*.txt"))
	fmt.Println(len(matches), filepath.Base(matches[0]))

	_, err = os.Open(filepath.Join(root, "nope.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path), "err:", pe.Err)
	}
	err = os.Mkdir(filepath.Join(root, "text"), 0o755)
	fmt.Println(errors.Is(err, fs.ErrExist))
}
