# The self-assessment, its results, the plan, and the mentor's offline toolkit.
# Statements are written "I can ..." so that a young person can answer on the
# scale of independence below. Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = Not yet
scale-2 = With a lot of help
scale-3 = With some help
scale-4 = With a little help
scale-5 = Yes, on my own
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Skipped

## Result bands

band-work-on = Let’s work on this
band-growing = Growing
band-strong = Strong
band-too-few = Not enough answers to say

## 1. Education

q-education-find-course = I can find a course or training that fits what I want to do.
q-education-learning-so-far = I can say what I have learned so far, in school and outside it.
q-education-enrol = I can enrol in a course.
q-education-certificates = I can keep my school reports and certificates in one safe place.
q-education-study-plan = I can plan my week so that I have time to study.
q-education-ask-support = I can ask a teacher for help when my studies are hard.
q-education-language-class = I can find a class to improve the local language.

## 2. Community participation and interpersonal relationships

q-community-support-network = I can name people I can turn to for different kinds of help.
q-community-keep-in-touch = I can keep in touch with people who matter to me.
q-community-new-people = I can start a conversation with someone new.
q-community-local-activity = I can find a club, group or activity near where I live.
q-community-solve-conflict = I can sort out a disagreement calmly.
q-community-say-no = I can say no when someone pushes me to do something I do not want to do.
q-community-plan-journey = I can plan a trip by bus, tram or train to a place I have not been before.
q-community-travel-ticket = I can buy the right ticket for a bus, tram or train.

## 3. Health

q-health-register-doctor = I can register with a doctor.
q-health-book-appointment = I can book an appointment with a doctor.
q-health-choose-service = I can choose where to go when I am ill: a pharmacy, a doctor or a hospital.
q-health-emergency = I can call the emergency number and say what happened and where I am.
q-health-medicine-label = I can follow the instructions on a medicine label.
q-health-mental-help = I can find help when I feel very sad, worried or stressed.
q-health-cook-meal = I can cook a simple, healthy meal.
q-health-food-shopping = I can buy food for a week with the money I have.

## 4. Communication and cultural awareness

q-communication-local-language = I can manage everyday conversations in the local language.
q-communication-phone-call = I can make a phone call to an office.
q-communication-formal-message = I can write a short, polite email to an office.
q-communication-interpreter = I can ask for an interpreter when I need one.
q-communication-greetings = I can greet people in the way that is usual here.
q-communication-misunderstanding = I can clear up a misunderstanding with someone from another culture.
q-communication-own-culture = I can explain a custom from my own culture to someone who does not know it.
q-communication-online-sharing = I can decide what is safe to share about myself online.

## 5. Career and employment

q-career-my-skills = I can name five things I am good at.
q-career-cv = I can write a CV.
q-career-cv-adapt = I can change my CV to fit a job advert.
q-career-find-jobs = I can find job adverts that fit me.
q-career-interview = I can answer common questions in a job interview.
q-career-contract = I can find the pay and the hours in a work contract.
q-career-rights-at-work = I can find out who to ask when something at work seems wrong.

## 6. Financial and money management skills

q-finance-bank-account = I can check what came in and went out of my bank account.
q-finance-monthly-budget = I can make a budget for a month.
q-finance-needs-wants = I can tell a need from a want when I spend money.
q-finance-pay-bills = I can pay a bill before its deadline.
q-finance-save = I can save a little money each month.
q-finance-scams = I can spot a scam or a risky offer.
q-finance-debt-help = I can find free advice when I have money problems.

## 7. Self-determination, autonomy skills and teenagers’ development

q-self-determination-values = I can say what matters most to me in life.
q-self-determination-first-step = I can plan the first step towards a goal.
q-self-determination-decisions = I can weigh up the good and the bad sides before I decide.
q-self-determination-speak-up = I can say what I want in meetings about my plans.
q-self-determination-get-up = I can get up on time without anyone waking me.
q-self-determination-stress = I can calm myself down when I feel stressed.
q-self-determination-know-rights = I can find out what support I have a right to after 18.
q-self-determination-online-services = I can use a website to do an everyday task, like booking an appointment.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = I can keep my important documents in one safe place.
q-bureaucracy-expiry-dates = I can keep track of when my documents expire.
q-bureaucracy-renew = I can start renewing a document before it expires.
q-bureaucracy-read-letters = I can work out what an official letter asks me to do.
q-bureaucracy-fill-forms = I can fill in an official form.
q-bureaucracy-public-offices = I can prepare for an appointment at a public office.
q-bureaucracy-legal-advice = I can find free legal advice.

## 9. Housing

