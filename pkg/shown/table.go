package shown

// The behaviours that show a soft skill, as data. Each pattern is a
// behaviour most recruiters accept as evidence of the skill when a resume
// describes it in an experience or summary line without naming the skill
// ("presented quarterly results to the board" for Communication). Keep
// the table small: a pattern that needs a "maybe" does not belong here.
//
// A section starts with the dictionary ids of the skills it shows, in
// brackets; a pattern is one line:
//
//	verb[+particle] [<class>] [!word...]
//
//	verb       a base form, inflected through pkg/morph ("present":
//	           presents, presented, presenting); "co-*" is any verb of
//	           this table or of morph's written with the prefix "co-"
//	           (co-ran, co-planned), and a prefixed verb ("pair-program")
//	           is that verb's forms with the prefix
//	verb~      the base form is also a common noun ("a brief", "a
//	           partner"), so its base and -s forms count only before a
//	           determiner, a number or a conjunction ("Brief the night
//	           team"), as morph's "noun" verbs do
//	+particle  the word that must follow the verb, at most two adverbs
//	           between ("partner+with": "partnered closely with")
//	<class>    a word of that class (classes below) must be the verb's
//	           object, within its reach ("lead <staff>": "led a team of
//	           six", "Train and supervise two commis chefs")
//	!word      the verb does not count right before that word
//	           ("write !off": "wrote off bad debt")
//	=word      a word that shows the skill by itself
//	           ("=cross-functional"), hyphenated or spaced
const behaviours = `
[communication]
present <presentables>
present+to <listeners>
present+at <venues>
brief~ !on !by
negotiate
write <documents> !off
facilitate <events>
train <audience> !as !for !in
teach <audience>
educate <audience>
deliver <consultations>
run <consultations>
conduct <consultations>
liaise+with
coordinate+with
speak+at
speak+to
deliver <talks>

[written-communication]
write <documents> !off
author~ <documents>
draft <documents>

[verbal-communication]
present <presentables>
present+to <listeners>
present+at <venues>
brief~ !on !by
speak+at
speak+to
deliver <talks>
handle <calls>
answer <calls>

[presentation-skills]
present <presentables>
present+to <listeners>
present+at <venues>
deliver <talks>
speak+at
demo~
pitch~ <presentables>
pitch~+to <listeners>

[collaboration teamwork team-player cooperation]
partner~+with
work+with <partners>
work+alongside
coordinate+with
liaise+with
co-*
pair-program
=cross-functional

[leadership]
lead <staff>
run <staff>
manage <staff>
supervise <staff>
oversee <staff>
direct <staff>
mentor <staff>
coach <staff>

[people-management]
manage <staff>
supervise <staff>
oversee <staff>

[mentoring]
mentor <staff>
coach <staff>
precept <staff>

[organizational-skills planning-and-organizing]
organise
coordinate !with
schedule <rotas>
manage <several>

[time-management multitasking]
manage <several>
juggle

[problem-solving]
solve
troubleshoot
resolve <problems>
fix <problems>
diagnose <problems>
debug <problems>

[customer-service]
serve <customers>
assist <customers>
help <customers>
greet <customers>
handle <complaints>
resolve <complaints>
answer <complaints>
`

// classes are the objects a pattern may require, one class a line: its
// name, then its words (singular or plural: either matches both). A word
// of a class is the object only where its noun phrase ends ("led a team
// of six", "wrote runbooks and design docs"; not "managed team
// budgets"), except in a class marked * of modifiers, which may stand
// anywhere in it ("managed 40 concurrent orders"). A word marked + is a
// head of the class only right after another of its words ("delivered
// training sessions"; "delivered physiotherapy sessions" is no talk).
const classes = `
staff: team staff crew brigade squad shift department employee people personnel worker colleague
  hire recruit starter trainee apprentice intern junior volunteer engineer developer
  designer analyst associate assistant agent representative rep technician nurse chef cook commis
  dispenser pharmacist cashier clerk server waiter bartender barista driver operator operative
  electrician tradesperson labourer laborer teacher tutor coordinator specialist supervisor manager
  leader officer administrator consultant accountant auditor paralegal tester scientist
  researcher writer editor marketer recruiter advisor adviser caregiver carer aide housekeeper
  porter picker packer steward graduate
audience: team staff crew employee people personnel worker colleague peer hire recruit starter
  trainee apprentice intern volunteer member student pupil learner patient family parent carer
  caregiver customer client user cohort class group nurse
documents: documentation doc document runbook playbook report proposal policy procedure sop guide
  guideline manual handbook article post blog newsletter specification spec rfc prd brief memo
  letter email note minute summary story grant copy content paper whitepaper study material
  contract correspondence submission tender bid pleading motion tutorial faq instruction
  description charter agreement bulletin
events: workshop meeting session retrospective retro discussion training stand-up standup
  huddle forum focus roundtable review brainstorm
talks: presentation talk demo demonstration workshop webinar briefing keynote speech training
  lecture seminar pitch information onboarding induction +session
calls: call phone telephone
partners: team staff colleague peer designer developer engineer analyst scientist researcher
  stakeholder client customer vendor supplier partner contractor trade superintendent physician
  doctor clinician therapist pharmacist nurse teacher parent family department finance legal
  marketing sales product design operations hr security procurement compliance leadership
  executive management counterpart agency
rotas: rota roster shift schedule appointment interview delivery event meeting calendar diary
consultations: consultation
presentables: result finding recommendation proposal update plan strategy analysis insight report
  paper poster concept idea design prototype mockup wireframe demo demonstration case roadmap
  research progress outcome option solution talk presentation pitch deck slide lesson
listeners: board stakeholder executive leadership committee management investor panel council
  audience client customer team staff colleague peer parent student director partner sponsor
  leader manager hire starter trainee learner volunteer member user
venues: conference meeting summit meetup seminar symposium event webinar forum workshop
  roundtable congress convention
several*: concurrent multiple simultaneous competing parallel several
problems: issue problem defect bug incident outage fault error failure discrepancy dispute
  escalation blocker bottleneck
customers: customer client guest patron diner shopper caller passenger visitor consumer buyer
  tenant user cover
complaints: complaint enquiry inquiry query return refund escalation
`
