package p

// Positions are byte columns: a tab is one column, é is two, 世 three.
func f() {
	var é, 世界 = 1, "é"
		_, _ = é, 世界
}
