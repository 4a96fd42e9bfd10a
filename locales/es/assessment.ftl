# The self-assessment, its results, the plan, and the mentor's offline toolkit: Spanish (es), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written "Sé ..." / "Puedo ..." ("I can ...") so that a young person can answer on the
# scale of independence below. Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = Todavía no
scale-2 = Con mucha ayuda
scale-3 = Con algo de ayuda
scale-4 = Con poca ayuda
scale-5 = Sí, por mi cuenta
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Sin responder

## Result bands

band-work-on = Vamos a trabajarlo
band-growing = En progreso
band-strong = Punto fuerte
band-too-few = No hay suficientes respuestas para saberlo

## 1. Education

q-education-find-course = Sé encontrar un curso o una formación que encaje con lo que quiero hacer.
q-education-learning-so-far = Sé contar lo que he aprendido hasta ahora, en la escuela y fuera de ella.
q-education-enrol = Sé inscribirme en un curso.
q-education-certificates = Sé guardar mis notas y mis certificados juntos en un lugar seguro.
q-education-study-plan = Sé organizar mi semana para tener tiempo de estudiar.
q-education-ask-support = Sé pedir ayuda a un profesor cuando los estudios se me hacen difíciles.
q-education-language-class = Sé encontrar una clase para mejorar el idioma del lugar.

## 2. Community participation and interpersonal relationships

q-community-support-network = Sé decir a qué personas puedo acudir para distintos tipos de ayuda.
q-community-keep-in-touch = Sé mantener el contacto con las personas que me importan.
q-community-new-people = Sé empezar una conversación con alguien que no conozco.
q-community-local-activity = Sé encontrar un club, un grupo o una actividad cerca de donde vivo.
q-community-solve-conflict = Puedo resolver un desacuerdo con calma.
q-community-say-no = Sé decir que no cuando alguien me presiona para hacer algo que no quiero hacer.
q-community-plan-journey = Sé planear un trayecto en autobús, tranvía o tren a un sitio donde no he estado nunca.
q-community-travel-ticket = Sé comprar el billete adecuado para el autobús, el tranvía o el tren.

## 3. Health

q-health-register-doctor = Sé darme de alta con un médico en el centro de salud.
q-health-book-appointment = Sé pedir cita con el médico.
q-health-choose-service = Sé elegir adónde ir cuando me encuentro mal: a la farmacia, al médico o al hospital.
q-health-emergency = Sé llamar al número de emergencias y explicar qué ha pasado y dónde estoy.
q-health-medicine-label = Sé seguir las instrucciones que vienen con un medicamento.
q-health-mental-help = Sé encontrar ayuda cuando me siento muy triste o tengo muchas preocupaciones o mucho estrés.
q-health-cook-meal = Sé cocinar una comida sencilla y sana.
q-health-food-shopping = Sé comprar comida para una semana con el dinero que tengo.

## 4. Communication and cultural awareness

q-communication-local-language = Me defiendo en las conversaciones del día a día en el idioma del lugar.
q-communication-phone-call = Puedo llamar por teléfono a una oficina.
q-communication-formal-message = Sé escribir un correo corto y educado a una oficina.
q-communication-interpreter = Sé pedir un intérprete cuando lo necesito.
q-communication-greetings = Sé saludar a la gente como es costumbre aquí.
q-communication-misunderstanding = Sé aclarar un malentendido con alguien de otra cultura.
q-communication-own-culture = Sé explicar una costumbre de mi cultura a alguien que no la conoce.
q-communication-online-sharing = Sé decidir qué es seguro compartir sobre mí en internet.

## 5. Career and employment

q-career-my-skills = Sé decir cinco cosas que se me dan bien.
q-career-cv = Sé escribir un currículum (CV).
q-career-cv-adapt = Sé adaptar mi currículum a una oferta de trabajo.
q-career-find-jobs = Sé encontrar ofertas de trabajo que encajen conmigo.
q-career-interview = Sé responder a las preguntas más comunes de una entrevista de trabajo.
q-career-contract = Sé encontrar el sueldo y el horario en un contrato de trabajo.
q-career-rights-at-work = Sé averiguar a quién acudir cuando algo en el trabajo no me parece bien.

