package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixedMessage is a message with every field set to a known value, so its
// frames are byte-for-byte reproducible.
func fixedMessage() *Message {
	return &Message{
		Identities: [][]byte{[]byte("client-1")},
		Header: Header{
			MsgID: "3f1c7a52-0001", Session: "sess-1", Username: "alice",
			Date: "2026-11-21T12:00:00.000000Z", MsgType: "execute_request", Version: ProtocolVersion,
		},
		ParentHeader: json.RawMessage(`{}`),
		Metadata:     json.RawMessage(`{}`),
		Content:      json.RawMessage(`{"code":"fmt.Println(1)","silent":false}`),
	}
}

func TestEncodeGolden(t *testing.T) {
	signer, err := NewSigner("hmac-sha256", []byte("secret-key"))
	if err != nil {
		t.Fatal(err)
	}
	frames, err := Encode(fixedMessage(), signer)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	for i, f := range frames {
		got.WriteString(strings.Repeat("-", 4) + " frame " + string(rune('0'+i)) + "\n")
		got.Write(f)
		got.WriteString("\n")
	}
	golden := filepath.Join("testdata", "execute_request.frames")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("frames differ from %s:\n got: %s\nwant: %s", golden, got.Bytes(), want)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, key := range []string{"", "k"} {
		signer, err := NewSigner("hmac-sha256", []byte(key))
		if err != nil {
			t.Fatal(err)
		}
		in := fixedMessage()
		in.Buffers = [][]byte{[]byte("buf")}
		frames, err := Encode(in, signer)
		if err != nil {
			t.Fatal(err)
		}
		out, err := Decode(frames, signer)
		if err != nil {
			t.Fatalf("key %q: %v", key, err)
		}
		if out.Header != in.Header || string(out.Content) != string(in.Content) ||
			len(out.Identities) != 1 || string(out.Identities[0]) != "client-1" || len(out.Buffers) != 1 {
			t.Errorf("key %q: round trip changed the message: %+v", key, out)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	signer, _ := NewSigner("hmac-sha256", []byte("secret-key"))
	good, _ := Encode(fixedMessage(), signer)
	delim := 1 // after the one identity
	replace := func(i int, b string) [][]byte {
		f := append([][]byte(nil), good...)
		f[i] = []byte(b)
		return f
	}
	resign := func(f [][]byte) [][]byte {
		f[delim+1] = signer.Sign([4][]byte{f[delim+2], f[delim+3], f[delim+4], f[delim+5]})
		return f
	}
	tests := []struct {
		name   string
		frames [][]byte
		want   error
	}{
		{"bad signature", replace(delim+1, strings.Repeat("0", 64)), ErrBadSignature},
		{"missing signature", replace(delim+1, ""), ErrNoSignature},
		{"tampered content", replace(delim+5, `{"code":"os.Exit(1)"}`), ErrBadSignature},
		{"no delimiter", [][]byte{[]byte("a"), []byte("b")}, ErrNoDelimiter},
		{"too few frames", good[:delim+4], ErrTooFewFrames},
		{"header not JSON", resign(replace(delim+2, "{not json")), ErrBadHeader},
		{"truncated header", resign(replace(delim+2, string(good[delim+2][:20]))), ErrBadHeader},
		{"header without msg_type", resign(replace(delim+2, `{"msg_id":"x"}`)), ErrBadHeader},
		{"content not an object", resign(replace(delim+5, `[1,2]`)), ErrBadJSONFrame},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.frames, signer)
			if !errors.Is(err, tt.want) {
				t.Errorf("Decode: got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestSignerRejectsUnknownScheme(t *testing.T) {
	if _, err := NewSigner("hmac-md5", []byte("k")); !errors.Is(err, ErrUnknownScheme) {
		t.Errorf("got %v, want ErrUnknownScheme", err)
	}
}

func FuzzDecode(f *testing.F) {
	signer, _ := NewSigner("hmac-sha256", []byte("k"))
	good, _ := Encode(fixedMessage(), signer)
	f.Add(bytes.Join(good, []byte{0}))
	f.Add([]byte("<IDS|MSG>\x00\x00{}\x00{}\x00{}\x00{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		frames := bytes.Split(data, []byte{0})
		for _, s := range []*Signer{signer, {}} {
			m, err := Decode(frames, s)
			if err == nil && m.Header.MsgType == "" {
				t.Fatal("decoded a message without msg_type")
			}
		}
	})
}

func BenchmarkSign(b *testing.B) {
	signer, _ := NewSigner("hmac-sha256", []byte("secret-key"))
	frames, _ := Encode(fixedMessage(), signer)
	parts := [4][]byte{frames[3], frames[4], frames[5], frames[6]}
	b.ReportAllocs()
	for b.Loop() {
		signer.Sign(parts)
	}
}

func BenchmarkVerify(b *testing.B) {
	signer, _ := NewSigner("hmac-sha256", []byte("secret-key"))
	frames, _ := Encode(fixedMessage(), signer)
	parts := [4][]byte{frames[3], frames[4], frames[5], frames[6]}
	sig := frames[2]
	b.ReportAllocs()
	for b.Loop() {
		if err := signer.Verify(sig, parts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	signer, _ := NewSigner("hmac-sha256", []byte("secret-key"))
	m := fixedMessage()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(m, signer); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	signer, _ := NewSigner("hmac-sha256", []byte("secret-key"))
	frames, _ := Encode(fixedMessage(), signer)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(frames, signer); err != nil {
			b.Fatal(err)
		}
	}
}

func TestExecuteReplyFields(t *testing.T) {
	tests := []struct {
		reply ExecuteReply
		want  string
	}{
		{ExecuteReply{Status: "ok", ExecutionCount: 1},
			`{"status":"ok","execution_count":1,"user_expressions":{},"payload":[]}`},
		{ExecuteReply{Status: "error", ExecutionCount: 2, ErrorContent: ErrorContent{EName: "panic"}},
			`{"status":"error","execution_count":2,"user_expressions":{},"payload":[],"ename":"panic","evalue":"","traceback":[]}`},
		{ExecuteReply{Status: "aborted"},
			`{"status":"aborted","execution_count":0,"user_expressions":{},"payload":[]}`},
	}
	for _, tt := range tests {
		got, err := json.Marshal(tt.reply)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
	got, _ := json.Marshal(ErrorContent{EName: "panic", Traceback: []string{}})
	if string(got) != `{"ename":"panic","evalue":"","traceback":[]}` {
		t.Errorf("error content %s", got)
	}
	got, _ = json.Marshal(ErrorReply{Status: "error", ErrorContent: ErrorContent{EName: "BadRequest", Traceback: []string{}}})
	if string(got) != `{"status":"error","ename":"BadRequest","evalue":"","traceback":[]}` {
		t.Errorf("error reply %s", got)
	}
}

// Parent answers from what New encoded, and decodes again once
// ParentHeader was replaced.
func TestParentOfNewMessage(t *testing.T) {
	parent := &Header{MsgID: "p1", MsgType: "execute_request", Session: "s"}
	m, err := New("status", "s", "kernel", parent, Status{ExecutionState: "busy"})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Parent(); got != *parent {
		t.Errorf("Parent() = %+v, want %+v", got, *parent)
	}
	m.ParentHeader = []byte(`{"msg_id":"p2"}`)
	if got := m.Parent().MsgID; got != "p2" {
		t.Errorf("after replacing ParentHeader, Parent().MsgID = %q, want p2", got)
	}
	none, _ := New("status", "s", "kernel", nil, Status{ExecutionState: "idle"})
	if got := none.Parent(); got != (Header{}) {
		t.Errorf("no parent: %+v", got)
	}
}
