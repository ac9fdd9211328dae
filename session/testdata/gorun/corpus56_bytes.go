package main

import (
	"fmt"
)

type Packet struct {
	ID      uint8
	Payload []byte
	Hash    [4]byte
}

type Blob []byte

func main() {
	b := []byte("hello, 世界")
	fmt.Printf("%s\n", b)
	fmt.Printf("%x\n", b)
	fmt.Printf("% x\n", b[:5])
	fmt.Printf("%X\n", b[:5])
	fmt.Printf("%q\n", b)
	fmt.Printf("%v\n", b[:5])
	fmt.Println(b[:3])
	fmt.Printf("%#v\n", b[:3])
	fmt.Printf("%T\n", b)

	p := Packet{ID: 7, Payload: []byte("hi"), Hash: [4]byte{0xde, 0xad, 0xbe, 0xef}}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%x\n", p.Hash)
	fmt.Printf("%s\n", p.Payload)
	fmt.Printf("%x\n", p)

	bl := Blob("abc")
	fmt.Println(bl)
	fmt.Printf("%s %x %q %v %T\n", bl, bl, bl, bl, bl)
	fmt.Printf("%#v\n", bl)
	var empty []byte
	fmt.Printf("%q %v %x %#v\n", empty, empty, empty, empty)
	r := []rune("héllo")
	fmt.Println(r)
	fmt.Printf("%q %c %U\n", r, r, r[1])
	fmt.Printf("%08b\n", b[0])
}
