package gil

import "reflect"

// ImportPath is the path cells import this package under.
const ImportPath = "github.com/gogil/gogil/gil"

// Exports is the cell-facing package bound to this lock, in the shape of
// yaegi's interp.Exports (import path + "/" + package name → symbols);
// interp.Use accepts it as is. It is a plain map so that this package does
// not depend on yaegi.
func (l *Lock) Exports() map[string]map[string]reflect.Value {
	return map[string]map[string]reflect.Value{
		ImportPath + "/gil": {
			"SaveThread":            reflect.ValueOf(l.SaveThread),
			"RestoreThread":         reflect.ValueOf(l.RestoreThread),
			"Ensure":                reflect.ValueOf(l.Ensure),
			"Release":               reflect.ValueOf(l.Release),
			"Held":                  reflect.ValueOf(l.HeldByCaller),
			"Checkpoint":            reflect.ValueOf(l.CheckpointCaller),
			"SetSwitchInterval":     reflect.ValueOf(l.SetSwitchInterval),
			"SwitchInterval":        reflect.ValueOf(l.SwitchInterval),
			"CurrentThread":         reflect.ValueOf(func() string { return l.Current().Name() }),
			"Stats":                 reflect.ValueOf(l.Stats),
			"DefaultSwitchInterval": reflect.ValueOf(DefaultSwitchInterval),
			"ErrInterrupted":        reflect.ValueOf(&ErrInterrupted).Elem(),
			"ErrDeadlock":           reflect.ValueOf(&ErrDeadlock).Elem(),
			"ErrNoEnsure":           reflect.ValueOf(&ErrNoEnsure).Elem(),

			"State":       reflect.ValueOf((*State)(nil)),
			"FatalError":  reflect.ValueOf((*FatalError)(nil)),
			"ThreadStats": reflect.ValueOf((*ThreadStats)(nil)),
		},
	}
}
