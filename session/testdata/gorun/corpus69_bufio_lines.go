package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "lines")
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "todo.txt")

	content := `# shopping list
milk
  eggs

bread
# done
coffee beans`
	os.WriteFile(name, []byte(content), 0644)

	file, err := os.Open(name)
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	defer file.Close()

	scanner := bufio.NewScanner(file)
	lineNo := 0
	var items []string
	for scanner.Scan() {
		lineNo++
		line := strings.TrimSpace(scanner.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		items = append(items, line)
		fmt.Printf("%2d: %q\n", lineNo, line)
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("scan:", err)
	}
	fmt.Println("total lines:", lineNo, "items:", len(items))
	fmt.Println(strings.Join(items, ", "))

	// count words with a word splitter
	file.Seek(0, 0)
	ws := bufio.NewScanner(file)
	ws.Split(bufio.ScanWords)
	words := 0
	for ws.Scan() {
		words++
	}
	fmt.Println("words:", words)
}
