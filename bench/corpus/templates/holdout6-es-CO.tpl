# Spanish of Colombia. Sixth check set (holdout6).
===
Radicado CO-PLAY-2025-20931 · Origen: reseña de Google Play importada por la integración · 13/03/2025 07:45

★★☆☆☆ "La app se cae cada rato" — [[PERSON:Yeison Andrés Muñoz]] · app versión 4.8.1 · Android 14
"Desde la 4.8.1 no me deja pagar por PSE 😩 pago $ 79.900 y me dice transacción rechazada, pero el banco sí me descuenta (CUS 1882093). Mi línea es {{PHONE_CO:nat}} por si me quieren llamar, pero no llamen antes de las 10 que trabajo de noche 🙏 #Nubeo #NoSirve"

Respuesta del desarrollador (pública):
"Hola, [[PERSON:Yeison]]. Qué pena el inconveniente. Ya abrimos el radicado CO-PLAY-2025-20931 y te escribimos al correo registrado. — Equipo Nubeo"

Correo enviado al cliente:
Hola, [[PERSON:Yeison Andrés]]: validamos el pago PSE del 12/03/2025 por $ 79.900 con el CUS 1882093; quedó aplicado a la factura FV-CO-2025-0041872, así que no tienes saldo pendiente. La versión 4.8.2 corrige el error de pago. Si necesitas algo más, llámanos gratis al 01 8000 123 456. Cordialmente, [[PERSON:Daniela]], Servicio al Cliente Nubeo Colombia
===
RECLAMACIÓN — SEGURO NUBEO HOGAR
Radicado: SIN-CO-2025-004471 · Póliza: HOG-77-1209381 · Recibido: 11/03/2025 15:02 · Canal: formulario web