## 6. Financial and money management skills

q-finance-bank-account = Sé revisar el dinero que ha entrado y salido de mi cuenta bancaria.
q-finance-monthly-budget = Sé hacer un presupuesto para un mes.
q-finance-needs-wants = Sé distinguir lo que necesito de lo que solo me apetece cuando gasto dinero.
q-finance-pay-bills = Sé pagar una factura antes de que acabe el plazo.
q-finance-save = Puedo ahorrar un poco de dinero cada mes.
q-finance-scams = Sé reconocer una estafa o una oferta arriesgada.
q-finance-debt-help = Sé encontrar asesoramiento gratuito cuando tengo problemas de dinero.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-values = Sé decir qué es lo que más me importa en la vida.
q-self-determination-first-step = Sé planear el primer paso hacia una meta.
q-self-determination-decisions = Sé pensar en lo bueno y lo malo antes de decidir.
q-self-determination-speak-up = Puedo decir lo que quiero en las reuniones sobre mis planes.
q-self-determination-get-up = Puedo levantarme a tiempo sin que nadie me despierte.
q-self-determination-stress = Sé calmarme cuando tengo estrés.
q-self-determination-know-rights = Sé averiguar a qué apoyos tengo derecho después de los 18 años.
q-self-determination-online-services = Sé usar una página web para hacer una tarea del día a día, como pedir una cita.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Sé guardar mis documentos importantes juntos en un lugar seguro.
q-bureaucracy-expiry-dates = Sé llevar el control de cuándo caducan mis documentos.
q-bureaucracy-renew = Sé empezar a renovar un documento antes de que caduque.
q-bureaucracy-read-letters = Sé entender qué me pide una carta oficial.
q-bureaucracy-fill-forms = Sé rellenar un formulario oficial.
q-bureaucracy-public-offices = Sé prepararme para una cita en una oficina pública.
q-bureaucracy-legal-advice = Sé encontrar asesoramiento legal gratuito.

## 9. Housing

q-housing-options = Sé averiguar en qué tipos de vivienda podría vivir cuando salga del centro.
q-housing-must-haves = Sé decir qué es lo que más necesito en mi próxima casa.
q-housing-afford-rent = Sé calcular cuánto alquiler puedo pagar.
q-housing-rental-agreement = Sé encontrar el precio del alquiler, la fianza y el plazo de preaviso en un contrato de alquiler.
q-housing-keep-clean = Sé mantener limpia mi casa.
q-housing-neighbours = Sé resolver con calma un problema con un vecino.
q-housing-repairs = Sé avisar al casero de que algo necesita una reparación.
q-housing-risk-help = Sé encontrar ayuda rápido si corro el riesgo de perder mi casa.

## The online self-assessment page

