# Українська (uk): interface strings, translated from locales/en/assessment.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/uk/TERMS.md.

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
scale-1 = Поки що ні
scale-2 = З великою допомогою
scale-3 = З деякою допомогою
scale-4 = З невеликою допомогою
scale-5 = Так, самостійно
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Пропущено

## Result bands

band-work-on = Попрацюймо над цим
band-growing = У розвитку
band-strong = Сильна сторона
band-too-few = Замало відповідей, щоб щось сказати

## 1. Education

q-education-find-course = Я можу знайти курс чи навчання, що підходить для того, чим я хочу займатися.
q-education-learning-so-far = Я можу розповісти, що я вже знаю й умію — зі школи та поза нею.
q-education-enrol = Я можу записатися на курс.
q-education-certificates = Я можу зберігати свої шкільні табелі й сертифікати в одному безпечному місці.
q-education-study-plan = Я можу спланувати свій тиждень так, щоб мати час на навчання.
q-education-ask-support = Я можу попросити вчителя про допомогу, коли мені важко вчитися.
q-education-language-class = Я можу знайти мовні курси, щоб краще знати місцеву мову.

## 2. Community participation and interpersonal relationships

q-community-support-network = Я можу назвати людей, до яких можу звернутися по різну допомогу.
q-community-keep-in-touch = Я можу підтримувати зв’язок із людьми, які для мене важливі.
q-community-new-people = Я можу почати розмову з новою людиною.
q-community-local-activity = Я можу знайти клуб, групу чи гурток неподалік від місця, де я живу.
q-community-solve-conflict = Я можу спокійно владнати суперечку.
q-community-say-no = Я можу сказати «ні», коли хтось підштовхує мене до того, чого я не хочу робити.
q-community-plan-journey = Я можу спланувати поїздку автобусом, трамваєм чи потягом до незнайомого місця.
q-community-travel-ticket = Я можу купити правильний квиток на автобус, трамвай чи потяг.

## 3. Health

q-health-register-doctor = Я можу зареєструватися в сімейного лікаря.
q-health-book-appointment = Я можу записатися на прийом до лікаря.
q-health-choose-service = Я можу вирішити, куди звернутися, коли хворію: в аптеку, до лікаря чи в лікарню.
q-health-emergency = Я можу зателефонувати на номер екстреної допомоги й сказати, що сталося і де я перебуваю.
q-health-medicine-label = Я можу дотримуватися інструкції на упаковці ліків.
q-health-mental-help = Я можу знайти допомогу, коли мені дуже сумно, тривожно або коли я в стресі.
q-health-cook-meal = Я можу приготувати просту й корисну їжу.
q-health-food-shopping = Я можу купити їжу на тиждень за ті гроші, які в мене є.

## 4. Communication and cultural awareness

q-communication-local-language = Я можу впоратися з повсякденними розмовами місцевою мовою.
q-communication-phone-call = Я можу зателефонувати в установу.
q-communication-formal-message = Я можу написати в установу короткий ввічливий електронний лист.
q-communication-interpreter = Я можу попросити перекладача, коли він мені потрібен.
q-communication-greetings = Я можу вітатися з людьми так, як тут прийнято.
q-communication-misunderstanding = Я можу владнати непорозуміння з людиною з іншої культури.
q-communication-own-culture = Я можу пояснити звичай зі своєї культури людині, яка його не знає.
q-communication-online-sharing = Я можу вирішити, що про себе безпечно розповідати в інтернеті.

## 5. Career and employment

q-career-my-skills = Я можу назвати п’ять речей, які в мене добре виходять.
q-career-cv = Я можу написати резюме.
q-career-cv-adapt = Я можу змінити своє резюме під оголошення про роботу.
q-career-find-jobs = Я можу знайти оголошення про роботу, які мені підходять.
q-career-interview = Я можу відповісти на звичайні запитання на співбесіді.
q-career-contract = Я можу знайти в трудовому договорі зарплату й робочі години.
q-career-rights-at-work = Я можу дізнатися, до кого звернутися, коли на роботі щось здається неправильним.

