package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type namedHash struct {
	name string
	h    hash.Hash
}

func main() {
	data := "The quick brown fox jumps over the lazy dog"
	fmt.Printf("crc32 IEEE: %08x\n", crc32.ChecksumIEEE([]byte(data)))
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("crc32 Castagnoli: %08x\n", crc32.Checksum([]byte(data), castagnoli))

	hashes := []namedHash{
		{"fnv32", fnv.New32()},
		{"fnv32a", fnv.New32a()},
		{"fnv64", fnv.New64()},
		{"fnv64a", fnv.New64a()},
		{"fnv128a", fnv.New128a()},
		{"crc32", crc32.NewIEEE()},
	}
	writers := make([]io.Writer, len(hashes))
	for i, nh := range hashes {
		writers[i] = nh.h
	}
	n, err := io.Copy(io.MultiWriter(writers...), strings.NewReader(data))
	fmt.Println("copied", n, err)
	for _, nh := range hashes {
		fmt.Printf("%-8s size=%2d block=%d sum=%x\n", nh.name, nh.h.Size(), nh.h.BlockSize(), nh.h.Sum(nil))
	}

	crc := crc32.NewIEEE()
	for _, part := range strings.SplitAfter(data, " ") {
		crc.Write([]byte(part))
	}
	fmt.Printf("incremental: %08x\n", crc.Sum32())
	c := crc32.Update(0, crc32.IEEETable, []byte("The quick "))
	c = crc32.Update(c, crc32.IEEETable, []byte("brown fox jumps over the lazy dog"))
	fmt.Printf("update: %08x\n", c)

	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Println("fnv32a(hello) =", h.Sum32())
	h.Reset()
	fmt.Println("after reset =", h.Sum32())
}
