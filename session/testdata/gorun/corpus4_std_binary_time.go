package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"time"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Size    int64
	Ratio   float32
}

func main() {
	buf := new(bytes.Buffer)
	if err := binary.Write(buf, binary.LittleEndian, math.Pi); err != nil {
		fmt.Println("binary.Write failed:", err)
	}
	fmt.Printf("% x\n", buf.Bytes())

	buf.Reset()
	data := []any{uint16(61374), int8(-54), uint8(254)}
	for _, v := range data {
		if err := binary.Write(buf, binary.LittleEndian, v); err != nil {
			fmt.Println("binary.Write failed:", err)
		}
	}
	fmt.Printf("%x\n", buf.Bytes())

	var pi float64
	b := []byte{0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40}
	if err := binary.Read(bytes.NewReader(b), binary.LittleEndian, &pi); err != nil {
		fmt.Println("binary.Read failed:", err)
	}
	fmt.Print(pi, "\n")

	h := Header{Magic: 0xCAFEBABE, Version: 2, Flags: 5, Size: -7, Ratio: 0.5}
	buf.Reset()
	if err := binary.Write(buf, binary.BigEndian, h); err != nil {
		fmt.Println("binary.Write failed:", err)
	}
	fmt.Println(buf.Len(), binary.Size(h))
	fmt.Printf("% x\n", buf.Bytes()[:8])
	var back Header
	if err := binary.Read(buf, binary.BigEndian, &back); err != nil {
		fmt.Println("binary.Read failed:", err)
	}
	fmt.Printf("%+v %v\n", back, back == h)

	u := make([]byte, 8)
	binary.BigEndian.PutUint32(u, 0xdeadbeef)
	binary.LittleEndian.PutUint16(u[4:], 0x1234)
	fmt.Printf("% x %d\n", u, binary.BigEndian.Uint16(u[4:]))
	vb := binary.AppendUvarint(nil, 300)
	x, n := binary.Uvarint(vb)
	fmt.Println(vb, x, n, binary.PutVarint(u, -129))

	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d/3, d*2, -d)
	dd, err := time.ParseDuration("1h15m30.918273645s")
	fmt.Println(dd, err)
	for _, r := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
		fmt.Printf("(%6s) = %s\n", r, dd.Round(r).String())
	}
	fmt.Println(dd.Truncate(time.Millisecond), time.Duration(1500)*time.Microsecond)

	t0 := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t0)
	fmt.Println(t0.Truncate(time.Hour), t0.Round(time.Minute))
	t1 := t0.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(t1.Format(time.RFC3339), t1.Sub(t0), t1.After(t0), t0.Weekday(), t1.YearDay())
	fmt.Println(t0.AddDate(0, 3, -10).Format("Mon Jan 2 2006"), t0.Format(time.Kitchen))
	p, err := time.Parse("2006-01-02 15:04", "2023-03-15 08:30")
	fmt.Println(p, err, p.Unix())
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	loc := time.FixedZone("UTC+5", 5*3600)
	fmt.Println(t0.In(loc).Format(time.RFC1123Z))
	y, m, dday := t0.Date()
	fmt.Println(y, m, dday, m == time.November, time.Month(3))
}
