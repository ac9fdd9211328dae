package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
}

type Sample struct {
	ID    int32
	Value float64
	Ok    bool
	_     [3]byte
}

func main() {
	buf := new(bytes.Buffer)
	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 2, Flags: 0x8001, Length: 1234}
	if err := binary.Write(buf, binary.LittleEndian, h); err != nil {
		fmt.Println("write failed:", err)
	}
	fmt.Printf("% x\n", buf.Bytes())
	fmt.Println(binary.Size(h), buf.Len())

	var h2 Header
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2); err != nil {
		fmt.Println("read failed:", err)
	}
	fmt.Printf("%s %d %#x %d\n", h2.Magic[:], h2.Version, h2.Flags, h2.Length)

	var be bytes.Buffer
	binary.Write(&be, binary.BigEndian, h)
	fmt.Printf("% x\n", be.Bytes())

	samples := []Sample{{ID: 1, Value: math.Pi, Ok: true}, {ID: -2, Value: -0.5}}
	var sb bytes.Buffer
	binary.Write(&sb, binary.BigEndian, samples)
	fmt.Println(sb.Len(), binary.Size(samples))
	back := make([]Sample, 2)
	binary.Read(&sb, binary.BigEndian, back)
	fmt.Printf("%+v\n", back)

	var pi float64
	b := []byte{0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40}
	binary.Read(bytes.NewReader(b), binary.LittleEndian, &pi)
	fmt.Print(pi, "\n")

	data := []interface{}{uint16(61374), int8(-54), uint8(254)}
	var mb bytes.Buffer
	for _, v := range data {
		binary.Write(&mb, binary.LittleEndian, v)
	}
	fmt.Printf("%x\n", mb.Bytes())

	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{-1, 1, 300, -129} {
		n := binary.PutVarint(vb, x)
		v, m := binary.Varint(vb[:n])
		fmt.Printf("%d -> % x -> %d (%d)\n", x, vb[:n], v, m)
	}
	u := binary.AppendUvarint(nil, 1<<20)
	fmt.Printf("% x\n", u)
	fmt.Println(binary.BigEndian.Uint32([]byte{0, 0, 1, 0}), binary.LittleEndian.Uint16([]byte{1, 2}))

	var short Header
	err := binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.LittleEndian, &short)
	fmt.Println("short read:", err)
	err = binary.Write(new(bytes.Buffer), binary.LittleEndian, struct{ S string }{"x"})
	fmt.Println("bad type:", err)
}
