package stdlib

import (
	"bufio"
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"reflect"
)

func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

func init() {
	printing := []reflect.Type{typeOf[fmt.Formatter](), typeOf[fmt.Stringer]()}
	for _, f := range []any{
		fmt.Errorf, fmt.Fprint, fmt.Fprintf, fmt.Fprintln, fmt.Print, fmt.Printf, fmt.Println,
		fmt.Sprint, fmt.Sprintf, fmt.Sprintln, fmt.Append, fmt.Appendf, fmt.Appendln,
		log.Fatal, log.Fatalf, log.Fatalln, log.Panic, log.Panicf, log.Panicln,
		log.Print, log.Printf, log.Println,
	} {
		MapTypes[reflect.ValueOf(f)] = printing
	}
	scanning := []reflect.Type{typeOf[fmt.Scanner]()}
	for _, f := range []any{fmt.Scan, fmt.Scanf, fmt.Scanln, fmt.Fscan, fmt.Fscanf, fmt.Fscanln, fmt.Sscan, fmt.Sscanf, fmt.Sscanln} {
		MapTypes[reflect.ValueOf(f)] = scanning
	}
	marshal := []reflect.Type{typeOf[json.Marshaler](), typeOf[encoding.TextMarshaler]()}
	unmarshal := []reflect.Type{typeOf[json.Unmarshaler](), typeOf[encoding.TextUnmarshaler]()}
	MapTypes[reflect.ValueOf(json.Marshal)] = marshal
	MapTypes[reflect.ValueOf(json.MarshalIndent)] = marshal
	MapTypes[reflect.ValueOf(json.Unmarshal)] = unmarshal
	MapTypes[reflect.ValueOf(xml.Marshal)] = []reflect.Type{typeOf[xml.Marshaler](), typeOf[encoding.TextMarshaler]()}
	MapTypes[reflect.ValueOf(xml.MarshalIndent)] = MapTypes[reflect.ValueOf(xml.Marshal)]
	MapTypes[reflect.ValueOf(xml.Unmarshal)] = []reflect.Type{typeOf[xml.Unmarshaler](), typeOf[encoding.TextUnmarshaler]()}

	// An interface wrapper's entry lists richer wrappers to try first, the
	// most methods first: the standard library looks for these optional
	// methods (io.Copy for WriteTo and ReadFrom, net/http for Hijack).
	MapTypes[reflect.ValueOf((*_io_Reader)(nil))] = []reflect.Type{typeOf[readerWriterTo]()}
	// io.WriteString calls WriteString when the writer has one, and a cell
	// type embedding a bytes.Buffer or strings.Builder has it; behind the
	// plain wrapper the text would go through Write instead, so a Write
	// that counts or transforms would see calls Go does not make.
	MapTypes[reflect.ValueOf((*_io_Writer)(nil))] = []reflect.Type{
		typeOf[writerReaderFromStringWriter](), typeOf[writerReaderFrom](), typeOf[writerStringWriter](),
	}
	MapTypes[reflect.ValueOf((*_net_http_ResponseWriter)(nil))] = []reflect.Type{typeOf[responseHijacker]()}
}

// The wrappers below follow extract's layout, which yaegi relies on: the
// interpreted value first, then one func field per method, named W+method.

type readerWriterTo struct {
	IValue   any
	WRead    func(p []byte) (int, error)
	WWriteTo func(w io.Writer) (int64, error)
}

func (w readerWriterTo) Read(p []byte) (int, error)          { return w.WRead(p) }
func (w readerWriterTo) WriteTo(to io.Writer) (int64, error) { return w.WWriteTo(to) }

type writerReaderFrom struct {
	IValue    any
	WWrite    func(p []byte) (int, error)
	WReadFrom func(r io.Reader) (int64, error)
}

func (w writerReaderFrom) Write(p []byte) (int, error)            { return w.WWrite(p) }
func (w writerReaderFrom) ReadFrom(from io.Reader) (int64, error) { return w.WReadFrom(from) }

type writerStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WWriteString func(s string) (int, error)
}

func (w writerStringWriter) Write(p []byte) (int, error)       { return w.WWrite(p) }
func (w writerStringWriter) WriteString(s string) (int, error) { return w.WWriteString(s) }

type writerReaderFromStringWriter struct {
	IValue       any
	WWrite       func(p []byte) (int, error)
	WReadFrom    func(r io.Reader) (int64, error)
	WWriteString func(s string) (int, error)
}

func (w writerReaderFromStringWriter) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w writerReaderFromStringWriter) ReadFrom(from io.Reader) (int64, error) {
	return w.WReadFrom(from)
}
func (w writerReaderFromStringWriter) WriteString(s string) (int, error) {
	return w.WWriteString(s)
}

type responseHijacker struct {
	IValue       any
	WHeader      func() http.Header
	WWrite       func(p []byte) (int, error)
	WWriteHeader func(statusCode int)
	WHijack      func() (net.Conn, *bufio.ReadWriter, error)
}

func (w responseHijacker) Header() http.Header         { return w.WHeader() }
func (w responseHijacker) Write(p []byte) (int, error) { return w.WWrite(p) }
func (w responseHijacker) WriteHeader(statusCode int)  { w.WWriteHeader(statusCode) }
func (w responseHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return w.WHijack()
}