assessment-privacy-heading = Antes de empezar
assessment-privacy = Tus respuestas se envían solo para calcular el resultado y después se olvidan. No guardamos nada y no te pedimos el nombre. No queda nada en este dispositivo, a menos que guardes tú un archivo.
assessment-instructions = Lee cada frase y elige cuánta ayuda necesitas hoy para hacerlo. No hay respuestas correctas ni incorrectas. Puedes saltarte cualquier frase.
assessment-start = Empezar
assessment-progress = Pilar { $current } de { $total }
assessment-previous = Atrás
assessment-next = Siguiente
assessment-submit = Ver mis resultados
assessment-sending = Calculando tus resultados…
assessment-offline = No hemos podido conectar con el servicio que calcula los resultados. Comprueba tu conexión y vuelve a intentarlo. Tus respuestas siguen aquí.
assessment-error = Algo ha fallado con las respuestas. Por favor, vuelve a empezar.
assessment-results-heading = Tus resultados
assessment-results-intro = Así te ves hoy en cada uno de los 9 pilares. Háblalo con tu mentor: juntos podéis elegir en qué trabajar primero.
assessment-chart-label = Tu puntuación en cada pilar, de 0 a 100
assessment-strengths = Tus puntos fuertes
assessment-work-on = Por dónde empezar
assessment-work-on-intro = Hasta tres pilares, empezando por el más débil. Tú y tu mentor podéis cambiarlos.
assessment-work-on-choose = Elige hasta tres pilares para trabajar primero
assessment-work-on-none = Ningún pilar necesita trabajarse antes que los demás. Si quieres, elige uno aquí abajo.
assessment-score = { $score } de 100
# Spanish plural categories (CLDR): one, many, other.
assessment-answered = { $count ->
    [one] { $count } respuesta
    [many] { $count } respuestas
   *[other] { $count } respuestas
}
assessment-read-guide = Leer la guía
assessment-see-workshops = Talleres para mentores
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Talleres para las habilidades en las que necesitas más ayuda
assessment-no-workshop = Todavía no hay ningún taller para esta habilidad: lee la guía.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = en { $language }
assessment-answers-heading = Tus respuestas
assessment-answers-intro = Todas las frases y la respuesta que has elegido, pilar por pilar.
assessment-print = Imprimir mis resultados
assessment-save = Guardar mis resultados en un archivo
assessment-restart = Empezar de nuevo
assessment-forget-note = Cuando cierres esta página, tus resultados desaparecerán. Si quieres conservarlos, imprímelos o guarda antes un archivo.

## Saving the results in a file

save-heading = Guarda tus resultados
save-intro = El archivo se queda en este móvil u ordenador, donde lo guardes. Se abre sin internet. Nadie más recibe una copia.
save-passphrase-label = Contraseña (opcional)
save-passphrase-hint = En un móvil compartido, elige una contraseña: así el archivo solo se abrirá con ella. Si la olvidas, nadie podrá recuperarla.
save-include-plan = Incluir mi plan y mis notas en el archivo
save-button = Guardar el archivo
save-done = Guardado. Busca el archivo en tus descargas.
save-file-title = Mis resultados de la autoevaluación
save-file-date = Fecha de las respuestas: { $date }
save-file-version = Versión de las preguntas: { $version }
save-locked-intro = Este archivo está protegido con una contraseña.
save-unlock = Abrir
save-wrong-passphrase = Esta contraseña no abre el archivo. Vuelve a intentarlo.
save-open-site = Abrir la autoevaluación

## Progress over time

progress-heading = Mira tu progreso
progress-intro = Abre uno o varios archivos de resultados que hayas guardado antes. Solo se leen en este dispositivo y nunca se suben a internet.
progress-choose = Elegir archivos de resultados
progress-pillar = Pilar
progress-not-results = { $file } no es un archivo de resultados de este sitio.
progress-passphrase = { $file } está protegido. Escribe su contraseña:
progress-other-version = Algunos archivos usan otra versión de las preguntas: compara las puntuaciones de los pilares, no las respuestas sueltas.
progress-now = Hoy

## Handing the results to the mentor's phone

handover-heading = Muestra tus resultados en el móvil de tu mentor
handover-intro = Tu mentor escanea este código con la cámara del móvil. Tus respuestas viajan dentro del enlace, después del signo #, y los navegadores nunca envían esa parte a un servidor. Luego la página del móvil de tu mentor las envía para puntuarlas, como hizo esta. El enlace se queda en el historial del navegador del móvil que lo abre.
handover-show = Mostrar el código
handover-history = En un móvil compartido, borra esta página del historial del navegador cuando termines.
handover-received = Estos resultados han llegado a través de un enlace. Borra esta página del historial del navegador cuando termines.
handover-other-version = Este enlace se hizo para otra versión de las preguntas, así que no se puede abrir aquí. Pide un código nuevo.

