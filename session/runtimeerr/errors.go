package runtime

// TypeAssertionError is the panic of a failed type assertion, worded by
// its maker as Go's runtime words it.
type TypeAssertionError struct{ msg string }

// NewTypeAssertionError is the error whose text is msg, such as
// "interface conversion: interface {} is string, not int".
func NewTypeAssertionError(msg string) *TypeAssertionError { return &TypeAssertionError{msg} }

func (e *TypeAssertionError) Error() string { return e.msg }

// RuntimeError makes it a runtime.Error, as Go's is.
func (*TypeAssertionError) RuntimeError() {}
