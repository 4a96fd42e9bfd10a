# The self-assessment and the mentor's offline toolkit.
# Statements are written as "I can..." / "I know..." so that a young person
# can answer from "not yet" to "yes, on my own". Keep them short and plain.

## Answer scale (value 1 to 5, or skip)

scale-1 = Not yet
scale-2 = A little
scale-3 = With help
scale-4 = Mostly
scale-5 = Yes, on my own
scale-skip = Skip this one

## Result bands

band-work-on = Let's work on this
band-growing = Growing
band-strong = Strong
band-too-few = Not enough answers to say

## 1. Education

q-education-find-course = I know how to find a course or school that fits what I want to do.
q-education-enrol = I can enrol in a course, with the forms and documents it needs.
q-education-certificates = I keep my school reports and certificates safe, and I know how to get copies.
q-education-study-plan = I can plan my week so that I have time to study.
q-education-ask-support = I know who to ask at school or college when I am struggling.
q-education-language-class = I know where to find classes to improve the local language.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = I have at least two adults I trust and can call.
q-community-friends = I have friends I can spend free time with.
q-community-local-activity = I take part in a club, group or activity near where I live.
q-community-solve-conflict = I can sort out a disagreement calmly.
q-community-say-no = I can say no when someone asks me to do something I do not want to do.
q-community-ask-help = I know where to go in my area when I need help.

## 3. Health

q-health-register-doctor = I know how to register with a doctor.
q-health-book-appointment = I can book a doctor's appointment by myself.
q-health-emergency = I know the emergency number, and when to use it.
q-health-medicines = I understand how to take my medicines, and how to get more.
q-health-mental-help = I know where to get help if I feel very sad, worried or stressed.
q-health-daily-habits = I sleep, eat and move in ways that keep me well.

## 4. Communication and cultural awareness

q-communication-local-language = I can manage everyday conversations in the local language.
q-communication-phone-call = I can make a phone call to an office or a doctor.
q-communication-formal-message = I can write a short, polite message or e-mail to an office.
q-communication-interpreter = I know how to ask for an interpreter when I need one.
q-communication-local-customs = I understand the unwritten rules here, like being on time or how to greet people.
q-communication-own-culture = I can keep my own language, faith and traditions alive in my new life.

## 5. Career and employment

q-career-my-skills = I can name my skills and what I am good at.
q-career-cv = I have a CV that I can change for each job.
q-career-find-jobs = I know where to look for jobs, training or apprenticeships.
q-career-interview = I can prepare for a job interview.
q-career-contract = I can read a work contract and spot the pay, the hours and the length.
q-career-rights-at-work = I know my basic rights at work, and who to ask if something is wrong.

## 6. Financial and money management skills

q-finance-bank-account = I have a bank account and know how to use it.
q-finance-monthly-budget = I can make a budget for a month.
q-finance-pay-bills = I know how to pay bills and rent on time.
q-finance-save = I can save a little money for things I need later.
q-finance-scams = I can spot a scam or an offer that is too good to be true.
q-finance-debt-help = I know where to get free advice if I have money problems or debts.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = I have goals for my future and first steps towards them.
q-self-determination-decisions = I can make a decision by weighing up the good and the bad sides.
q-self-determination-speak-up = I can say what I want in meetings about my plans.
q-self-determination-routine = I can keep a daily routine: getting up, cooking, cleaning, being on time.
q-self-determination-stress = I know what helps me when I feel stressed or angry.
q-self-determination-know-rights = I know what support I have a right to after 18.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = I keep my important documents safe, with copies.
q-bureaucracy-permit-dates = I know when my residence permit or other documents expire, and how to renew them.
q-bureaucracy-read-letters = I can understand an official letter, or I know who can help me read it.
q-bureaucracy-fill-forms = I can fill in a form, or ask for help to do it.
q-bureaucracy-public-offices = I know which public office deals with what.
q-bureaucracy-legal-advice = I know where to get free legal advice.

## 9. Housing

q-housing-options = I know what kinds of housing I could live in after care.
q-housing-afford-rent = I know how much rent I could pay with my income.
q-housing-rental-contract = I understand the main points of a rental contract.
q-housing-tenant-duties = I know what a tenant must do: pay the rent, keep the home clean, respect neighbours.
q-housing-repairs = I know how to report a repair problem to a landlord.
q-housing-risk-help = I know where to go if I might lose my home.

## The online self-assessment page

assessment-privacy-heading = Before you start
assessment-privacy = Your answers are sent only to be scored, and then forgotten. We store nothing, we ask for no name, and nothing is kept on this device unless you save it yourself.
assessment-instructions = Read each sentence and choose how true it is for you today. There are no right or wrong answers. You can skip any sentence.
assessment-start = Start
assessment-progress = Pillar { $current } of { $total }
assessment-previous = Back
assessment-next = Next
assessment-submit = See my results
assessment-sending = Scoring your answers…
assessment-offline = We could not reach the scoring service. Check your connection and try again. Your answers are still here.
assessment-error = Something went wrong with the answers. Please start again.
assessment-results-heading = Your results
assessment-results-intro = Here is how you see yourself today in each of the 9 pillars. Talk about it with your mentor: together you can choose what to work on first.
assessment-chart-label = Your score in each pillar, from 0 to 100
assessment-strengths = Your strengths
assessment-work-on = Pillars to work on first
assessment-score = { $score } out of 100
assessment-answered = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
assessment-read-guide = Read the guide
assessment-see-workshops = Workshops for mentors
assessment-print = Print my results
assessment-save = Save my results as a file
assessment-restart = Start again
assessment-forget-note = When you close this page, your results are gone. Print or save them first if you want to keep them.

