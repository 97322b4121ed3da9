package p

type Conf struct {
	opts *Opts
}

type Opts struct {
	vals map[string]*string
}

// store through a pointer chain into a map
func set(c *Conf, k string, v *string) {
	c.opts.vals[k] = v
}

// read through a pointer chain
func get(c *Conf, k string) *string {
	return c.opts.vals[k]
}

// return the map reached through two pointers
func vals(c *Conf) map[string]*string {
	return c.opts.vals
}

// build the whole chain locally
func local() int {
	c := Conf{opts: &Opts{vals: map[string]*string{}}}
	s := "x"
	set(&c, "k", &s)
	return len(c.opts.vals)
}
