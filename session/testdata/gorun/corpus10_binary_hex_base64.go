package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  int64
}

func main() {
	var buf bytes.Buffer
	h := Header{Magic: 0xCAFEBABE, Version: 3, Flags: 0x0102, Length: -42}
	if err := binary.Write(&buf, binary.BigEndian, h); err != nil {
		fmt.Println(err)
	}
	fmt.Println(buf.Len(), binary.Size(h))
	fmt.Println(hex.EncodeToString(buf.Bytes()))

	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v %v\n", back, back == h)

	le := make([]byte, 8)
	binary.LittleEndian.PutUint32(le, 0x01020304)
	binary.BigEndian.PutUint16(le[4:], 0xABCD)
	fmt.Printf("% x\n", le)
	fmt.Println(binary.LittleEndian.Uint16(le), binary.BigEndian.Uint32(le))

	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []uint64{1, 127, 128, 300, 1 << 40} {
		n := binary.PutUvarint(vb, v)
		got, m := binary.Uvarint(vb[:n])
		fmt.Printf("%d -> % x (%d bytes) -> %d %d\n", v, vb[:n], n, got, m)
	}
	sn := binary.PutVarint(vb, -65)
	fmt.Printf("% x\n", vb[:sn])
	app := binary.BigEndian.AppendUint32(nil, 7)
	fmt.Println(app)

	fmt.Print(hex.Dump([]byte("Gophers are cute!\x00\x01")))
	raw, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(raw), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)

	msg := []byte("any carnal pleas?>")
	fmt.Println(base64.StdEncoding.EncodeToString(msg))
	fmt.Println(base64.URLEncoding.EncodeToString(msg))
	fmt.Println(base64.RawStdEncoding.EncodeToString(msg[:4]))
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawURLEncoding.EncodedLen(10))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8gZ29waGVy")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("not base64!")
	fmt.Println(err)
	var enc bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &enc)
	w.Write([]byte("streamed"))
	w.Close()
	fmt.Println(enc.String())
}
