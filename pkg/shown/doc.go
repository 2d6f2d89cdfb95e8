// Package shown finds, in a resume, the behaviours that show a soft skill
// the resume does not name: "presented quarterly results to the board"
// shows communication, "wrote the runbooks and design docs" written
// communication, "partnered with finance and legal" collaboration, "led a
// team of 6" leadership. A recruiter counts them; a keyword search does
// not. pkg/score asks it about the soft skills a job asks for and the
// resume does not name, and counts what it finds as a "shown" match.
//
// The behaviours are data (table.go): for each skill, the verbs that show
// it (inflected through pkg/morph), with the particle or the kind of
// object a verb needs ("led a team", not "led to a 20% drop"; "wrote
// runbooks", not "wrote code" or "wrote off bad debt"). The reader
// (shown.go) takes a verb only where a person's verb stands: first in its
// clause or list item, after a conjunction or a subject ("Bent and ran
// conduit", "I presented"), or, for an -ing form, after "responsible
// for", "experience"; never after "was" ("was presented with an award")
// nor as an adjective ("a leading provider", "highly organised"). Only
// lines of the experience, projects and summary sections count, and not a
// role's heading line: a skills list names skills, it shows none.
//
// Evidence is one line each per skill, quoted from the verb to the end of
// its object or clause, so a report can say which line shows it.
package shown
