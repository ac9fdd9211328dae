package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()

	go func() {
		defer pw.Close()
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(pw, "record %d: %s\n", i, strings.Repeat("*", i))
		}
	}()

	sc := bufio.NewScanner(pr)
	count := 0
	for sc.Scan() {
		count++
		fmt.Println("got", sc.Text())
	}
	fmt.Println("records:", count, "err:", sc.Err())

	// A pipe closed with an error hands that error to the reader.
	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(fmt.Errorf("upstream failed"))
	}()
	data, err := io.ReadAll(pr2)
	fmt.Printf("read %q err=%v\n", data, err)

	// Uppercasing stage between two pipes.
	src := strings.NewReader("hello from the pipeline\nsecond line\n")
	pr3, pw3 := io.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		r := bufio.NewReader(src)
		for {
			line, err := r.ReadString('\n')
			if len(line) > 0 {
				pw3.Write([]byte(strings.ToUpper(line)))
			}
			if err != nil {
				pw3.Close()
				return
			}
		}
	}()
	out, _ := io.ReadAll(pr3)
	<-done
	fmt.Print(string(out))
}
