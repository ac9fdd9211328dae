package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"math"
	"math/bits"
	"math/cmplx"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func main() {
	var buf1, buf2 bytes.Buffer
	w := io.MultiWriter(&buf1, &buf2, upperWriter{os.Stdout})
	fmt.Fprintln(w, "some io.Reader stream to be read")
	fmt.Println(buf1.String() == buf2.String(), buf1.Len())

	var logBuf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee reader text"), &logBuf)
	all, _ := io.ReadAll(tee)
	fmt.Println(string(all), "|", logBuf.String())

	lr := io.LimitReader(strings.NewReader("some io.Reader stream to be read\n"), 4)
	if _, err := io.Copy(os.Stdout, lr); err != nil {
		fmt.Println(err)
	}
	fmt.Println()

	sr := io.NewSectionReader(strings.NewReader("some io.Reader stream to be read\n"), 5, 17)
	part := make([]byte, 6)
	n, err := sr.ReadAt(part, 10)
	fmt.Printf("%q %d %v %d\n", part[:n], n, err, sr.Size())
	rest, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", rest)

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "some io.Reader stream to be read\n")
		pw.Close()
	}()
	if _, err := io.Copy(os.Stdout, pr); err != nil {
		fmt.Println(err)
	}

	cr := &countingReader{r: io.MultiReader(strings.NewReader("first "), strings.NewReader("second"))}
	got, _ := io.ReadAll(cr)
	fmt.Println(string(got), cr.n)
	head := make([]byte, 3)
	_, err = io.ReadFull(strings.NewReader("ab"), head)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	nw, _ := io.WriteString(io.Discard, "discarded")
	fmt.Println(nw)

	fmt.Printf("%08x\n", crc32.ChecksumIEEE([]byte("hello world")))
	tab := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("%08x\n", crc32.Checksum([]byte("hello world"), tab))
	hc := crc32.NewIEEE()
	io.WriteString(hc, "hello ")
	io.WriteString(hc, "world")
	fmt.Printf("%08x %d\n", hc.Sum32(), hc.Size())
	h32 := fnv.New32a()
	h32.Write([]byte("gopher"))
	h64 := fnv.New64()
	h64.Write([]byte("gopher"))
	fmt.Println(h32.Sum32(), h64.Sum64())
	fmt.Printf("%x\n", fnv.New128a().Sum([]byte("x")))

	fmt.Println(bits.OnesCount(255), bits.LeadingZeros32(1), bits.TrailingZeros64(8), bits.Len(1023))
	fmt.Println(bits.Reverse8(0b00010011), bits.RotateLeft16(1, -1), bits.ReverseBytes32(0x01020304) == 0x04030201)
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	q, r := bits.Div32(0, 100, 7)
	fmt.Println(hi, lo, sum, carry, q, r, bits.UintSize)

	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), real(c), imag(c), cmplx.Conj(c))
	fmt.Printf("%.4f\n", cmplx.Exp(1i*math.Pi)+1)
	fmt.Printf("%.4f %.4f\n", cmplx.Sqrt(-1), cmplx.Pow(c, 2))
	rr, th := cmplx.Polar(1i)
	fmt.Printf("%.4f %.4f %v\n", rr, th, cmplx.IsNaN(cmplx.NaN()))
	fmt.Println(c*c, c/2, c == complex(3, 4))
}
