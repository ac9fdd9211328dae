package wire

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the messaging protocol version gogil speaks.
const ProtocolVersion = "5.4"

// Header identifies a message (spec: "Message Header").
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message. Header, ParentHeader, Metadata and
// Content are kept as raw JSON on the way in so that a receiver decodes
// Content into the typed struct its msg_type calls for.
type Message struct {
	Identities   [][]byte // ROUTER routing prefix; empty on iopub and heartbeat
	Header       Header
	ParentHeader json.RawMessage // "{}" when there is no parent
	Metadata     json.RawMessage
	Content      json.RawMessage
	Buffers      [][]byte

	// parent is the header New encoded into ParentHeader, so that Parent
	// need not decode it again: the kernel asks for the parent of every
	// message it publishes.
	parent    Header
	parentRaw json.RawMessage
}

// Parent decodes the parent header; the zero Header when there is none.
func (m *Message) Parent() Header {
	if len(m.parentRaw) > 0 && len(m.parentRaw) == len(m.ParentHeader) && &m.parentRaw[0] == &m.ParentHeader[0] {
		return m.parent // ParentHeader is still the one New encoded
	}
	var h Header
	if len(m.ParentHeader) > 0 {
		_ = json.Unmarshal(m.ParentHeader, &h) // a malformed parent is treated as no parent
	}
	return h
}

// DecodeContent unmarshals the content into v.
func (m *Message) DecodeContent(v any) error {
	if len(m.Content) == 0 {
		return json.Unmarshal([]byte("{}"), v)
	}
	return json.Unmarshal(m.Content, v)
}

// NewHeader returns a header for a new message of msgType in session.
func NewHeader(msgType, session, username string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: username,
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// New builds a message of msgType with content (marshalled to JSON), in
// reply to or on behalf of parent (nil for none).
func New(msgType, session, username string, parent *Header, content any) (*Message, error) {
	body, err := json.Marshal(content)
	if err != nil {
		return nil, fmt.Errorf("encoding %s content: %w", msgType, err)
	}
	m := &Message{
		Header:       NewHeader(msgType, session, username),
		ParentHeader: json.RawMessage("{}"),
		Metadata:     json.RawMessage("{}"),
		Content:      body,
	}
	if parent != nil && parent.MsgID != "" {
		m.ParentHeader, err = json.Marshal(parent)
		if err != nil {
			return nil, fmt.Errorf("encoding parent header: %w", err)
		}
		m.parent, m.parentRaw = *parent, m.ParentHeader
	}
	return m, nil
}
