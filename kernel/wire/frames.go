package wire

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"sync"
)

// Delimiter separates the routing identities from the signed parts.
var Delimiter = []byte("<IDS|MSG>")

// Errors a received message can fail with. Receivers log them and drop the
// message; none of them is fatal to the kernel.
var (
	ErrNoDelimiter   = errors.New("no <IDS|MSG> delimiter")
	ErrTooFewFrames  = errors.New("fewer than the 5 frames after the delimiter")
	ErrBadSignature  = errors.New("signature does not match")
	ErrNoSignature   = errors.New("message is not signed but a key is set")
	ErrBadHeader     = errors.New("header is not a JSON object with a msg_type")
	ErrBadJSONFrame  = errors.New("parent_header, metadata or content is not a JSON object")
	ErrUnknownScheme = errors.New("unsupported signature scheme")
)

// Signer signs and verifies messages with HMAC. The zero key disables
// signing, as the spec allows. A Signer is safe for concurrent use.
type Signer struct {
	key  []byte
	pool sync.Pool
}

// NewSigner returns a signer for scheme (only "hmac-sha256", or "" with an
// empty key) and key.
func NewSigner(scheme string, key []byte) (*Signer, error) {
	if len(key) > 0 && scheme != "hmac-sha256" {
		return nil, fmt.Errorf("%w: %q (gogil supports hmac-sha256)", ErrUnknownScheme, scheme)
	}
	s := &Signer{key: append([]byte(nil), key...)}
	s.pool.New = func() any { return hmac.New(sha256.New, s.key) }
	return s, nil
}

// Enabled reports whether messages are signed.
func (s *Signer) Enabled() bool { return len(s.key) > 0 }

// Sign returns the hex signature of the four signed parts.
func (s *Signer) Sign(parts [4][]byte) []byte {
	if !s.Enabled() {
		return nil
	}
	mac := s.pool.Get().(hash.Hash)
	defer s.pool.Put(mac)
	mac.Reset()
	for _, p := range parts {
		mac.Write(p)
	}
	var sum [sha256.Size]byte
	out := make([]byte, hex.EncodedLen(sha256.Size))
	hex.Encode(out, mac.Sum(sum[:0]))
	return out
}

// Verify checks signature against the parts in constant time.
func (s *Signer) Verify(signature []byte, parts [4][]byte) error {
	if !s.Enabled() {
		return nil
	}
	if len(signature) == 0 {
		return ErrNoSignature
	}
	if !hmac.Equal(s.Sign(parts), bytes.ToLower(signature)) {
		return ErrBadSignature
	}
	return nil
}

// Encode turns m into ZeroMQ frames, signed by s.
func Encode(m *Message, s *Signer) ([][]byte, error) {
	header, err := json.Marshal(m.Header)
	if err != nil {
		return nil, fmt.Errorf("encoding header: %w", err)
	}
	parts := [4][]byte{header, orEmpty(m.ParentHeader), orEmpty(m.Metadata), orEmpty(m.Content)}
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, Delimiter, s.Sign(parts))
	frames = append(frames, parts[:]...)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

func orEmpty(raw json.RawMessage) []byte {
	if len(raw) == 0 {
		return []byte("{}")
	}
	return raw
}

// Decode parses ZeroMQ frames into a message, verifying the signature
// before it looks at any JSON.
func Decode(frames [][]byte, s *Signer) (*Message, error) {
	delim := -1
	for i, f := range frames {
		if bytes.Equal(f, Delimiter) {
			delim = i
			break
		}
	}
	if delim < 0 {
		return nil, ErrNoDelimiter
	}
	rest := frames[delim+1:]
	if len(rest) < 5 {
		return nil, fmt.Errorf("%w: got %d", ErrTooFewFrames, len(rest))
	}
	parts := [4][]byte{rest[1], rest[2], rest[3], rest[4]}
	if err := s.Verify(rest[0], parts); err != nil {
		return nil, err
	}
	m := &Message{Identities: frames[:delim]}
	if err := json.Unmarshal(parts[0], &m.Header); err != nil || m.Header.MsgType == "" {
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadHeader, err)
		}
		return nil, ErrBadHeader
	}
	for i, dst := range []*json.RawMessage{&m.ParentHeader, &m.Metadata, &m.Content} {
		p := bytes.TrimSpace(parts[i+1])
		if len(p) == 0 || p[0] != '{' || !json.Valid(p) {
			return nil, fmt.Errorf("%w (frame %d)", ErrBadJSONFrame, i+2)
		}
		*dst = json.RawMessage(p)
	}
	if len(rest) > 5 {
		m.Buffers = rest[5:]
	}
	return m, nil
}
