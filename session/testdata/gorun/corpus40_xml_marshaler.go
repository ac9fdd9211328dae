package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: fmt.Sprintf("%.1fC", float64(t))}, nil
}

func (t *Temp) UnmarshalXMLAttr(a xml.Attr) error {
	var f float64
	_, err := fmt.Sscanf(strings.TrimSuffix(a.Value, "C"), "%g", &f)
	if err != nil {
		return fmt.Errorf("temp %q: %w", a.Value, err)
	}
	*t = Temp(f)
	return nil
}

type Tags []string

func (t Tags) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(strings.Join(t, ";"), start)
}

func (t *Tags) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	*t = strings.Split(s, ";")
	return nil
}

type Reading struct {
	XMLName xml.Name `xml:"reading"`
	Station string   `xml:"station,attr"`
	Temp    Temp     `xml:"temp,attr"`
	Tags    Tags     `xml:"tags"`
	Note    string   `xml:",innerxml"`
}

type Batch struct {
	XMLName  xml.Name  `xml:"batch"`
	Readings []Reading `xml:"reading"`
}

func main() {
	b := Batch{Readings: []Reading{
		{Station: "oslo", Temp: -3.25, Tags: Tags{"cold", "snow"}},
		{Station: "rome", Temp: 18, Tags: Tags{"mild"}},
	}}
	out, err := xml.MarshalIndent(b, "", " ")
	fmt.Println(string(out), err)

	var back Batch
	err = xml.Unmarshal(out, &back)
	fmt.Println("err:", err)
	for _, r := range back.Readings {
		fmt.Printf("%s %.2f %q\n", r.Station, float64(r.Temp), []string(r.Tags))
	}
	err = xml.Unmarshal([]byte(`<batch><reading station="x" temp="hot"></reading></batch>`), &back)
	fmt.Println("err:", err)

	var sb strings.Builder
	enc := xml.NewEncoder(&sb)
	enc.Encode(struct {
		XMLName xml.Name `xml:"point"`
		X       int      `xml:"x,attr"`
		Y       int      `xml:"y,attr"`
		Label   string   `xml:",chardata"`
	}{X: 1, Y: 2, Label: "a < b & c"})
	fmt.Println(sb.String())
}
