package score

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// TestAlone: every term gets its own verdict, where a group's names one
// member; and a term asked alone gets the verdict Compute gives it.
func TestAlone(t *testing.T) {
	term := func(id string) *keywords.Term {
		tm, ok := vdict.Term(id)
		if !ok {
			t.Fatalf("no term %s", id)
		}
		return tm
	}
	tests := []struct {
		name   string
		resume string
		ids    []string
		want   []verdictOf
	}{
		{
			name: "both members of a group the resume names", resume: "Skills\nRabbitMQ and Kafka",
			ids:  []string{"kafka", "rabbitmq", "nats"},
			want: []verdictOf{{Term: "Kafka", Matched: true}, {Term: "RabbitMQ", Matched: true}, {Term: "NATS"}},
		},
		{
			name: "a narrower term shows the broader one, never the other way", resume: "Skills\nPostgreSQL, message queues",
			ids: []string{"relational-databases", "kafka", "message-queues"},
			want: []verdictOf{
				{Term: "Relational Databases", Matched: true, SatisfiedBy: "PostgreSQL", How: "implied", RuleID: "implied.broader",
					Rule: "counted: PostgreSQL is a kind of Relational Databases"},
				{Term: "Kafka"},
				{Term: "Message Queues", Matched: true},
			},
		},
		{
			name: "the resume's language", resume: englishResume,
			ids:  []string{"english", "german"},
			want: []verdictOf{{Term: "English", Matched: true, How: "implied", RuleID: "implied.language", Rule: "counted: the resume is written in English"}, {Term: "German"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := make([]*keywords.Term, len(tc.ids))
			for i, id := range tc.ids {
				ts[i] = term(id)
			}
			got := verdictsOf(Result{Terms: Alone(vdict, vresume(tc.resume), ts)})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Alone (-want +got):\n%s", diff)
			}
			// The same verdicts as a job naming each term on its own line.
			for i, id := range tc.ids {
				job := vjob("Requirements\n- " + surfaceOf(id))
				sc := Compute(vdict, job, vresume(tc.resume))
				if len(sc.Terms) != 1 {
					t.Fatalf("job naming %s: %d asks", id, len(sc.Terms))
				}
				c := verdictsOf(sc)[0]
				c.JobCount, c.Required = 0, false
				if diff := cmp.Diff(got[i], c); diff != "" {
					t.Errorf("%s: Alone and Compute differ (-alone +compute):\n%s", id, diff)
				}
			}
		})
	}
	if got := Alone(vdict, vresume("Skills\nKafka"), []*keywords.Term{nil, term("kafka")}); got[0].Term != nil || !got[1].Matched {
		t.Errorf("Alone with a nil term: %+v", got)
	}
}

// surfaceOf is how the verdict tests write term id (vpairs).
func surfaceOf(id string) string {
	for _, p := range vpairs {
		if s, i, _ := strings.Cut(p, "="); i == id {
			return s
		}
	}
	return id
}
