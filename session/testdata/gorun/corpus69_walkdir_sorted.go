package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(root)

	files := map[string]string{
		"README.md":                  "# project\n",
		"cmd/tool/main.go":           "package main\n",
		"internal/util/util.go":      "package util\n",
		"internal/util/util_test.go": "package util\n",
		"docs/guide.md":              "guide\nmore\n",
		"docs/img/logo.png":          "PNG....",
		".git/HEAD":                  "ref: refs/heads/main\n",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}

	var found []string
	var total int64
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel != "." {
				found = append(found, rel+"/")
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		total += info.Size()
		found = append(found, fmt.Sprintf("%s (%d bytes)", rel, info.Size()))
		return nil
	})
	if err != nil {
		fmt.Println("walk error:", err)
	}
	sort.Strings(found)
	for _, f := range found {
		depth := strings.Count(strings.TrimSuffix(strings.Fields(f)[0], "/"), "/")
		fmt.Printf("%s%s\n", strings.Repeat("  ", depth), f)
	}
	fmt.Println("total bytes:", total)
}
