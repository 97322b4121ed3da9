package p

type Reg struct {
	m     map[string]*int
	count int
}

// constructor returning &Reg with a fresh map
func NewReg() *Reg {
	return &Reg{m: make(map[string]*int)}
}

// store through a pointer receiver's map field
func (r *Reg) Put(k string, v *int) {
	r.m[k] = v
	r.count++
}

// read through a pointer receiver's map field
func (r *Reg) Get(k string) *int {
	return r.m[k]
}

// lazily allocate the field
func (r *Reg) init() {
	if r.m == nil {
		r.m = map[string]*int{}
	}
}

// local Reg whose map never leaves
func use() int {
	r := Reg{}
	r.init()
	x := 1
	r.Put("x", &x)
	return len(r.m)
}
