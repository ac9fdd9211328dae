package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func digest(h hash.Hash, s string) string {
	h.Write([]byte(s))
	return fmt.Sprintf("%x", h.Sum(nil))
}

func main() {
	s := "The quick brown fox"
	fmt.Printf("%x\n", sha256.Sum256([]byte(s)))
	fmt.Printf("%x\n", md5.Sum([]byte(s)))
	fmt.Printf("%x\n", sha1.Sum([]byte(s)))
	sum := sha512.Sum512([]byte(s))
	fmt.Printf("%x\n", sum[:16])

	for name, ctor := range map[string]func() hash.Hash{"sha256": sha256.New} {
		fmt.Println(name, digest(ctor(), s))
	}
	h := sha256.New()
	io.WriteString(h, "The quick ")
	io.Copy(h, strings.NewReader("brown fox"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())

	f32 := fnv.New32a()
	f32.Write([]byte("hello"))
	fmt.Println(f32.Sum32())
	f64 := fnv.New64()
	f64.Write([]byte("hello"))
	fmt.Println(f64.Sum64())
	buckets := make([]int, 4)
	for _, k := range []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"} {
		hh := fnv.New32a()
		hh.Write([]byte(k))
		buckets[hh.Sum32()%4]++
	}
	fmt.Println(buckets)

	fmt.Println(crc32.ChecksumIEEE([]byte(s)))
	mac := hmac.New(sha256.New, []byte("secret"))
	mac.Write([]byte("message"))
	tag := mac.Sum(nil)
	fmt.Printf("%x\n", tag)
	mac2 := hmac.New(sha256.New, []byte("secret"))
	mac2.Write([]byte("message"))
	fmt.Println(hmac.Equal(tag, mac2.Sum(nil)))
	var hs hash.Hash32 = fnv.New32()
	fmt.Printf("%T %d\n", hs, hs.Size())
}
