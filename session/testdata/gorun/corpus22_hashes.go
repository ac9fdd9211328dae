package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"sort"
)

func shard(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("crc32 IEEE: %08x\n", crc32.ChecksumIEEE(data))
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("crc32 Castagnoli: %08x\n", crc32.Checksum(data, castagnoli))
	fmt.Printf("crc64 ISO: %016x\n", crc64.Checksum(data, crc64.MakeTable(crc64.ISO)))
	fmt.Printf("adler32: %08x\n", adler32.Checksum(data))

	c := crc32.NewIEEE()
	io.WriteString(c, "The quick brown fox ")
	io.WriteString(c, "jumps over the lazy dog")
	fmt.Printf("incremental: %08x size=%d block=%d\n", c.Sum32(), c.Size(), c.BlockSize())
	crc := crc32.Update(0, crc32.IEEETable, data[:10])
	crc = crc32.Update(crc, crc32.IEEETable, data[10:])
	fmt.Printf("update: %08x\n", crc)

	hashes := map[string]hash.Hash{
		"fnv32":   fnv.New32(),
		"fnv32a":  fnv.New32a(),
		"fnv64":   fnv.New64(),
		"fnv64a":  fnv.New64a(),
		"fnv128a": fnv.New128a(),
	}
	names := make([]string, 0, len(hashes))
	for k := range hashes {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		h := hashes[name]
		h.Write([]byte("gopher"))
		fmt.Printf("%-8s %x\n", name, h.Sum(nil))
	}

	h64 := fnv.New64a()
	h64.Write([]byte("a"))
	fmt.Println(h64.Sum64())
	h64.Reset()
	fmt.Println(h64.Sum64())

	buckets := make([]int, 4)
	for i := range 20 {
		buckets[shard(fmt.Sprintf("user-%d", i), len(buckets))]++
	}
	fmt.Println(buckets)
	fmt.Println(shard("alice", 16), shard("bob", 16))
	prefixed := crc32.NewIEEE().Sum([]byte("prefix:"))
	fmt.Printf("%q\n", prefixed)
}