q-housing-options = I can find out what kinds of housing I could live in after care.
q-housing-must-haves = I can say what I need most in my next home.
q-housing-afford-rent = I can work out how much rent I can afford.
q-housing-rental-agreement = I can find the rent, the deposit and the notice period in a rental agreement.
q-housing-keep-clean = I can keep my home clean.
q-housing-neighbours = I can sort out a problem with a neighbour calmly.
q-housing-repairs = I can report a repair problem to a landlord.
q-housing-risk-help = I can find help quickly if I might lose my home.

## The online self-assessment page

assessment-privacy-heading = Before you start
assessment-privacy = Your answers are sent only to be scored, and then forgotten. We store nothing and ask for no name. Nothing is kept on this device unless you save a file yourself.
assessment-instructions = Read each sentence and choose how much help you need for it today. There are no right or wrong answers. You can skip any sentence.
assessment-start = Start
# $current (number): the pillar shown, from 1; $total (number): how many pillars there are (9).
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
assessment-work-on = Work on first
assessment-work-on-intro = Up to three pillars, weakest first. You and your mentor can change them.
assessment-work-on-choose = Choose up to three pillars to work on first
assessment-work-on-none = No pillar needs work first. Choose one below if you want to.
# $score (number): the pillar's score, from 0 to 100.
assessment-score = { $score } out of 100
# $count (number): how many statements the young person answered.
assessment-answered = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
assessment-read-guide = Read the guide
assessment-see-workshops = Workshops for mentors
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Workshops for the skills you rated lowest
assessment-no-workshop = No workshop yet for this skill: read the guide.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = in { $language }
assessment-answers-heading = Your answers
assessment-answers-intro = Every statement and the answer you chose, pillar by pillar.
assessment-print = Print my results
assessment-save = Save my results as a file
assessment-restart = Start again
assessment-forget-note = When you close this page, your results are gone. Print them or save a file first if you want to keep them.

## Saving the results in a file

save-heading = Keep your results
save-intro = The file stays on this phone or computer, where you save it. It opens without internet. Nobody else gets a copy.
save-passphrase-label = Passphrase (optional)
save-passphrase-hint = On a shared phone, choose a passphrase: the file then opens only with it. Nobody can recover a forgotten passphrase.
save-include-plan = Put my plan and notes in the file
save-button = Save the file
save-done = Saved. Look for the file in your downloads.
save-file-title = My self-assessment results
# $date (text): the day the answers were given, as YYYY-MM-DD.
save-file-date = Answered on { $date }
# $version (text): the version of the questions, such as "2".
save-file-version = Questions version { $version }
save-locked-intro = This file is locked with a passphrase.
save-unlock = Open
save-wrong-passphrase = This passphrase does not open the file. Try again.
save-open-site = Open the self-assessment

## Progress over time

progress-heading = See your progress
progress-intro = Open one or more results files you saved before. They are read on this device only and never uploaded.
progress-choose = Choose results files
progress-pillar = Pillar
# $file (text): the name of the file the reader chose.
progress-not-results = { $file } is not a results file from this site.
# $file (text): the name of the file the reader chose.
progress-passphrase = { $file } is locked. Type its passphrase:
progress-other-version = Some files use another version of the questions: compare the pillar scores, not single answers.
progress-now = Today

## Handing the results to the mentor's phone

handover-heading = Show your results on your mentor’s phone
handover-intro = Your mentor scans this code with the phone camera. Your answers travel inside the link, after the # sign, which browsers never send to a server. The page on your mentor’s phone then sends them to be scored, as this one did. The link stays in the browser history of the phone that opens it.
handover-show = Show the code
handover-history = On a shared phone, delete this page from the browser history when you are done.
handover-received = These results came from a link. Delete this page from the browser history when you are done.
# Shown when a hand-over link was made for another version of the questionnaire.
handover-other-version = This link was made for another version of the questions, so it cannot be opened here. Ask for a new code.

## The mentor's view

mentor-heading = The mentor’s view
mentor-intro = Mentor: rate the same statements for the pillars chosen above, as you see the young person today. Your ratings are never sent anywhere and are not kept in the browser: they stay on this page until it is closed.
mentor-start = Add the mentor’s ratings
mentor-done = Compare our answers
mentor-compare-heading = Side by side
mentor-differ-heading = Talk about these first
mentor-differ-intro = Your ratings differ by two points or more on these statements.
mentor-differ-none = Your ratings are close on every statement.
mentor-print-toolkit = Print the toolkit with these answers

## The plan

plan-heading = My plan
plan-intro = Choose what to work on and write it in your own words. What you write is never sent anywhere and is not kept in the browser: it stays on this page until it is closed, unless you save it in your file.
plan-goal = My goal
plan-helper = Who will help me
plan-workshop = Workshops to do
plan-review = Date to look at this again
plan-print = Print my plan

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
pillar-self-determination = Self-determination, autonomy skills and teenagers’ development
pillar-bureaucracy = Bureaucracy, legislation and networking
pillar-housing = Housing