## The mentor's offline toolkit

toolkit-statement = Statement
toolkit-young-person = Young person
toolkit-mentor = Mentor
toolkit-observe = What to look for
toolkit-talk = Conversation starters
toolkit-notes = Notes and agreed next steps
toolkit-date = Date

toolkit-education-observe-1 = Do they talk about school or training with interest, worry or silence?
toolkit-education-observe-2 = Can they find their certificates and school reports when asked?
toolkit-education-observe-3 = How do they cope with homework or deadlines in daily life?
toolkit-education-talk-1 = What did you enjoy learning, here or in your country?
toolkit-education-talk-2 = If you could learn one thing this year, what would it be?
toolkit-education-talk-3 = What makes studying hard for you right now?

toolkit-community-observe-1 = Who do they mention by name when they talk about their week?
toolkit-community-observe-2 = Do they take part in anything outside the residence?
toolkit-community-observe-3 = How do they handle disagreements with other young people or staff?
toolkit-community-talk-1 = Who would you call if you had good news? And bad news?
toolkit-community-talk-2 = Which people here will still be in your life after 18?
toolkit-community-talk-3 = Is there a group or place where you feel you belong?

toolkit-health-observe-1 = Do they know the name of their doctor and how to reach them?
toolkit-health-observe-2 = Do they sleep and eat regularly?
toolkit-health-observe-3 = Do they show signs of stress, low mood or pain that they do not talk about?
toolkit-health-talk-1 = What do you do when you feel ill?
toolkit-health-talk-2 = What helps you feel calm?
toolkit-health-talk-3 = Is there anything about your health you would like to understand better?

toolkit-communication-observe-1 = In which situations do they use the local language with confidence?
toolkit-communication-observe-2 = Do they avoid phone calls or offices?
toolkit-communication-observe-3 = How do they talk about their own culture and language?
toolkit-communication-talk-1 = When was a conversation here hard for you? What happened?
toolkit-communication-talk-2 = Which customs here still surprise you?
toolkit-communication-talk-3 = What from your culture do you want to keep?

toolkit-career-observe-1 = What skills do they show in daily life: cooking, fixing, caring, organising?
toolkit-career-observe-2 = Do they have any work experience, paid or unpaid?
toolkit-career-observe-3 = How do they react to instructions and feedback?
toolkit-career-talk-1 = What work would you like to do in five years?
toolkit-career-talk-2 = What are you proud of being good at?
toolkit-career-talk-3 = What do you know about your right to work here?

toolkit-finance-observe-1 = How do they use their pocket money or allowance?
toolkit-finance-observe-2 = Do they feel pressure to send money to family or to pay back a debt?
toolkit-finance-observe-3 = Can they read a receipt, a bill or a bank statement?
toolkit-finance-talk-1 = What do you spend most of your money on?
toolkit-finance-talk-2 = What would you save for if you could?
toolkit-finance-talk-3 = Has anyone ever asked you to use your bank account or card for them?

toolkit-self-determination-observe-1 = Do they make choices for themselves, or wait for others to decide?
toolkit-self-determination-observe-2 = Do they keep to their own routine without reminders?
toolkit-self-determination-observe-3 = How do they speak in meetings about their plans?
toolkit-self-determination-talk-1 = What would a good day look like for you at 20?
toolkit-self-determination-talk-2 = Tell me about a decision you are proud of.
toolkit-self-determination-talk-3 = What do you want adults to stop deciding for you?

toolkit-bureaucracy-observe-1 = Do they know where their documents are, and keep copies?
toolkit-bureaucracy-observe-2 = Do they know the dates their permit or papers expire?
toolkit-bureaucracy-observe-3 = What do they do with official letters: open them, ignore them, bring them to staff?
toolkit-bureaucracy-talk-1 = Which document worries you most?
toolkit-bureaucracy-talk-2 = Which office have you been to by yourself?
toolkit-bureaucracy-talk-3 = Who would you ask if you got a letter you did not understand?

toolkit-housing-observe-1 = Do they keep their room clean and safe?
toolkit-housing-observe-2 = Do they know the real cost of rent and bills in the area?
toolkit-housing-observe-3 = How do they get on with the people they share space with?
toolkit-housing-talk-1 = Where would you like to live after care, and with whom?
toolkit-housing-talk-2 = What would make a place feel like home?
toolkit-housing-talk-3 = What would you do if you could not pay the rent one month?

## Pillar names (the titles of the pillar guides)

pillar-education = Education
pillar-community = Community participation and interpersonal relationships
pillar-health = Health
pillar-communication = Communication and cultural awareness
pillar-career = Career and employment
pillar-finance = Financial and money management skills
pillar-self-determination = Self-determination, autonomy skills and teenagers' development
pillar-bureaucracy = Bureaucracy, legislation and networking
pillar-housing = Housing
