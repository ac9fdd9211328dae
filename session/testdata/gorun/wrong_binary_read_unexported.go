package main

// Go's binary.Read panics setting a field the program left unexported;
// the interpreter's type of the struct exports it, and the read went on.

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type hdr struct {
	Magic uint16
	size  uint32
}

func main() {
	var buf bytes.Buffer
	err := binary.Write(&buf, binary.LittleEndian, hdr{1, 2})
	fmt.Println(err, buf.Len())
	var h hdr
	err = binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h)
	fmt.Println(err, h)
}
