package morph

// Irregular verbs and nouns, as data. Only words a resume or a posting
// uses for work matter; a verb missing here is inflected by the regular
// rules (inflect.go), so a verb of the verb table (verbs.go) whose forms
// are irregular must be listed.

// irregularVerbs: base, past, past participle, one verb a line; a form
// with two spellings lists both, joined by '|' (American first where they
// differ only by spelling).
const irregularVerbs = `
become became become
begin began begun
bend bent bent
bid bid bid
bring brought brought
broadcast broadcast broadcast
build built built
buy bought bought
choose chose chosen
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
drive drove driven
feed fed fed
find found found
fly flew flown
forecast forecast|forecasted forecast|forecasted
give gave given
go went gone
grow grew grown
hold held held
keep kept kept
know knew known
lay laid laid
lead led led
learn learned|learnt learned|learnt
make made made
meet met met
oversee oversaw overseen
pay paid paid
proofread proofread proofread
put put put
read read read
rebuild rebuilt rebuilt
rewrite rewrote rewritten
run ran run
sell sold sold
send sent sent
set set set
speak spoke spoken
spend spent spent
spread spread spread
take took taken
teach taught taught
tell told told
think thought thought
troubleshoot troubleshot|troubleshooted troubleshot|troubleshooted
undertake undertook undertaken
understand understood understood
upset upset upset
win won won
withdraw withdrew withdrawn
write wrote written
`

// irregularPlurals: singular and plural, one noun a line.
const irregularPlurals = `
analysis analyses
child children
crisis crises
criterion criteria
curriculum curricula
diagnosis diagnoses
hypothesis hypotheses
leaf leaves
life lives
man men
matrix matrices
person people
shelf shelves
thesis theses
woman women
`

// uncountable nouns have no plural of their own: Plural returns "".
const uncountable = `
advice data equipment feedback furniture information knowledge
personnel research safety software staff
`
