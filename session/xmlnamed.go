package session

import (
	"bytes"
	"encoding/xml"
)

// xmlNamed is __gogil.XMLNamed (cellsrc/marshalers.go): xml.MarshalIndent
// (xml.Marshal with prefix and indent "") of v, a cell struct with no
// XMLName field or made of one, whose outer elements take name, the cell
// type's, which the interpreter's type of it has lost; through the same
// shadow of v as xml.Marshal's.
func (r *cellTypeRegistry) xmlNamed(v any, name, prefix, indent string) ([]byte, error) {
	call := "xml.MarshalIndent"
	if prefix == "" && indent == "" {
		call = "xml.Marshal"
	}
	return r.marshal(call, v, func(v any) ([]byte, error) {
		var b bytes.Buffer
		enc := xml.NewEncoder(&b)
		enc.Indent(prefix, indent)
		if err := enc.EncodeElement(v, xml.StartElement{Name: xml.Name{Local: name}}); err != nil {
			return nil, err
		}
		if err := enc.Close(); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	})
}
