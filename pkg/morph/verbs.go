package morph

// The verb table, as data: the verbs whose use on a resume or in a posting
// names the work a skill term names, each with the nouns formed from it
// that name that activity ("manage: management"). The gerund ("managing",
// "coaching") is one of them for every verb and is not listed.
//
// A line is
//
//	spelling [spelling...]: [noun...] [| flag...]
//
// with the British spelling first where the two differ (analyse analyze),
// and the nouns of either spelling. A noun is listed only when it names
// the doing: "solve" lists no "solution", "create" no "creativity", "own"
// no "ownership", and a base form that names the activity itself is
// listed as its own noun (review: review, "code review"). Flags:
//
//	noun    the base form is also a common noun for a thing or a person
//	        ("lead", "coach", "plan"): the base and the -s form count as
//	        the verb only where the text shows a verb (matcher's rule)
//	double  the final consonant doubles (admit → admitted, program →
//	        programmed); one-syllable verbs such as "plan" double by rule
//
// Irregular forms are in irregular.go. Keep a line to one verb, and
// check a new noun against the terms that end with it: every "X <noun>"
// term will also match "<verb> X" (docs/dictionary.md).
const verbTable = `
acquire: acquisition
administer: administration
advocate: advocacy | noun
allocate: allocation
analyse analyze: analysis
appraise: appraisal
assemble: assembly
assess: assessment
assist: assistance
audit: audit | noun
automate: automation
bake
bend
bill | noun
book | noun
brainstorm | noun
budget | noun
build
calibrate: calibration
clean | noun
close | noun
coach | noun
code | noun
collaborate: collaboration
collect: collection
commission | noun
communicate: communication
compile: compilation
configure: configuration
consult: consultation
control: control | noun double
cook | noun
cooperate co-operate: cooperation co-operation
coordinate co-ordinate: coordination co-ordination
counsel | noun
create: creation
customise customize: customisation customization
debug | double
delegate: delegation | noun
deliver: delivery
deploy: deployment
design: design | noun
develop: development
diagnose: diagnosis
dispatch | noun
dispense
document: documentation | noun
draft | noun
draw | noun
edit
educate: education
engage: engagement
enter: entry
escalate: escalation
estimate: estimation | noun
evaluate: evaluation
execute: execution
fabricate: fabrication
facilitate: facilitation
file | noun
forecast | noun
format | noun double
fulfil fulfill: fulfilment fulfillment | double
gather
generate: generation
give
groom | noun
grow: growth
handle | noun
harvest | noun
hire | noun
immunise immunize: immunisation immunization
implement: implementation
improve: improvement
insert: insertion
inspect: inspection
install: installation
instruct: instruction
integrate: integration
interpret: interpretation
interview | noun
investigate: investigation
invoice | noun
irrigate: irrigation
lead: leadership | noun
listen
maintain: maintenance
make
manage: management
market | noun
mediate: mediation
mentor: mentorship | noun
migrate: migration
mine | noun
model | noun
moderate: moderation
modernise modernize: modernisation modernization
monitor | noun
motivate: motivation
negotiate: negotiation
onboard
operate: operation
optimise optimize: optimisation optimization
order | noun
organise organize: organisation organization
oversee: oversight
pack | noun
pick | noun
plan | noun
prepare: preparation
present: presentation | noun
prevent: prevention
prioritise prioritize: prioritisation prioritization
process | noun
procure: procurement
produce: production
program | noun double
promote: promotion
prospect | noun
publish
pull | noun
purchase | noun
qualify: qualification
reconcile: reconciliation
recruit: recruitment | noun
reduce: reduction
refactor
repair: repair | noun
report | noun
research: research | noun
resolve: resolution
retain: retention
review: review | noun
schedule | noun
screen | noun
script | noun
sell
serve: service
set | noun
share | noun
ship | noun
solve
source | noun
speak
standardise standardize: standardisation standardization
stock | noun
style | noun
supervise: supervision
support: support | noun
survey | noun
take
teach
test | noun
think
track | noun
train | noun
transcribe: transcription
translate: translation
treat: treatment
triage | noun
troubleshoot
tutor | noun
vaccinate: vaccination
visualise visualize: visualisation visualization
weld | noun
write
`
