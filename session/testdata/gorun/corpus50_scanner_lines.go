package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "c50")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "c50_scanner_lines.txt")
	content := "# config\nhost = localhost\n\nport = 8080\n# end\ndebug = true\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(path)

	f, err := os.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()

	settings := map[string]string{}
	keys := []string{}
	sc := bufio.NewScanner(f)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			fmt.Printf("%2d: skip %q\n", lineNo, line)
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			fmt.Printf("%2d: bad line\n", lineNo)
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		settings[k] = v
		keys = append(keys, k)
		fmt.Printf("%2d: %s -> %s\n", lineNo, k, v)
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan:", err)
	}
	fmt.Println(len(settings), keys, settings["port"])
}
