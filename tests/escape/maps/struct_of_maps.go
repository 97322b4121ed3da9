package p

type Index struct {
	byName map[string]*Item
	byID   map[int]*Item
}

type Item struct {
	name string
	id   int
}

// constructor with two maps
func NewIndex() *Index {
	return &Index{byName: map[string]*Item{}, byID: make(map[int]*Item)}
}

// add stores the item in both maps
func (ix *Index) add(it *Item) {
	ix.byName[it.name] = it
	ix.byID[it.id] = it
}

// value-receiver lookup
func (ix Index) find(id int) *Item {
	return ix.byID[id]
}

// local index never escapes, items escape into map storage
func local() int {
	ix := Index{byName: map[string]*Item{}, byID: map[int]*Item{}}
	ix.add(&Item{name: "a", id: 1})
	return len(ix.byID)
}