Asegurado: [[PERSON:Luz Marina Ospina Restrepo]]
Cédula de ciudadanía: {{CO_CC}}
Fecha de nacimiento: [[DATE_OF_BIRTH:22/06/1965]]
Dirección del riesgo: [[STREET_ADDRESS:Carrera 43A # 5 Sur-130, apto. 1204]], Medellín
Celular: {{PHONE_CO:intl}} · Fijo: {{PHONE_CO_FIX:nat}}
Correo electrónico: [[EMAIL_ADDRESS:luzmarina.ospina@correo.example]]
Siniestro: daño eléctrico por sobretensión el 08/03/2025 (router, televisor y nevera)
Valor reclamado: $ 3.450.000
Beneficiario del pago (su hijo): [[PERSON:Camilo Ospina]], C.C. {{CO_CC:raw}}
Cuenta de ahorros del beneficiario: **** 4471 (certificación bancaria adjunta)
Concepto de la empresa de energía: radicado EPM 2025-0091877

---
Señora [[PERSON:Luz Marina]]: recibimos su reclamación SIN-CO-2025-004471. El perito [[PERSON:Hernán Gaviria]] la visitará el 14/03/2025 entre las 8:00 y las 12:00. El deducible de la póliza es el 10 % del valor indemnizado (mínimo $ 250.000). Cordialmente, [[PERSON:Paula Andrea Rincón]] · Nubeo Seguros Colombia
===
Hola, [[PERSON:Santiago]]:

Te compartimos los datos con los que quedó registrado el cambio de plan y el equipo financiado. Revisa que todo esté bien:

| Concepto | Dato registrado |
|:--|:--|
| Titular | [[PERSON:Santiago Bermúdez Cuéllar]] |
| Cédula | {{CO_CC}} |
| NIT (persona natural, para la factura electrónica) | {{CO_NIT}} |
| NIT que escribiste en el formulario (no válido) | {CO_NIT:bad} |
| Línea | {{PHONE_CO:e164}} |
| Correo | [[EMAIL_ADDRESS:sbermudezc@mail.example]] |
| Dirección de entrega | [[STREET_ADDRESS:Calle 10 # 34-52, casa 8]], Cali |
| Equipo | Smartphone N12, IMEI 860573042218797 |
| Cuota inicial | $ 450.000 (pagada el 09/03/2025) |
| Cuotas | 12 × $ 112.500 desde el 05/04/2025 |
| Plan | Nubeo Max 40 GB, $ 64.900/mes |
| Pedido | CO-2025-00318 · guía Servientrega 2093 7714 4188 |

Tu PIN de compra para confirmar la financiación es [[CREDENTIAL/PIN:4096]]; no se lo digas a nadie que te llame.

Un saludo,
[[PERSON:Valeria]] — Nubeo Colombia
===
Asunto: Vinculación de cliente corporativo — Transportes Andinos del Sur S.A.S. — expediente B2B-CO-2025-0133

Respetada [[PERSON:Natalia]]:

Completamos la vinculación de su empresa como cliente corporativo. Los datos para la facturación electrónica ante la DIAN son:

• Razón social: Transportes Andinos del Sur S.A.S.
• NIT: {{CO_NIT}} (el RUT adjunto trae {CO_NIT:bad}, que parece un error de digitación; le agradecemos confirmarlo)
• Dirección: [[STREET_ADDRESS:Avenida Calle 26 # 68C-61, oficina 507]], Bogotá D.C.
• Contacto de tesorería: [[PERSON:Natalia Quintero Vargas]], {{PHONE_CO_FIX:intl}} ext. 2210, [[EMAIL_ADDRESS:nquintero@transandinos.example]]
• Representante legal: [[PERSON:Álvaro José Pineda]], C.C. {{CO_CC}}
• Pago: transferencia a nuestra cuenta o débito a su cuenta corriente terminada en 0093 (autorización AD-0091877)
• Clave de API del portal de flotas: {{KEY_GOOGLE}}

Primera factura electrónica: FE-8812 por $ 14.280.000 (IVA 19 % incluido), vence el 30/04/2025; orden de compra OC-2025-771.

Cordialmente,
[[PERSON:Camilo Restrepo]]
Ejecutivo de Cuentas Empresariales — Nubeo Colombia
Carrera 7 # 71-21, Bogotá · 01 8000 123 456 · facturacion@nubeo.example

AVISO LEGAL: Este mensaje es confidencial. Si lo recibió por error, por favor notifique al remitente y elimínelo. En cumplimiento de la Ley 1581 de 2012 y el Decreto 1377 de 2013, Nubeo Colombia S.A.S. trata los datos personales según su política de tratamiento de información; puede ejercer sus derechos de conocer, actualizar y rectificar en privacidad@nubeo.example.
===
RESUMEN DE ESCALAMIENTO — Supervisión Servicio al Cliente — caso ESC-CO-2025-0519
Fecha: 18/03/2025 · Elaboró: [[PERSON:Mónica Arango]], supervisora

Involucrados:
1. Titular: [[PERSON:Jairo Enrique Castaño]], C.C. {{CO_CC}}, nacido el [[DATE_OF_BIRTH:4 de agosto de 1953]], línea {{PHONE_CO:nat}}.
2. Hija y autorizada: [[PERSON:Diana Castaño Mejía]], celular {{PHONE_CO:intl}}, pasaporte {{PASS_CO}} (vive en el exterior).
3. Agentes: [[PERSON:Kevin Suárez]] (línea de atención, 12/03), [[PERSON:Laura Cristina Ríos]] (chat, 13/03) y [[PERSON:Wilson Peña]] (punto de venta de Pereira, 14/03).

Cronología:
- 12/03: [[PERSON:Kevin]] registró la queja por cobro de $ 189.900 de un "servicio premium" no solicitado (factura FV-CO-2025-0088120).
- 13/03: [[PERSON:Laura Cristina]] reenvió el código de verificación ({{OTP6}}) al correo [[EMAIL_ADDRESS:jairo.castano53@mail.example]], que el titular dice no conocer; el cambio de correo se hizo el 10/03 desde la IP [[IP_ADDRESS:198.51.100.142]].
- 14/03: en el punto de venta, [[PERSON:Wilson]] restableció la contraseña (temporal: [[CREDENTIAL/PASSWORD:Cast@2025#tmp]]) con el titular presente.

Decisión: reversar los $ 189.900, retirar el servicio premium, nota de seguridad en la cuenta. [[PERSON:Diana]] pidió que toda comunicación se haga por correo porque está fuera del país. Seguimiento: [[PERSON:Laura Cristina]], 21/03.
===
Buenas tardes, señores Nubeo:

Por tercera vez envío la información que me piden para la portabilidad (solicitud PORT-CO-2025-3318):

— Nombre: [[PERSON:Yuly Marcela Hincapié]]
— C.C.: «{{CO_CC}}»
— Número a portar: {{PHONE_CO:raw}} (y el de mi esposo, [[PERSON:Fabián]], {{PHONE_CO:nat}}, que también quiere pasarse)
— Dirección de entrega de las SIM: [[STREET_ADDRESS:Diagonal 75B # 2A-80,
bloque 3, apto. 402]], Medellín
— Correo: "[[EMAIL_ADDRESS:yulymh@correo.example]]"
— Código que me llegó del operador anterior: {{OTP4}}
— Pago de la primera factura con tarjeta: {{MC:dash}} / vence [[CREDENTIAL/CARD_EXPIRY:10/26]] / CVC {{CVV}}

(La factura anterior que adjunto es la N.º 4471-2093 del 01/03/2025 por $ 58.900; el router que me dejaron tiene la versión 3.0.7.)

Gracias,
[[PERSON:Yuly]]

---
Hola, [[PERSON:Yuly]]: recibimos todo, gracias por tu paciencia. Las dos portabilidades quedan programadas para el 20/03/2025 y las SIM llegan el 19/03. Por seguridad eliminamos del caso los datos de la tarjeta; el cobro se hará cuando se active la línea. — [[PERSON:Esteban]], Nubeo Colombia