## 6. Financial and money management skills

q-finance-bank-account = Я можу перевірити, що надійшло на мій банківський рахунок і що з нього списали.
q-finance-monthly-budget = Я можу скласти бюджет на місяць.
q-finance-needs-wants = Я можу відрізнити потребу від бажання, коли витрачаю гроші.
q-finance-pay-bills = Я можу сплатити рахунок до кінцевого терміну.
q-finance-save = Я можу щомісяця відкладати трохи грошей.
q-finance-scams = Я можу розпізнати шахрайство або ризиковану пропозицію.
q-finance-debt-help = Я можу знайти безкоштовну пораду, коли в мене проблеми з грошима.

## 7. Self-determination, autonomy skills and teenagers’ development

q-self-determination-values = Я можу сказати, що для мене найважливіше в житті.
q-self-determination-first-step = Я можу спланувати перший крок до своєї мети.
q-self-determination-decisions = Я можу зважити добрі й погані сторони, перш ніж вирішити.
q-self-determination-speak-up = Я можу сказати, чого я хочу, на зустрічах про мої плани.
q-self-determination-get-up = Я можу вчасно вставати, навіть якщо мене ніхто не будить.
q-self-determination-stress = Я можу заспокоїтися, коли відчуваю стрес.
q-self-determination-know-rights = Я можу дізнатися, на яку підтримку я маю право після 18 років.
q-self-determination-online-services = Я можу скористатися вебсайтом для повсякденної справи, наприклад щоб записатися на прийом.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Я можу зберігати свої важливі документи в одному безпечному місці.
q-bureaucracy-expiry-dates = Я можу стежити за тим, коли закінчується строк дії моїх документів.
q-bureaucracy-renew = Я можу почати оновлювати документ до того, як закінчиться строк його дії.
q-bureaucracy-read-letters = Я можу зрозуміти, що саме від мене вимагають в офіційному листі.
q-bureaucracy-fill-forms = Я можу заповнити офіційний бланк.
q-bureaucracy-public-offices = Я можу підготуватися до прийому в державній установі.
q-bureaucracy-legal-advice = Я можу знайти безкоштовну юридичну консультацію.

## 9. Housing

q-housing-options = Я можу дізнатися, яке житло може бути для мене після виходу з-під опіки.
q-housing-must-haves = Я можу сказати, що мені найбільше потрібно в моєму наступному житлі.
q-housing-afford-rent = Я можу порахувати, скільки я можу платити за оренду.
q-housing-rental-agreement = Я можу знайти в договорі оренди орендну плату, заставу й строк попередження.
q-housing-keep-clean = Я можу підтримувати чистоту вдома.
q-housing-neighbours = Я можу спокійно розв’язати проблему із сусідами.
q-housing-repairs = Я можу повідомити орендодавця, що щось треба полагодити.
q-housing-risk-help = Я можу швидко знайти допомогу, якщо є ризик утратити житло.

## The online self-assessment page

