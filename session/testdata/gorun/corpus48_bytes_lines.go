package main

import (
	"bytes"
	"fmt"
)

func main() {
	data := []byte("GET /index\nPOST /login\nGET /about\n")
	gets := 0
	for line := range bytes.Lines(data) {
		line = bytes.TrimRight(line, "\n")
		method, path, _ := bytes.Cut(line, []byte(" "))
		if bytes.Equal(method, []byte("GET")) {
			gets++
		}
		fmt.Printf("%s -> %s\n", method, path)
	}
	fmt.Println("GET requests:", gets)
	for f := range bytes.FieldsSeq([]byte(" k1=v1  k2=v2 ")) {
		k, v, _ := bytes.Cut(f, []byte("="))
		fmt.Printf("%s:%s\n", k, v)
	}
	for s := range bytes.SplitSeq([]byte("1|2|3"), []byte("|")) {
		fmt.Print(string(s), ";")
	}
	fmt.Println()
}
