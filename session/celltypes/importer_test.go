package celltypes

import (
	"go/types"
	"log/slog"
	"reflect"
	"testing"
)

// TestMethodReturningItsReceiverPointer: a method of a library type that
// returns a pointer to that type ((*slog.Logger).With, which the pointer
// reaches while the type's methods are being typed) has that result, not
// an invalid type, so calls through its result are typed too.
func TestMethodReturningItsReceiverPointer(t *testing.T) {
	im := newImporter(Symbols{"log/slog": {
		"New":    reflect.ValueOf(slog.New),
		"Logger": reflect.ValueOf((*slog.Logger)(nil)),
	}}, func(string) string { return "slog" })
	pkg, err := im.Import("log/slog")
	if err != nil {
		t.Fatal(err)
	}
	sig := pkg.Scope().Lookup("New").Type().(*types.Signature)
	logger := sig.Results().At(0).Type()
	with, _, _ := types.LookupFieldOrMethod(logger, true, pkg, "With")
	if with == nil {
		t.Fatalf("%s has no method With", logger)
	}
	got := with.Type().(*types.Signature).Results().At(0).Type()
	if !types.Identical(got, logger) {
		t.Errorf("(*Logger).With returns %s, want %s", got, logger)
	}
}
