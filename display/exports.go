package display

import (
	"reflect"

	"github.com/gogil/gogil/cellio"

	"github.com/traefik/yaegi/interp"
)

// ImportPath is the path cells import (or get without import) as display.
const ImportPath = "github.com/gogil/gogil/display"

// Exports is the interpreter symbol table of the display package as cells
// see it: every function is a method value of e, so output goes to e's
// publisher. Written by hand because cells must not see package globals.
func (e *Env) Exports() interp.Exports {
	return interp.Exports{
		ImportPath + "/display": {
			"HTML":        reflect.ValueOf(e.HTML),
			"Markdown":    reflect.ValueOf(e.Markdown),
			"SVG":         reflect.ValueOf(e.SVG),
			"PNG":         reflect.ValueOf(e.PNG),
			"JPEG":        reflect.ValueOf(e.JPEG),
			"JSON":        reflect.ValueOf(e.JSON),
			"LaTeX":       reflect.ValueOf(e.LaTeX),
			"Text":        reflect.ValueOf(e.Text),
			"Image":       reflect.ValueOf(e.Image),
			"MIME":        reflect.ValueOf(e.MIME),
			"Show":        reflect.ValueOf(e.Show),
			"Publish":     reflect.ValueOf(e.Publish),
			"ClearOutput": reflect.ValueOf(e.ClearOutput),
			"NewHandle":   reflect.ValueOf(e.NewHandle),
			"Represent":   reflect.ValueOf(Represent),
			"Output":      reflect.ValueOf((*cellio.Output)(nil)),
			"Handle":      reflect.ValueOf((*Handle)(nil)),
		},
	}
}
