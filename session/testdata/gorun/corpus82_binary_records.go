package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Count   uint32
}

type Record struct {
	ID    int32
	Score float32
	Flags uint8
}

func main() {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'G', 'O', 'R', 'C'}, Version: 2, Count: 3}
	if err := binary.Write(&buf, binary.LittleEndian, h); err != nil {
		fmt.Println(err)
	}
	recs := []Record{{1, 9.5, 1}, {2, 7.25, 0}, {3, 3.0, 3}}
	for _, r := range recs {
		binary.Write(&buf, binary.LittleEndian, r)
	}
	fmt.Println("bytes:", buf.Len(), binary.Size(h), binary.Size(Record{}))
	fmt.Printf("% x\n", buf.Bytes()[:10])

	var h2 Header
	binary.Read(&buf, binary.LittleEndian, &h2)
	fmt.Printf("%s v%d n=%d\n", h2.Magic[:], h2.Version, h2.Count)
	for {
		var r Record
		err := binary.Read(&buf, binary.LittleEndian, &r)
		if err == io.EOF {
			break
		}
		fmt.Printf("%+v\n", r)
	}
	b := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{1, -1, 300, -70000} {
		n := binary.PutVarint(b, v)
		got, _ := binary.Varint(b[:n])
		fmt.Println(v, n, got)
	}
	fmt.Println(binary.BigEndian.Uint32([]byte{0, 0, 1, 2}))
	out := binary.BigEndian.AppendUint16(nil, 0xBEEF)
	fmt.Printf("%x\n", out)
}
