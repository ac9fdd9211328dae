package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	randv2 "math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

type Pair struct {
	Key string
	Val int
}

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var p Pair
	n, err = fmt.Sscan("k 7", &p.Key, &p.Val)
	fmt.Println(n, err, p)
	_, err = fmt.Sscanf("x", "%d", &age)
	fmt.Println(err)

	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64() < 1, r.Perm(5))
	r2 := randv2.New(randv2.NewPCG(1, 2))
	fmt.Println(r2.IntN(1000), r2.IntN(1000))
	xs := []int{1, 2, 3, 4, 5}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)

	sr := strings.NewReader("héllo world")
	br := bufio.NewReader(sr)
	for i := 0; i < 3; i++ {
		ch, size, _ := br.ReadRune()
		fmt.Printf("%c:%d ", ch, size)
	}
	br.UnreadRune()
	word, _ := br.ReadString(' ')
	fmt.Printf("%q\n", word)
	sr.Seek(0, io.SeekStart)
	peek, _ := bufio.NewReader(sr).Peek(3)
	fmt.Println(string(peek), sr.Len(), sr.Size())

	dec := json.NewDecoder(strings.NewReader(`{"a":[1,2.5,"x",true,null],"b":{"c":1}}`))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		fmt.Printf("%T:%v ", tok, tok)
	}
	fmt.Println()
	var num struct{ N json.Number }
	json.Unmarshal([]byte(`{"N": 12345678901234567890}`), &num)
	fmt.Println(num.N, num.N.String())

	f, err := os.CreateTemp("", "corpus59-*.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	fmt.Println(strings.HasPrefix(filepath.Base(f.Name()), "corpus59-"), filepath.Ext(f.Name()))
	f.WriteString("0123456789")
	f.Seek(3, io.SeekStart)
	b := make([]byte, 4)
	f.Read(b)
	off, _ := f.Seek(-2, io.SeekEnd)
	st, _ := f.Stat()
	fmt.Println(string(b), off, st.Size())
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(err != nil, strings.Contains(err.Error(), "file already closed"))
}
