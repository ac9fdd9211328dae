package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
	Scale   float32
}

func main() {
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xCAFEBABE)
	binary.LittleEndian.PutUint32(buf[4:], 0xCAFEBABE)
	fmt.Println(hex.EncodeToString(buf))
	fmt.Printf("%#x %#x\n", binary.BigEndian.Uint16(buf), binary.LittleEndian.Uint64(buf))

	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 2, Flags: 0x8001, Count: 1000, Scale: 1.5}
	var w bytes.Buffer
	if err := binary.Write(&w, binary.LittleEndian, h); err != nil {
		fmt.Println("write:", err)
	}
	binary.Write(&w, binary.BigEndian, []int16{-1, 2, -3})
	fmt.Println(w.Len(), binary.Size(h))
	fmt.Print(hex.Dump(w.Bytes()))

	r := bytes.NewReader(w.Bytes())
	var h2 Header
	if err := binary.Read(r, binary.LittleEndian, &h2); err != nil {
		fmt.Println("read:", err)
	}
	fmt.Printf("%s v%d flags=%016b count=%d scale=%v\n", h2.Magic[:], h2.Version, h2.Flags, h2.Count, h2.Scale)
	nums := make([]int16, 3)
	binary.Read(r, binary.BigEndian, nums)
	fmt.Println(nums, h == h2)
	var extra uint32
	err := binary.Read(r, binary.BigEndian, &extra)
	fmt.Println(err, err == io.EOF)

	// Varints.
	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 63, -64, 300, 1 << 40} {
		n := binary.PutVarint(vb, v)
		got, m := binary.Varint(vb[:n])
		fmt.Printf("%d -> % x (%d bytes) -> %d %d\n", v, vb[:n], n, got, m)
	}
	u := binary.AppendUvarint(nil, 300)
	uv, _ := binary.Uvarint(u)
	fmt.Println(u, uv)
	out := binary.BigEndian.AppendUint16([]byte{0xff}, 0x1234)
	fmt.Printf("% x\n", out)
	err = binary.Write(&w, binary.LittleEndian, struct{ S string }{"no"})
	fmt.Println(err)
}
