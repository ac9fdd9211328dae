package main

import (
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type chunk struct {
	data []byte
	sum  uint32
}

func main() {
	s := "hello, world"
	fmt.Printf("crc32 IEEE:       %08x\n", crc32.ChecksumIEEE([]byte(s)))
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("crc32 Castagnoli: %08x\n", crc32.Checksum([]byte(s), castagnoli))
	fmt.Printf("adler32:          %08x\n", adler32.Checksum([]byte(s)))

	h := fnv.New64a()
	h.Write([]byte(s))
	fmt.Printf("fnv64a:           %016x\n", h.Sum64())

	// Incremental hashing gives the same answer as one shot.
	c := crc32.NewIEEE()
	for _, part := range []string{"hello", ", ", "world"} {
		io.WriteString(c, part)
	}
	fmt.Println("incremental equal:", c.Sum32() == crc32.ChecksumIEEE([]byte(s)))
	fmt.Println("update equal:", crc32.Update(crc32.ChecksumIEEE([]byte("hello, ")), crc32.IEEETable, []byte("world")) == c.Sum32())

	// Detect a corrupted chunk.
	text := strings.Repeat("payload-", 6)
	var chunks []chunk
	for i := 0; i < len(text); i += 16 {
		end := min(i+16, len(text))
		b := []byte(text[i:end])
		chunks = append(chunks, chunk{data: b, sum: crc32.ChecksumIEEE(b)})
	}
	chunks[1].data[3] = 'X'
	for i, ch := range chunks {
		ok := crc32.ChecksumIEEE(ch.data) == ch.sum
		fmt.Printf("chunk %d %q ok=%v\n", i, ch.data, ok)
	}

	buckets := make([]int, 4)
	for _, k := range []string{"alice", "bob", "carol", "dave", "erin", "frank", "grace"} {
		f := fnv.New32a()
		f.Write([]byte(k))
		buckets[f.Sum32()%4]++
	}
	fmt.Println("buckets:", buckets)
}
