package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// binary.Read and binary.Decode skip a struct's blank fields: the bytes
// under them are not stored, and the fields stay zero.

type Header struct {
	Kind uint8
	_    [3]byte
	Len  uint32
	OK   bool
	_    uint16
}

type Frame struct {
	H    Header
	Body [2]uint16
	_    byte
}

type Named struct {
	X_  uint8
	Val uint8
}

func main() {
	src := []byte{1, 9, 9, 9, 0, 0, 1, 0, 1, 5, 5, 0xAA, 0xBB, 0xCC, 0xDD, 7}
	var h Header
	err := binary.Read(bytes.NewReader(src), binary.BigEndian, &h)
	fmt.Printf("%+v %v\n", h, err)

	var f Frame
	n, err := binary.Decode(src, binary.BigEndian, &f)
	fmt.Printf("%+v %d %v\n", f, n, err)

	hs := make([]Header, 1)
	binary.Read(bytes.NewReader(src), binary.LittleEndian, hs)
	fmt.Printf("%+v\n", hs)

	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, f)
	fmt.Printf("% x\n", out.Bytes())
	fmt.Println(f == Frame{H: Header{Kind: 1, Len: 256, OK: true}, Body: [2]uint16{0xAABB, 0xCCDD}})

	var nm Named
	binary.Read(bytes.NewReader([]byte{3, 4}), binary.BigEndian, &nm)
	fmt.Println(nm.X_, nm.Val)
}
