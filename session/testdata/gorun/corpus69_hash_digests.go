package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func main() {
	msg := "The quick brown fox jumps over the lazy dog"
	fmt.Printf("md5     %x\n", md5.Sum([]byte(msg)))
	fmt.Printf("sha1    %x\n", sha1.Sum([]byte(msg)))
	fmt.Printf("sha256  %x\n", sha256.Sum256([]byte(msg)))
	sum512 := sha512.Sum512([]byte(msg))
	fmt.Printf("sha512  %s...\n", hex.EncodeToString(sum512[:16]))
	fmt.Printf("empty   %x\n", sha256.Sum256(nil))

	h := md5.New()
	for _, part := range strings.Fields(msg) {
		io.WriteString(h, part+" ")
	}
	fmt.Printf("md5 of words+spaces %x size=%d block=%d\n", h.Sum(nil), h.Size(), h.BlockSize())

	dir, _ := os.MkdirTemp("", "hash")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "data.bin")
	os.WriteFile(p, []byte(strings.Repeat("abc", 1000)), 0o644)
	sum, err := fileSHA256(p)
	fmt.Println("file sha256:", sum, err)
	_, err = fileSHA256(filepath.Join(dir, "none"))
	fmt.Println("missing file error:", err != nil)

	a := sha256.Sum256([]byte("same"))
	b := sha256.Sum256([]byte("same"))
	c := sha256.Sum256([]byte("Same"))
	fmt.Println("a==b:", a == b, "a==c:", a == c, len(a))
}
