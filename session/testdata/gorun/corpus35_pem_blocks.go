package main

import (
	"bytes"
	"encoding/pem"
	"fmt"
	"os"
)

func main() {
	blocks := []*pem.Block{
		{Type: "MESSAGE", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "Animal": "Gopher"}, Bytes: []byte("hello pem world, this is a test payload that spans lines!!")},
		{Type: "DATA", Bytes: []byte{0, 1, 2, 3, 4, 5, 250, 251, 252}},
	}
	var buf bytes.Buffer
	for _, b := range blocks {
		if err := pem.Encode(&buf, b); err != nil {
			fmt.Println("encode:", err)
			os.Exit(1)
		}
	}
	buf.WriteString("trailing junk\n")
	fmt.Print(buf.String())

	rest := buf.Bytes()
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		fmt.Printf("type=%s headers=%d len=%d proc=%q\n", b.Type, len(b.Headers), len(b.Bytes), b.Headers["Proc-Type"])
	}
	fmt.Printf("rest=%q\n", rest)

	mem := pem.EncodeToMemory(&pem.Block{Type: "EMPTY"})
	fmt.Printf("%q\n", mem)
	b, _ := pem.Decode([]byte("no pem here"))
	fmt.Println("nil block:", b == nil)
	err := pem.Encode(&buf, &pem.Block{Type: "X", Headers: map[string]string{"a:b": "c"}})
	fmt.Println("bad header:", err)
}
