package keywords

// Ancestors returns the IDs of every term the term id is a kind of or
// implies through its Broader links, transitively: nearest first, then in
// the order the links are listed, each once, id itself excluded. Nil for
// an unknown id or a term with no broader link. A loop (which Validate
// refuses) ends the walk instead of running for ever.
func (d *Dict) Ancestors(id string) []string {
	t, ok := d.Term(id)
	if !ok || len(t.Broader) == 0 {
		return nil
	}
	seen := map[string]bool{id: true}
	var out []string
	queue := []string{id}
	for len(queue) > 0 {
		cur, ok := d.Term(queue[0])
		queue = queue[1:]
		if !ok {
			continue
		}
		for _, b := range cur.Broader {
			if !seen[b] {
				seen[b] = true
				out = append(out, b)
				queue = append(queue, b)
			}
		}
	}
	return out
}

// Implies reports whether a resume that shows the term narrow also shows
// the term broad: broad is one of narrow's [Dict.Ancestors]. A term does
// not imply itself.
func (d *Dict) Implies(narrow, broad string) bool {
	for _, a := range d.Ancestors(narrow) {
		if a == broad {
			return true
		}
	}
	return false
}

// broaderCycles returns each loop of Broader links once, as the IDs along
// it from its smallest ID back to that ID, in ID order.
func broaderCycles(d *Dict) [][]string {
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var cycles [][]string
	var path []string
	var visit func(id string)
	visit = func(id string) {
		state[id] = open
		path = append(path, id)
		if t, ok := d.Term(id); ok {
			for _, b := range t.Broader {
				switch state[b] {
				case unseen:
					visit(b)
				case open:
					cycles = append(cycles, loopFrom(path, b))
				}
			}
		}
		path = path[:len(path)-1]
		state[id] = done
	}
	for i := range d.Terms {
		// A term with no broader link cannot be on a loop.
		if len(d.Terms[i].Broader) > 0 && state[d.Terms[i].ID] == unseen {
			visit(d.Terms[i].ID)
		}
	}
	return cycles
}

// loopFrom cuts the loop that returns to start out of a DFS path and turns
// it to begin at its smallest ID, so a loop reads the same however the
// walk entered it; the first ID is repeated at the end.
func loopFrom(path []string, start string) []string {
	i := len(path) - 1
	for path[i] != start {
		i--
	}
	loop := path[i:]
	low := 0
	for j, id := range loop {
		if id < loop[low] {
			low = j
		}
	}
	out := append(append([]string{}, loop[low:]...), loop[:low]...)
	return append(out, out[0])
}
