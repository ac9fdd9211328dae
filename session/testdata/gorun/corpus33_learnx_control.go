// Control flow tour: if with init, switch forms, for forms, goto, defer in loops.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) (g string) {
	switch score / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7:
		g = "C"
	default:
		g = "F"
	}
	return
}

func writeFiles(dir string) error {
	for i := range 3 {
		name := filepath.Join(dir, fmt.Sprintf("f%d.txt", i))
		f, err := os.Create(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(f, "file %d\n", i)
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for _, s := range []int{100, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	if x := 10; x > 5 {
		fmt.Println("x is big", x)
	} else if x > 2 {
		fmt.Println("medium")
	} else {
		fmt.Println("small")
	}

	i := 0
	for i < 3 {
		i++
	}
	fmt.Println("while-style:", i)

	count := 0
	for {
		count++
		if count > 4 {
			break
		}
		if count%2 == 0 {
			continue
		}
		fmt.Println("odd count", count)
	}

	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println("goto n =", n)

	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}

	dir, err := os.MkdirTemp("", "corpus33-ctrl")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := writeFiles(dir); err != nil {
		fmt.Println(err)
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, m := range matches {
		data, _ := os.ReadFile(m)
		fmt.Print(filepath.Base(m), ": ", string(data))
	}

	for i := range 3 {
		defer fmt.Println("deferred in main", i)
	}
	fmt.Println("end of main")
}