assessment-privacy-heading = Перш ніж почати
assessment-privacy = Твої відповіді надсилаються лише для того, щоб порахувати результати, а потім їх забувають. Ми нічого не зберігаємо й не питаємо твого імені. На цьому пристрої нічого не залишається, якщо ти не збережеш файл.
assessment-instructions = Прочитай кожне речення й вибери, скільки допомоги тобі потрібно для цього сьогодні. Правильних чи неправильних відповідей немає. Будь-яке речення можна пропустити.
assessment-start = Почати
# $current (number): the pillar shown, from 1; $total (number): how many pillars there are (9).
assessment-progress = Опора { $current } з { $total }
assessment-previous = Назад
assessment-next = Далі
assessment-submit = Показати мої результати
assessment-sending = Рахуємо твої результати…
assessment-offline = Не вдалося з’єднатися із сервісом підрахунку. Перевір з’єднання й спробуй ще раз. Твої відповіді нікуди не зникли.
assessment-error = Щось пішло не так із відповідями. Будь ласка, почни спочатку.
assessment-results-heading = Твої результати
assessment-results-intro = Ось як ти бачиш себе сьогодні в кожній із 9 опор. Поговори про це з наставником: разом ви можете вибрати, над чим працювати спочатку.
assessment-chart-label = Твій результат у кожній опорі, від 0 до 100
assessment-strengths = Твої сильні сторони
assessment-work-on = Над чим попрацювати спочатку
assessment-work-on-intro = До трьох опор, починаючи з найслабшої. Ти й наставник можете їх змінити.
assessment-work-on-choose = Вибери до трьох опор, над якими попрацювати спочатку
assessment-work-on-none = Жодна опора не потребує роботи в першу чергу. Якщо хочеш, вибери одну нижче.
# $score (number): the pillar's score, from 0 to 100.
assessment-score = { $score } зі 100
# $count (number): how many statements the young person answered.
assessment-answered = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповідей
}
assessment-read-guide = Прочитати посібник
assessment-see-workshops = Заняття для наставників
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Заняття для навичок із твоїми найнижчими оцінками
assessment-no-workshop = Для цієї навички ще немає заняття: прочитай посібник.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = мовою: { $language }
assessment-answers-heading = Твої відповіді
assessment-answers-intro = Кожне твердження і твоя відповідь на нього, опора за опорою.
assessment-print = Надрукувати мої результати
assessment-save = Зберегти мої результати у файл
assessment-restart = Почати знову
assessment-forget-note = Коли ти закриєш цю сторінку, твої результати зникнуть. Якщо хочеш їх зберегти, спершу надрукуй їх або збережи файл.

## Saving the results in a file

save-heading = Збережи свої результати
save-intro = Файл залишається на цьому телефоні чи комп’ютері, там, де ти його збережеш. Він відкривається без інтернету. Більше ніхто не отримує копії.
save-passphrase-label = Парольна фраза (необов’язково)
save-passphrase-hint = Якщо телефон спільний, вибери парольну фразу: тоді файл відкриється тільки з нею. Забуту парольну фразу ніхто не зможе відновити.
save-include-plan = Додати до файлу мій план і нотатки
save-button = Зберегти файл
save-done = Збережено. Шукай файл у завантаженнях.
save-file-title = Мої результати самооцінювання
# $date (text): the day the answers were given, as YYYY-MM-DD.
save-file-date = Дата відповідей: { $date }
# $version (text): the version of the questions, such as "2".
save-file-version = Версія запитань: { $version }
save-locked-intro = Цей файл захищено парольною фразою.
save-unlock = Відкрити
save-wrong-passphrase = Ця парольна фраза не відкриває файл. Спробуй ще раз.
save-open-site = Відкрити самооцінювання

## Progress over time

progress-heading = Подивися на свій прогрес
progress-intro = Відкрий один або кілька файлів із результатами, збережених раніше. Їх читають лише на цьому пристрої й ніколи нікуди не надсилають.
progress-choose = Вибрати файли з результатами
progress-pillar = Опора
# $file (text): the name of the file the reader chose.
progress-not-results = { $file } — це не файл із результатами з цього сайту.
# $file (text): the name of the file the reader chose.
progress-passphrase = Файл { $file } захищено. Введи його парольну фразу:
progress-other-version = Деякі файли мають іншу версію запитань: порівнюй результати за опорами, а не окремі відповіді.
progress-now = Сьогодні

## Handing the results to the mentor's phone

handover-heading = Покажи свої результати на телефоні наставника
handover-intro = Наставник сканує цей код камерою телефону. Твої відповіді передаються всередині посилання, після знака #, а цю частину браузери ніколи не надсилають на сервер. Потім сторінка на телефоні наставника надсилає їх на підрахунок, так само як ця. Посилання залишається в історії браузера того телефону, який його відкриває.
handover-show = Показати код
handover-history = Якщо телефон спільний, видали цю сторінку з історії браузера, коли закінчиш.
handover-received = Ці результати прийшли з посилання. Коли закінчиш, видали цю сторінку з історії браузера.
# Shown when a hand-over link was made for another version of the questionnaire.
handover-other-version = Це посилання створено для іншої версії запитань, тому тут його не можна відкрити. Попроси новий код.

