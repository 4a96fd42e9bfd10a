# The self-assessment and the mentor's offline toolkit: Spanish (es), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written as "Sé..." / "Puedo..." so that a young person
# can answer from "todavía no" to "sí, por mi cuenta". Keep them short and plain.

## Answer scale (value 1 to 5, or skip)

scale-1 = Todavía no
scale-2 = Un poco
scale-3 = Con ayuda
scale-4 = Casi siempre
scale-5 = Sí, por mi cuenta
scale-skip = Saltar esta frase

## Result bands

band-work-on = Vamos a trabajarlo
band-growing = En progreso
band-strong = Punto fuerte
band-too-few = No hay suficientes respuestas para saberlo

## 1. Education

q-education-find-course = Sé cómo encontrar un curso o un centro de estudios que encaje con lo que quiero hacer.
q-education-enrol = Sé inscribirme en un curso, con los formularios y los documentos que hacen falta.
q-education-certificates = Guardo bien mis notas y mis certificados, y sé cómo pedir copias.
q-education-study-plan = Sé organizar mi semana para tener tiempo de estudiar.
q-education-ask-support = Sé a quién pedir ayuda en el instituto o en el centro de formación cuando tengo dificultades.
q-education-language-class = Sé dónde encontrar clases para mejorar el idioma del lugar.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = Tengo al menos dos personas adultas de confianza a las que puedo llamar.
q-community-friends = Tengo amigos con los que pasar el tiempo libre.
q-community-local-activity = Participo en un club, un grupo o una actividad cerca de donde vivo.
q-community-solve-conflict = Puedo resolver un desacuerdo con calma.
q-community-say-no = Sé decir que no cuando alguien me pide hacer algo que no quiero hacer.
q-community-ask-help = Sé adónde ir en mi zona cuando necesito ayuda.

## 3. Health

q-health-register-doctor = Sé cómo darme de alta con un médico en el centro de salud.
q-health-book-appointment = Sé pedir cita con el médico sin ayuda.
q-health-emergency = Sé cuál es el número de emergencias y cuándo usarlo.
q-health-medicines = Entiendo cómo tomar mis medicinas y cómo conseguir más.
q-health-mental-help = Sé dónde buscar ayuda si me siento muy triste o si tengo muchas preocupaciones o mucho estrés.
q-health-daily-habits = Duermo, como y me muevo de una forma que me ayuda a estar bien.

## 4. Communication and cultural awareness

q-communication-local-language = Me defiendo en las conversaciones del día a día en el idioma del lugar.
q-communication-phone-call = Puedo llamar por teléfono a una oficina o al médico.
q-communication-formal-message = Sé escribir un mensaje o un correo corto y educado a una oficina.
q-communication-interpreter = Sé cómo pedir un intérprete cuando lo necesito.
q-communication-local-customs = Entiendo las normas no escritas de aquí, como ser puntual o cómo saludar a la gente.
q-communication-own-culture = Puedo mantener vivos mi idioma, mi fe y mis tradiciones en mi nueva vida.

## 5. Career and employment

q-career-my-skills = Sé decir cuáles son mis habilidades y qué se me da bien.
q-career-cv = Tengo un currículum (CV) que puedo adaptar a cada trabajo.
q-career-find-jobs = Sé dónde buscar trabajo, formación o prácticas.
q-career-interview = Sé prepararme para una entrevista de trabajo.
q-career-contract = Sé leer un contrato de trabajo y encontrar el sueldo, el horario y la duración.
q-career-rights-at-work = Conozco mis derechos básicos en el trabajo y sé a quién preguntar si algo va mal.

## 6. Financial and money management skills

q-finance-bank-account = Tengo una cuenta en el banco y sé cómo usarla.
q-finance-monthly-budget = Sé hacer un presupuesto para un mes.
q-finance-pay-bills = Sé cómo pagar las facturas y el alquiler a tiempo.
q-finance-save = Puedo ahorrar un poco de dinero para cosas que necesitaré más adelante.
q-finance-scams = Sé reconocer una estafa o una oferta demasiado buena para ser verdad.
q-finance-debt-help = Sé dónde conseguir asesoramiento gratuito si tengo problemas de dinero o deudas.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = Tengo metas para mi futuro y unos primeros pasos para alcanzarlas.
q-self-determination-decisions = Sé tomar una decisión pensando en lo bueno y lo malo de cada opción.
q-self-determination-speak-up = Puedo decir lo que quiero en las reuniones sobre mis planes.
q-self-determination-routine = Puedo mantener una rutina diaria: levantarme, cocinar, limpiar, llegar a tiempo.
q-self-determination-stress = Sé qué me ayuda cuando tengo estrés o me enfado.
q-self-determination-know-rights = Sé a qué apoyos tengo derecho después de los 18 años.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Guardo mis documentos importantes en un lugar seguro, con copias.
q-bureaucracy-permit-dates = Sé cuándo caducan mi permiso de residencia y otros documentos, y cómo renovarlos.
q-bureaucracy-read-letters = Entiendo una carta oficial, o sé quién me puede ayudar a leerla.
q-bureaucracy-fill-forms = Sé rellenar un formulario, o pedir ayuda para hacerlo.
q-bureaucracy-public-offices = Sé qué oficina pública se encarga de cada cosa.
q-bureaucracy-legal-advice = Sé dónde conseguir asesoramiento legal gratuito.

## 9. Housing

q-housing-options = Sé en qué tipos de vivienda podría vivir cuando salga del centro.
q-housing-afford-rent = Sé cuánto alquiler podría pagar con mis ingresos.
q-housing-rental-contract = Entiendo los puntos principales de un contrato de alquiler.
q-housing-tenant-duties = Sé lo que tiene que hacer un inquilino: pagar el alquiler, mantener limpia la casa, respetar a los vecinos.
q-housing-repairs = Sé cómo avisar al casero de que algo necesita una reparación.
q-housing-risk-help = Sé adónde ir si corro el riesgo de perder mi casa.

## The online self-assessment page

assessment-privacy-heading = Antes de empezar
assessment-privacy = Tus respuestas se envían solo para calcular el resultado y después se olvidan. No guardamos nada, no te pedimos el nombre y no queda nada en este dispositivo, a menos que decidas guardarlo tú.
assessment-instructions = Lee cada frase y elige hasta qué punto es verdad para ti hoy. No hay respuestas correctas ni incorrectas. Puedes saltarte cualquier frase.
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
assessment-work-on = Pilares para trabajar primero
assessment-score = { $score } de 100
# Spanish plural categories (CLDR): one, many, other.
assessment-answered = { $count ->
    [one] { $count } respuesta
    [many] { $count } respuestas
   *[other] { $count } respuestas
}
assessment-read-guide = Leer la guía
assessment-see-workshops = Talleres para mentores
assessment-print = Imprimir mis resultados
assessment-save = Guardar mis resultados en un archivo
assessment-restart = Empezar de nuevo
assessment-forget-note = Cuando cierres esta página, tus resultados desaparecerán. Si quieres conservarlos, imprímelos o guárdalos antes.

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