## The mentor's view

mentor-heading = El punto de vista del mentor
mentor-intro = Mentor/a: valora las mismas frases en los pilares elegidos arriba, según cómo ves hoy a la persona joven. Tus valoraciones nunca se envían a ningún sitio y no se guardan en el navegador: se quedan en esta página hasta que se cierre.
mentor-start = Añadir las valoraciones del mentor
mentor-done = Comparar nuestras respuestas
mentor-compare-heading = Comparación
mentor-differ-heading = Hablad primero de estas frases
mentor-differ-intro = Vuestras valoraciones se diferencian en dos puntos o más en estas frases.
mentor-differ-none = Vuestras valoraciones son parecidas en todas las frases.
mentor-print-toolkit = Imprimir la caja de herramientas con estas respuestas

## The plan

plan-heading = Mi plan
plan-intro = Elige en qué trabajar y escríbelo con tus propias palabras. Lo que escribas nunca se envía a ningún sitio y no se guarda en el navegador: se queda en esta página hasta que se cierre, a menos que lo guardes en tu archivo.
plan-goal = Mi objetivo
plan-helper = Quién me va a ayudar
plan-workshop = Talleres que voy a hacer
plan-review = Fecha para volver a revisarlo
plan-print = Imprimir mi plan

## The mentor's offline toolkit

toolkit-statement = Afirmación
toolkit-young-person = Joven
toolkit-mentor = Mentor/a
toolkit-observe = Qué observar
toolkit-talk = Preguntas para empezar a hablar
toolkit-notes = Notas y próximos pasos acordados
toolkit-date = Fecha

toolkit-education-observe-1 = ¿Habla de los estudios o de la formación con interés, con preocupación o se queda en silencio?
toolkit-education-observe-2 = ¿Encuentra sus certificados y sus notas cuando se los piden?
toolkit-education-observe-3 = ¿Cómo lleva los deberes o los plazos en el día a día?
toolkit-education-talk-1 = ¿Qué te gustó aprender, aquí o en tu país?
toolkit-education-talk-2 = Si pudieras aprender una cosa este año, ¿cuál sería?
toolkit-education-talk-3 = ¿Qué te dificulta estudiar ahora mismo?

toolkit-community-observe-1 = ¿A quién menciona por su nombre cuando habla de su semana?
toolkit-community-observe-2 = ¿Participa en algo fuera del centro?
toolkit-community-observe-3 = ¿Cómo gestiona los desacuerdos con otros jóvenes o con el equipo educativo?
toolkit-community-talk-1 = ¿A quién llamarías si tuvieras una buena noticia? ¿Y una mala?
toolkit-community-talk-2 = ¿Qué personas de aquí seguirán en tu vida después de los 18?
toolkit-community-talk-3 = ¿Hay algún grupo o lugar del que sientas que formas parte?

toolkit-health-observe-1 = ¿Sabe cómo se llama su médico y cómo contactar con él?
toolkit-health-observe-2 = ¿Duerme y come con regularidad?
toolkit-health-observe-3 = ¿Muestra señales de estrés, bajo ánimo o dolor de las que no habla?
toolkit-health-talk-1 = ¿Qué haces cuando te encuentras mal?
toolkit-health-talk-2 = ¿Qué te ayuda a calmarte?
toolkit-health-talk-3 = ¿Hay algo sobre tu salud que te gustaría entender mejor?

toolkit-communication-observe-1 = ¿En qué situaciones usa el idioma del lugar con seguridad?
toolkit-communication-observe-2 = ¿Evita las llamadas de teléfono o las oficinas?
toolkit-communication-observe-3 = ¿Cómo habla de su propia cultura y de su idioma?
toolkit-communication-talk-1 = ¿Cuándo te ha resultado difícil una conversación aquí? ¿Qué pasó?
toolkit-communication-talk-2 = ¿Qué costumbres de aquí todavía te sorprenden?
toolkit-communication-talk-3 = ¿Qué cosas de tu cultura quieres conservar?