## The mentor's view

mentor-heading = Погляд наставника
mentor-intro = Наставнику: оціни ті самі твердження для вибраних вище опор — так, як ти бачиш молоду людину сьогодні. Твої оцінки ніколи нікуди не надсилаються і не зберігаються в браузері: вони залишаються на цій сторінці, доки її не закриють.
mentor-start = Додати оцінки наставника
mentor-done = Порівняти наші відповіді
mentor-compare-heading = Поруч
mentor-differ-heading = Спершу поговоріть про це
mentor-differ-intro = У цих твердженнях ваші оцінки відрізняються на два бали або більше.
mentor-differ-none = Ваші оцінки близькі в кожному твердженні.
mentor-print-toolkit = Надрукувати набір для оцінювання з цими відповідями

## The plan

plan-heading = Мій план
plan-intro = Вибери, над чим працювати, і напиши це своїми словами. Те, що ти пишеш, ніколи нікуди не надсилають і не зберігають у браузері: воно залишається на цій сторінці, доки її не закриють, якщо ти не збережеш його у своєму файлі.
plan-goal = Моя мета
plan-helper = Хто мені допоможе
plan-workshop = Заняття, які треба пройти
plan-review = Дата, коли переглянути план знову
plan-print = Надрукувати мій план

## The mentor's offline toolkit

toolkit-statement = Твердження
toolkit-young-person = Молода людина
toolkit-mentor = Наставник
toolkit-observe = На що звернути увагу
toolkit-talk = З чого почати розмову
toolkit-notes = Нотатки та домовлені наступні кроки
toolkit-date = Дата

toolkit-education-observe-1 = Як молода людина говорить про школу чи навчання: з цікавістю, з тривогою чи мовчить?
toolkit-education-observe-2 = Чи може молода людина знайти свої сертифікати й шкільні табелі, коли її про це просять?
toolkit-education-observe-3 = Як молода людина дає раду домашнім завданням і кінцевим термінам у повсякденному житті?
toolkit-education-talk-1 = Що тобі подобалося вивчати — тут чи у твоїй країні?
toolkit-education-talk-2 = Якби цього року можна було вивчити щось одне, що б це було?
toolkit-education-talk-3 = Що зараз ускладнює тобі навчання?

toolkit-community-observe-1 = Кого молода людина згадує на ім’я, коли розповідає про свій тиждень?
toolkit-community-observe-2 = Чи бере молода людина участь у чомусь поза закладом, де живе?
toolkit-community-observe-3 = Як молода людина поводиться в суперечках з іншими молодими людьми чи з працівниками?
toolkit-community-talk-1 = Кому ти телефонуєш, коли маєш добру новину? А погану?
toolkit-community-talk-2 = Хто з людей тут залишиться у твоєму житті після 18 років?
toolkit-community-talk-3 = Чи є група або місце, де ти почуваєшся на своєму місці?

toolkit-health-observe-1 = Чи знає молода людина, як звати її лікаря і як із ним зв’язатися?
toolkit-health-observe-2 = Чи молода людина регулярно спить і їсть?
toolkit-health-observe-3 = Чи є ознаки стресу, пригніченого настрою чи болю, про які молода людина не говорить?
toolkit-health-talk-1 = Що ти робиш, коли захворієш?
toolkit-health-talk-2 = Що допомагає тобі заспокоїтися?
toolkit-health-talk-3 = Чи хочеш ти краще зрозуміти щось про своє здоров’я?

toolkit-communication-observe-1 = У яких ситуаціях молода людина впевнено користується місцевою мовою?
toolkit-communication-observe-2 = Чи уникає молода людина телефонних дзвінків або походів в установи?
toolkit-communication-observe-3 = Як молода людина говорить про свою культуру й мову?
toolkit-communication-talk-1 = Яка розмова тут була для тебе важкою? Що сталося?
toolkit-communication-talk-2 = Які місцеві звичаї досі тебе дивують?
toolkit-communication-talk-3 = Що зі своєї культури ти хочеш зберегти?

