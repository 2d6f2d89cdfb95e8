package groups

import (
	"slices"
	"strings"
	"testing"
)

// TestAttach: a group stated as a requirement takes its members' mentions
// outside every requirement, a broader term of a member in a duty, and a
// narrower one in a stack statement; a member asked for again, a narrower
// term in a duty, a group stated only in the duties and an unrelated term
// keep theirs.
func TestAttach(t *testing.T) {
	tests := []struct {
		name string
		text string
		// asked are the lines (1-based) whose mentions are stated as
		// requirements, stack those in a stack statement; the others are
		// duties.
		asked, stack []int
		// want is, for each mention, its surface and the first member of
		// the group it belongs to ("-" for none).
		want string
	}{
		{"a member in the duties", "Operate our RabbitMQ cluster\nKafka or RabbitMQ", []int{2}, nil,
			"RabbitMQ=kafka Kafka=kafka RabbitMQ=kafka"},
		{"a member in a stack statement", "Kafka or RabbitMQ\nwe run on RabbitMQ", []int{1}, []int{2},
			"Kafka=kafka RabbitMQ=kafka RabbitMQ=kafka"},
		{"a member asked for again", "Strong RabbitMQ skills\nKafka or RabbitMQ", []int{1, 2}, nil,
			"RabbitMQ=- Kafka=kafka RabbitMQ=kafka"},
		{"its duty mention stays with it", "Strong RabbitMQ skills\nOperate RabbitMQ\nKafka or RabbitMQ", []int{1, 3}, nil,
			"RabbitMQ=- RabbitMQ=- Kafka=kafka RabbitMQ=kafka"},
		{"a group only in the duties", "Operate RabbitMQ\nKafka or RabbitMQ", nil, nil,
			"RabbitMQ=- Kafka=kafka RabbitMQ=kafka"},
		{"a broader term of a member in a duty", "Design relational databases\nPostgreSQL or Ruby", []int{2}, nil,
			"relational databases=postgresql PostgreSQL=postgresql Ruby=postgresql"},
		{"a narrower term of a member in a duty", "Tune our MySQL\nrelational databases or Ruby", []int{2}, nil,
			"MySQL=- relational databases=relational-databases Ruby=relational-databases"},
		{"a narrower term of a member in a stack statement", "relational databases or Ruby\nwe use MySQL", []int{1}, []int{2},
			"relational databases=relational-databases Ruby=relational-databases MySQL=relational-databases"},
		{"a term narrower than an open list's head, in a stack statement", "relational databases such as PostgreSQL\nwe use MySQL", []int{1}, []int{2},
			"relational databases=postgresql PostgreSQL=postgresql MySQL=postgresql"},
		{"a term narrower than an open list's head, in a duty", "Tune MySQL\nrelational databases such as PostgreSQL", []int{2}, nil,
			"MySQL=- relational databases=postgresql PostgreSQL=postgresql"},
		{"a sibling under a kind only", "Write Java.\nA language such as Python or Ruby", []int{2}, []int{1},
			"Java=- Python=python Ruby=python"},
		{"an unrelated term", "Write Go\nKafka or RabbitMQ", []int{2}, []int{1},
			"Go=- Kafka=kafka RabbitMQ=kafka"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := find(tt.text, surfaces...)
			gs := Detect(dict, tt.text, ms)
			how := func(i int) Mention {
				switch {
				case slices.Contains(tt.asked, ms[i].Line):
					return Asked
				case slices.Contains(tt.stack, ms[i].Line):
					return Stack
				}
				return Duty
			}
			var got []string
			for i, g := range Attach(dict, gs, ms, how) {
				who := "-"
				if g >= 0 {
					who = gs[g].Members[0]
				}
				got = append(got, ms[i].Surface+"="+who)
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("Attach(%q) = %s, want %s", tt.text, s, tt.want)
			}
		})
	}
}
