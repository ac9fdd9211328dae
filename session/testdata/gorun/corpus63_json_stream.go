package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Reading struct {
	Sensor string  `json:"sensor"`
	Value  float64 `json:"value"`
}

func main() {
	input := `{"sensor":"t1","value":20.5}
{"sensor":"t2","value":19}
{"sensor":"t1","value":21.25}
`
	dec := json.NewDecoder(strings.NewReader(input))
	sums := map[string]float64{}
	n := 0
	for {
		var r Reading
		err := dec.Decode(&r)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			return
		}
		sums[r.Sensor] += r.Value
		n++
	}
	fmt.Println("readings:", n, "t1:", sums["t1"], "t2:", sums["t2"])

	// Token-level walk through an array.
	tdec := json.NewDecoder(strings.NewReader(`[{"sensor":"a","value":1},{"sensor":"b","value":2}]`))
	tok, _ := tdec.Token()
	fmt.Printf("%T %v\n", tok, tok)
	for tdec.More() {
		var r Reading
		tdec.Decode(&r)
		fmt.Printf("%+v\n", r)
	}
	tok, _ = tdec.Token()
	fmt.Printf("%v\n", tok)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"z": 1, "a": []int{1, 2}, "html": "<b>&</b>"})
	enc2 := json.NewEncoder(os.Stdout)
	enc2.SetEscapeHTML(false)
	enc2.Encode("<b>&</b>")

	strict := json.NewDecoder(strings.NewReader(`{"sensor":"x","valu":3}`))
	strict.DisallowUnknownFields()
	var r Reading
	fmt.Println(strict.Decode(&r))
}