toolkit-career-observe-1 = Які навички молода людина показує в повсякденному житті: готування, ремонт, турбота про інших, організація?
toolkit-career-observe-2 = Чи має молода людина досвід роботи — оплачуваної чи ні?
toolkit-career-observe-3 = Як молода людина реагує на вказівки та зворотний зв’язок?
toolkit-career-talk-1 = Яку роботу ти хочеш мати через п’ять років?
toolkit-career-talk-2 = Що в тебе добре виходить і чим ти пишаєшся?
toolkit-career-talk-3 = Що ти знаєш про своє право працювати тут?

toolkit-finance-observe-1 = Як молода людина витрачає кишенькові гроші чи грошову допомогу?
toolkit-finance-observe-2 = Чи відчуває молода людина тиск: надсилати гроші родині або повертати борг?
toolkit-finance-observe-3 = Чи може молода людина прочитати чек, рахунок чи виписку з банку?
toolkit-finance-talk-1 = На що ти витрачаєш найбільше грошей?
toolkit-finance-talk-2 = На що ти хочеш відкладати гроші, якщо буде змога?
toolkit-finance-talk-3 = Чи просив тебе колись хтось дати скористатися твоїм банківським рахунком чи карткою?

toolkit-self-determination-observe-1 = Чи робить молода людина вибір сама, чи чекає, поки вирішать інші?
toolkit-self-determination-observe-2 = Чи дотримується молода людина свого розпорядку без нагадувань?
toolkit-self-determination-observe-3 = Як молода людина говорить на зустрічах про свої плани?
toolkit-self-determination-talk-1 = Яким був би для тебе хороший день, коли тобі буде 20?
toolkit-self-determination-talk-2 = Розкажи про рішення, яким ти пишаєшся.
toolkit-self-determination-talk-3 = Що дорослі мають перестати вирішувати за тебе?

toolkit-bureaucracy-observe-1 = Чи знає молода людина, де її документи, і чи має їхні копії?
toolkit-bureaucracy-observe-2 = Чи знає молода людина, коли закінчується строк дії її дозволу чи інших документів?
toolkit-bureaucracy-observe-3 = Що молода людина робить з офіційними листами: відкриває, ігнорує, приносить працівникам?
toolkit-bureaucracy-talk-1 = Який документ тебе найбільше турбує?
toolkit-bureaucracy-talk-2 = У якій установі тобі вже доводилося бувати без супроводу?
toolkit-bureaucracy-talk-3 = Кого ти попросиш про допомогу, якщо отримаєш лист, який не розумієш?

toolkit-housing-observe-1 = Чи тримає молода людина свою кімнату в чистоті й безпеці?
toolkit-housing-observe-2 = Чи знає молода людина, скільки насправді коштують оренда й комунальні послуги в цьому районі?
toolkit-housing-observe-3 = Як молода людина ладнає з людьми, з якими ділить простір?
toolkit-housing-talk-1 = Де ти хочеш жити після виходу з-під опіки і з ким?
toolkit-housing-talk-2 = Що допомогло б тобі відчути, що це місце — твій дім?
toolkit-housing-talk-3 = Що ти робитимеш, якщо одного місяця не зможеш заплатити за оренду?

## Pillar names (the titles of the pillar guides)

pillar-education = Освіта
pillar-community = Участь у житті громади та міжособистісні стосунки
pillar-health = Здоров’я
pillar-communication = Спілкування та культурна обізнаність
pillar-career = Кар’єра та працевлаштування
pillar-finance = Фінансові навички та вміння керувати грошима
pillar-self-determination = Самовизначення, навички самостійності та розвиток підлітків
pillar-bureaucracy = Бюрократія, законодавство та налагодження зв’язків
pillar-housing = Житло