toolkit-career-observe-1 = ¿Qué habilidades muestra en el día a día: cocinar, arreglar cosas, cuidar de otros, organizar?
toolkit-career-observe-2 = ¿Tiene alguna experiencia laboral, pagada o no?
toolkit-career-observe-3 = ¿Cómo reacciona a las instrucciones y a los comentarios sobre lo que hace?
toolkit-career-talk-1 = ¿En qué te gustaría trabajar dentro de cinco años?
toolkit-career-talk-2 = ¿Qué se te da bien y te hace sentir orgullo?
toolkit-career-talk-3 = ¿Qué sabes sobre tu derecho a trabajar aquí?

toolkit-finance-observe-1 = ¿Cómo usa su paga o la asignación que recibe?
toolkit-finance-observe-2 = ¿Siente presión para enviar dinero a su familia o para devolver una deuda?
toolkit-finance-observe-3 = ¿Sabe leer un tique de compra, una factura o un extracto bancario?
toolkit-finance-talk-1 = ¿En qué gastas la mayor parte de tu dinero?
toolkit-finance-talk-2 = ¿Para qué ahorrarías si pudieras?
toolkit-finance-talk-3 = ¿Alguna vez alguien te ha pedido usar tu cuenta bancaria o tu tarjeta para sus cosas?

toolkit-self-determination-observe-1 = ¿Toma sus propias decisiones o espera a que otros decidan?
toolkit-self-determination-observe-2 = ¿Mantiene su rutina sin que haya que recordárselo?
toolkit-self-determination-observe-3 = ¿Cómo se expresa en las reuniones sobre sus planes?
toolkit-self-determination-talk-1 = ¿Cómo sería un buen día para ti a los 20 años?
toolkit-self-determination-talk-2 = Háblame de una decisión que tomaste y que te hace sentir orgullo.
toolkit-self-determination-talk-3 = ¿Qué quieres que los adultos dejen de decidir por ti?

toolkit-bureaucracy-observe-1 = ¿Sabe dónde están sus documentos y guarda copias?
toolkit-bureaucracy-observe-2 = ¿Sabe en qué fechas caducan su permiso o sus papeles?
toolkit-bureaucracy-observe-3 = ¿Qué hace con las cartas oficiales: las abre, las ignora, se las lleva al equipo?
toolkit-bureaucracy-talk-1 = ¿Qué documento te preocupa más?
toolkit-bureaucracy-talk-2 = ¿A qué oficina has ido por tu cuenta?
toolkit-bureaucracy-talk-3 = ¿A quién preguntarías si te llegara una carta que no entiendes?

toolkit-housing-observe-1 = ¿Mantiene su habitación limpia y segura?
toolkit-housing-observe-2 = ¿Sabe lo que cuestan de verdad el alquiler y las facturas en la zona?
toolkit-housing-observe-3 = ¿Cómo se lleva con las personas con las que comparte espacio?
toolkit-housing-talk-1 = ¿Dónde te gustaría vivir cuando salgas del centro, y con quién?
toolkit-housing-talk-2 = ¿Qué necesitas para sentir un sitio como tu casa?
toolkit-housing-talk-3 = ¿Qué harías si un mes no pudieras pagar el alquiler?

## Pillar names (the titles of the pillar guides)

pillar-education = Educación
pillar-community = Participación en la comunidad y relaciones interpersonales
pillar-health = Salud
pillar-communication = Comunicación y conciencia cultural
pillar-career = Carrera profesional y empleo
pillar-finance = Habilidades financieras y gestión del dinero
pillar-self-determination = Autodeterminación, habilidades para la autonomía y desarrollo adolescente
pillar-bureaucracy = Burocracia, legislación y redes de apoyo
pillar-housing = Vivienda
