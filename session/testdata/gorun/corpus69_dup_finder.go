package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func hashFile(path string) ([32]byte, error) {
	var sum [32]byte
	f, err := os.Open(path)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, err
	}
	copy(sum[:], h.Sum(nil))
	return sum, nil
}

func main() {
	root, _ := os.MkdirTemp("", "dups")
	defer os.RemoveAll(root)
	contents := map[string]string{
		"photos/a.jpg":      "JPEGDATA-1",
		"photos/b.jpg":      "JPEGDATA-2",
		"backup/a-copy.jpg": "JPEGDATA-1",
		"backup/old/a.jpg":  "JPEGDATA-1",
		"docs/cv.pdf":       "PDF-CV",
		"docs/cv-final.pdf": "PDF-CV",
		"docs/notes.txt":    "notes",
	}
	for name, body := range contents {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}

	groups := make(map[[32]byte][]string)
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		sum, err := hashFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		groups[sum] = append(groups[sum], filepath.ToSlash(rel))
		return nil
	})

	var dups [][]string
	for _, names := range groups {
		if len(names) > 1 {
			sort.Strings(names)
			dups = append(dups, names)
		}
	}
	sort.Slice(dups, func(i, j int) bool {
		if len(dups[i]) != len(dups[j]) {
			return len(dups[i]) > len(dups[j])
		}
		return dups[i][0] < dups[j][0]
	})
	fmt.Println("unique contents:", len(groups))
	for i, g := range dups {
		sum, _ := hashFile(filepath.Join(root, g[0]))
		fmt.Printf("group %d (%x): %v\n", i+1, sum[:4], g)
	}
}
