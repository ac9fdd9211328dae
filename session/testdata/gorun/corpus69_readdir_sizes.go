package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type entry struct {
	name  string
	size  int64
	isDir bool
}

func humanSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func main() {
	dir, _ := os.MkdirTemp("", "ls")
	defer os.RemoveAll(dir)

	sizes := map[string]int{"small.txt": 12, "medium.bin": 5000, "large.dat": 3 << 20, "zero": 0}
	for name, n := range sizes {
		os.WriteFile(filepath.Join(dir, name), []byte(strings.Repeat("x", n)), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "subdir"), 0o755)

	des, err := os.ReadDir(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	var list []entry
	var total int64
	for _, de := range des {
		info, err := de.Info()
		if err != nil {
			continue
		}
		e := entry{name: de.Name(), isDir: de.IsDir()}
		if !e.isDir {
			e.size = info.Size()
			total += e.size
		}
		list = append(list, e)
	}
	// os.ReadDir returns entries sorted by file name
	for _, e := range list {
		if e.isDir {
			fmt.Printf("%-12s %10s\n", e.name+"/", "<dir>")
			continue
		}
		fmt.Printf("%-12s %10s\n", e.name, humanSize(e.size))
	}
	fmt.Printf("%d entries, %s total\n", len(list), humanSize(total))
	fmt.Println(humanSize(1536), humanSize(1<<30), humanSize(999))
}
