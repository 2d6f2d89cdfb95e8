package requirements

import "testing"

func TestLadderMatchesDictionary(t *testing.T) {
	d, _ := pipeline(t)
	for i, rung := range ladder {
		if _, ok := d.Term(rung.termID); !ok {
			t.Fatalf("ladder rung %s: no term %q in the dictionary", rung.level, rung.termID)
		}
		if got := levelOf(d, rung.termID); got != i {
			t.Errorf("levelOf(%s) = %d, want %d", rung.termID, got, i)
		}
		if i > 0 && !d.Implies(rung.termID, ladder[i-1].termID) {
			t.Errorf("the dictionary does not rank %s above %s", rung.termID, ladder[i-1].termID)
		}
	}
	// Degrees named for a field take their level from their broader links.
	for id, want := range map[string]string{"bachelor-of-science-in-nursing": "bachelor", "mba": "master", "bachelor-of-commerce": "bachelor"} {
		if got := levelName(levelOf(d, id)); got != want {
			t.Errorf("level of %s = %q, want %q", id, got, want)
		}
	}
}

func TestReadEducation(t *testing.T) {
	type row struct {
		name            string
		job, cv         string
		req, pref, held string // levels (or names off the ladder), "-" for none
		status          Status
	}
	level := func(d *Degree) string {
		switch {
		case d == nil:
			return "-"
		case d.Level != "":
			return d.Level
		}
		return d.Name
	}
	for _, tc := range []row{
		{"a higher level meets a lower one",
			"Requirements\n- Bachelor's or Master's degree in Computer Science or a related field\n",
			"EDUCATION\nM.Sc. Computer Science, Example University, 2020\n", "bachelor", "-", "master", Met},
		{"the lowest option is the ask",
			"Requirements\n- Associate's Degree or Bachelor's degree in Nursing\n",
			"EDUCATION\nAssociate of Applied Science, 2019\n", "associate", "-", "associate", Met},
		{"a degree named for its field",
			"Requirements\n- Degree or Diploma in Interaction Design or a related discipline\n",
			"EDUCATION\nBachelor of Design (Visual Communication), Example Institute of Design, 2019\n", "bachelor", "-", "bachelor", Met},
		{"below",
			"Requirements\n- Master's degree in Statistics required\n",
			"EDUCATION\nBSc Mathematics, Example University, 2019\n", "master", "-", "bachelor", Below},
		{"a bare degree is a bachelor's",
			"Requirements\n- A degree in Computer Science or similar\n",
			"EDUCATION\nB.Tech, Electronics Engineering - Example Institute, 2020\n", "bachelor", "-", "bachelor", Met},
		{"a preference in brackets after the ask",
			"Requirements\n- Bachelor's degree (Master's preferred)\n",
			"EDUCATION\nB.A. Economics - Example College, 2015\n", "bachelor", "master", "bachelor", Met},
		{"a bracketed cue right after the ask is its own",
			"Requirements\n- Master's degree (preferred)\n- SQL\n",
			"EDUCATION\nB.A. Economics - Example College, 2015\n", "-", "master", "bachelor", Below},
		{"preferred in its clause",
			"About you\nA Bachelor's degree is required; an MBA is a plus.\n",
			"EDUCATION\nB.A. Economics - Example College, 2015\n", "bachelor", "master", "bachelor", Met},
		{"only preferred: judged against it",
			"Nice to have\n- Master's degree\n",
			"EDUCATION\nB.S. Biology, 2012\n", "-", "master", "bachelor", Below},
		{"no degree in the resume, but an education section",
			"Requirements\n- Bachelor's degree\n",
			"EDUCATION\nGeneral Assembly coding bootcamp, 2020\n", "bachelor", "-", "-", Below},
		{"nothing to judge by",
			"Requirements\n- Bachelor's degree\n",
			"EXPERIENCE\nBaker, Example Bakery    2019 - Present\n", "bachelor", "-", "-", Unknown},
		{"not asked",
			"Requirements\n- Sourdough\n", "EDUCATION\nBSc Chemistry\n", "-", "-", "bachelor", NotAsked},
		{"a degree not yet held",
			"Requirements\n- Master's degree\n",
			"EDUCATION\nMBA candidate (expected 2026), Example University\nB.A. History, 2014\n", "master", "-", "bachelor", Below},
		{"a qualification off the ladder meets itself",
			"Essential criteria\n- Certificate III in Commercial Cookery\n",
			"EDUCATION\nCertificate III in Commercial Cookery, 2021\n", "Certificate III in Commercial Cookery", "-", "Certificate III in Commercial Cookery", Met},
		{"and a narrower one meets it through its broader links",
			"Essential criteria\n- Certificate III or IV in Commercial Cookery\n",
			"EDUCATION\nCertificate III in Commercial Cookery, 2021\n", "Certificate III", "-", "Certificate III in Commercial Cookery", Met},
		{"360-degree is no degree",
			"Requirements\n- Run 360-degree feedback and a high degree of autonomy\n",
			"EDUCATION\nBSc Psychology\n", "-", "-", "bachelor", NotAsked},
		{"boilerplate is skipped",
			"Benefits\n- Tuition support for a Master's degree\n",
			"EDUCATION\nBSc Psychology\n", "-", "-", "bachelor", NotAsked},
	} {
		d, _ := pipeline(t)
		e := ReadEducation(d, doc(t, tc.job, true), doc(t, tc.cv, false))
		if level(e.Required) != tc.req || level(e.Preferred) != tc.pref || level(e.Resume) != tc.held || e.Status != tc.status {
			t.Errorf("%s: required %s, preferred %s, resume %s, %s; want %s, %s, %s, %s", tc.name,
				level(e.Required), level(e.Preferred), level(e.Resume), e.Status, tc.req, tc.pref, tc.held, tc.status)
		}
	}
}

func TestEducationFieldsAndEvidence(t *testing.T) {
	d, _ := pipeline(t)
	e := ReadEducation(d, doc(t, "Title\n\nRequirements\n- Bachelor's degree in Computer Science or a related field\n", true),
		doc(t, "JANE DOE, BSN\n\nEDUCATION\nBSN - Prairie College of Nursing, 2021\nB.S. Computer Science - State University, 2017\n", false))
	if e.Required == nil || e.Required.Field != "Computer Science" {
		t.Errorf("required = %+v", e.Required)
	}
	if len(e.JobEvidence) != 1 || e.JobEvidence[0].Line != 4 {
		t.Errorf("job evidence = %+v", e.JobEvidence)
	}
	// Both are bachelor's: the first held, on its education line, not the name line.
	if e.Resume == nil || e.Resume.Name != "Bachelor of Science in Nursing" || len(e.ResumeEvidence) != 1 || e.ResumeEvidence[0].Line != 4 {
		t.Errorf("resume = %+v, %+v", e.Resume, e.ResumeEvidence)
	}
	for in, want := range map[string]string{
		" Computer Science - Northfield State University, 2017": "Computer Science",
		" (Hons) Mathematics, Pennine University, 2019":         "Mathematics",
		", Electronics and Communication Engineering - Kaveri":  "Electronics and Communication Engineering",
		" in Business and Psychology - Midlands Institute":      "Business and Psychology",
		" - Prairie Bluff College of Nursing, 2021":             "",
		" State University": "",
	} {
		if got := resumeField(in); got != want {
			t.Errorf("resumeField(%q) = %q, want %q", in, got, want)
		}
	}
}
