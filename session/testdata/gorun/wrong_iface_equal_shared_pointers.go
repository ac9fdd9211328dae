package main

import "fmt"

// The states of a state machine, each a struct{ vm *VendingMachine }
// behind an interface, compared with ==: the interpreter gives the three
// types one reflect type, and == of two equal pointers of it was refused
// as if their types could differ. Two objects of one reflect type and a
// size other than zero never share an address, and a pointer conversion
// between cell types is refused, so equal pointers are one object.

type State interface {
	addItem(int) error
	requestItem() error
}

type VendingMachine struct {
	hasItem       State
	itemRequested State
	noItem        State
	currentState  State
	itemCount     int
}

func newVendingMachine(count int) *VendingMachine {
	v := &VendingMachine{itemCount: count}
	v.hasItem = &HasItemState{v}
	v.noItem = &NoItemState{v}
	v.itemRequested = &ItemRequestedState{v}
	v.setState(v.hasItem)
	return v
}

func (v *VendingMachine) setState(s State) { v.currentState = s }

type HasItemState struct{ vm *VendingMachine }

func (h *HasItemState) addItem(n int) error {
	h.vm.itemCount += n
	return nil
}
func (h *HasItemState) requestItem() error {
	if h.vm.itemCount == 0 {
		h.vm.setState(h.vm.noItem)
		return fmt.Errorf("no item present")
	}
	h.vm.itemCount--
	if h.vm.itemCount == 0 {
		h.vm.setState(h.vm.noItem)
	}
	return nil
}

type NoItemState struct{ vm *VendingMachine }

func (n *NoItemState) addItem(c int) error {
	n.vm.itemCount += c
	n.vm.setState(n.vm.hasItem)
	return nil
}
func (n *NoItemState) requestItem() error { return fmt.Errorf("item out of stock") }

type ItemRequestedState struct{ vm *VendingMachine }

func (i *ItemRequestedState) addItem(int) error  { return fmt.Errorf("busy") }
func (i *ItemRequestedState) requestItem() error { return fmt.Errorf("already requested") }

func (v *VendingMachine) name() string {
	switch v.currentState {
	case v.hasItem:
		return "hasItem"
	case v.noItem:
		return "noItem"
	}
	return "other"
}

func main() {
	vm := newVendingMachine(2)
	for i := 0; i < 3; i++ {
		err := vm.currentState.requestItem()
		fmt.Println(err, vm.itemCount, vm.currentState == vm.noItem, vm.name())
	}
	vm.currentState.addItem(1)
	fmt.Println(vm.itemCount, vm.currentState == vm.hasItem, vm.name())
	fmt.Printf("%T\n", vm.currentState)
}
