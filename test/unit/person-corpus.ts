// A small labelled corpus of support replies for the PERSON detector, in gold notation.
// Names are invented or common generic names; no reply pairs a name with a real identifier.
// person.test.ts asserts corpus-level precision and recall; scripts may import it to measure.

export interface CorpusReply {
  locale: string;
  marked: string;
}

export const PERSON_CORPUS: readonly CorpusReply[] = [
  // Spain
  { locale: 'es-ES', marked: 'Hola [[PERSON:Lucía]],\n\nGracias por escribirnos. Hemos revisado su pedido y saldrá el lunes desde Madrid.\n\nUn saludo,\n[[PERSON:Carlos Ruiz]]\nEquipo de Soporte' },
  { locale: 'es-ES', marked: 'Estimado Sr. [[PERSON:Pérez]]:\n\nLe confirmamos que la devolución se ha tramitado. Si necesita algo más, responda a este correo.\n\nAtentamente,\nEl equipo de Atención al Cliente' },
  { locale: 'es-ES', marked: 'Buenos días, [[PERSON:Marta]]. Su compañero [[PERSON:Javier Moreno]] nos pidió que le escribiéramos en enero.' },
  { locale: 'es-ES', marked: 'Hola,\n\nHablé con [[PERSON:María José de la Fuente]] y nos confirmó la dirección de entrega en Valencia.\n\nSaludos cordiales,\n[[PERSON:Ana María López García]]' },
  { locale: 'es-ES', marked: 'Buenas tardes:\n\nSu tarjeta de Banco Santander fue rechazada. Le recomendamos contactar con su banco.\n\nGracias,\nSoporte' },
  // Mexico
  { locale: 'es-MX', marked: 'Hola [[PERSON:Guadalupe]], ¿cómo estás? Tu paquete sale de Monterrey el martes.\n\nSaludos,\n[[PERSON:Luis Hernández]]' },
  { locale: 'es-MX', marked: 'Estimada Lic. [[PERSON:Ramírez]],\nLe escribe [[PERSON:Ximena Torres]] del área de facturación. Su factura de marzo ya está disponible.' },
  { locale: 'es-MX', marked: 'Buen día, Ing. [[PERSON:Juan Carlos Mendoza]]. Telcel nos confirmó que la línea quedó activa. Atentamente, el Equipo de Atención a Clientes.' },
  { locale: 'es-MX', marked: 'Gracias por tu paciencia. El técnico [[PERSON:Rodolfo Chávez]] visitará tu domicilio en la colonia Roma el jueves.' },
  // Peru
  { locale: 'es-PE', marked: 'Hola [[PERSON:Milagros]],\nTu pedido llegó a Lima. Tu asesora [[PERSON:Fiorella Quispe Mamani]] te llamará mañana.\n\nAtentamente,\n[[PERSON:Renzo]]' },
  { locale: 'es-PE', marked: 'Estimado cliente,\nMovistar nos informa que su línea fue portada. Puede pagar con Yape o en cualquier agente BCP.\nSaludos,\nCentro de Atención' },
  { locale: 'es-PE', marked: 'Sra. [[PERSON:Huamán]], su reclamo fue derivado al área legal. Arequipa y Cusco tienen retrasos esta semana.' },
  // Argentina
  { locale: 'es-AR', marked: 'Hola [[PERSON:Agustina]], ¿todo bien? Te cuento que el envío sale desde Córdoba.\n\nUn abrazo,\n[[PERSON:Facundo]]' },
  { locale: 'es-AR', marked: 'Buenas, [[PERSON:Martín]]. Mercado Libre nos avisó que el pago con Mercado Pago quedó acreditado. Cualquier cosa, avisanos.' },
  { locale: 'es-AR', marked: 'Estimado Don [[PERSON:Ernesto]], le escribimos de Buenos Aires por su consulta del viernes.' },
  // Colombia
  { locale: 'es-CO', marked: 'Buenas tardes, Sr. [[PERSON:Jaramillo]]. Su pedido salió de Medellín hacia Bogotá.\n\nCordialmente,\n[[PERSON:Valentina Ospina]]\nServicio al Cliente' },
  { locale: 'es-CO', marked: 'Hola [[PERSON:Camilo]], Bancolombia confirmó la transferencia. [[PERSON:Daniela]] de nuestro equipo te escribirá el lunes.' },
  // Chile
  { locale: 'es-CL', marked: 'Hola [[PERSON:Catalina]],\nTu pedido va en camino a Santiago y llegará el miércoles.\n\nSaludos,\n[[PERSON:Matías Contreras]]' },
  { locale: 'es-CL', marked: 'Estimada Dra. [[PERSON:Gómez]],\nEntel confirmó el cambio de plan. [[PERSON:Santiago Araya]] le enviará el contrato.' },
  // English (US)
  { locale: 'en-US', marked: 'Hi [[PERSON:John]],\n\nThanks for reaching out. I spoke with [[PERSON:Sarah Connor]] from logistics yesterday and your replacement ships on Monday.\n\nBest regards,\n[[PERSON:Jane Smith]]\nCustomer Care Team' },
  { locale: 'en-US', marked: 'Dear Mr. [[PERSON:Smith]],\n\nYour Galaxy Note and Apple ID issues are resolved. Please check Amazon Prime in March.\n\nSincerely,\nSupport Team' },
  { locale: 'en-US', marked: 'Hello [[PERSON:Emily]], your case was handled by [[PERSON:Michael Johnson]]. Microsoft Teams and Google Drive are supported.' },
  { locale: 'en-US', marked: 'Dear Customer,\n\nThank you for contacting us. Our warehouse in Austin ships orders Monday through Friday.\n\nKind regards,\nThe Acme Team' },
  { locale: 'en-US', marked: 'Hi Team,\n\nPlease escalate this to Tier 2. The customer asked about their Chase account in April.\n\nThanks,\n[[PERSON:Dan]]' },
  { locale: 'en-US', marked: 'Hi [[PERSON:Grace]], [[PERSON:Santiago]] called yesterday about your refund. We shipped the other parcel to Jordan.' },
  { locale: 'en-US', marked: 'Dear Ms. [[PERSON:Johnson]], [[PERSON:Robert]] from billing will follow up. Will May work for you?' },
  { locale: 'en-US', marked: 'Hello,\n\nI talked to [[PERSON:Mary O\'Brien]] and [[PERSON:Jean-Luc Picard]] about the order.\n\nCheers,\n[[PERSON:Alex]]' },
  // Portuguese (Brazil)
  { locale: 'pt-BR', marked: 'Olá [[PERSON:João]],\n\nSeu pedido saiu de São Paulo. A atendente [[PERSON:Mariana Souza]] entrará em contato.\n\nAtenciosamente,\n[[PERSON:Rafael Lima]]\nEquipe de Suporte' },
  { locale: 'pt-BR', marked: 'Prezado Sr. [[PERSON:Silva]],\n\nO Nubank confirmou o pagamento via Pix. Obrigado pela paciência!\n\nAbraços,\nAtendimento ao Cliente' },
  { locale: 'pt-BR', marked: 'Oi [[PERSON:Beatriz]], tudo bem? A Dona [[PERSON:Conceição]] ligou ontem do Rio de Janeiro.' },
  // Negatives: teams, brands, places, months, labels, ALL CAPS
  { locale: 'es', marked: 'Hola [NOMBRE],\nGracias por escribir a Soporte Movistar. Tu caso será atendido el Lunes 3 de Enero.\nSaludos,\nEquipo de Soporte' },
  { locale: 'en', marked: 'Hi [NAME],\nYour ticket is with Customer Care. We ship from Madrid, Lima and Bogotá every Monday.\nRegards,\nSupport Team' },
  { locale: 'pt', marked: 'Olá [NOME],\nO Atendimento ao Cliente responderá na Segunda-feira. Enviamos de Buenos Aires e de México.\nAtenciosamente,\nEquipe Suporte' },
  { locale: 'es', marked: 'ESTIMADO CLIENTE: SU PEDIDO A NOMBRE DE JUAN PEREZ FUE ENVIADO. ATENTAMENTE, SOPORTE.' },
  { locale: 'es', marked: 'Hola,\nLa actualización de Windows y la app de WhatsApp ya están disponibles. Visite nuestra tienda en Santiago de Chile.\nUn saludo,\nAtención al Cliente' },
  { locale: 'en', marked: 'We Are Happy To Help You With Your Order. Please Check The Status Page.' },
  // Harder positives
  { locale: 'es-ES', marked: '[[PERSON:Carlos]], gracias por tu mensaje. [[PERSON:Lucía]] se encargará de tu caso.' },
  { locale: 'en-US', marked: 'Please ask for [[PERSON:Kwame Mensah]] when you call.' },
  { locale: 'es-MX', marked: 'Nombre del titular: [[PERSON:Xóchitl Pacheco Ruiz]]\nCorreo: (el que registró)' },
  { locale: 'en-US', marked: 'From: [[PERSON:Priya Raman]]\nSubject: refund for my order' },
];
