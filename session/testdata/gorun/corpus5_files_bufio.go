package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "corpus5")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "notes.txt")
	data := []byte("first line\nsecond line\nthird line\n")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		panic(err)
	}
	read, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	fmt.Print(string(read))
	fmt.Println(len(read), "bytes")

	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "appended %d\n", 4)
	w.Flush()
	f.Close()

	f, _ = os.Open(path)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, sc.Text())
	}
	f.Close()
	info, _ := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode())

	r := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q\n", line)
		if err == io.EOF {
			fmt.Println("EOF reached")
			break
		}
	}
	words := bufio.NewScanner(strings.NewReader("the quick  brown\nfox"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)
	in := bufio.NewReader(strings.NewReader("42 17\n"))
	var a, b int
	fmt.Fscan(in, &a, &b)
	fmt.Println(a + b)
	var name string
	var age int
	fmt.Sscanf("bob 33", "%s %d", &name, &age)
	fmt.Println(name, age)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "a.txt"), nil, 0o600)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	_, err = os.ReadFile(filepath.Join(dir, "nope"))
	fmt.Println(os.IsNotExist(err))
	err = os.Remove(path)
	_, err = os.Stat(path)
	fmt.Println(err != nil)
}
