# Spanish of Spain. Fifth check set (holdout5).
===
Asunto: RE: RE: Cambio de titular de la línea — expediente ES-TIT-20418

Hola [[PERSON:Marta]]:

Gracias por enviarnos la documentación. Ya tenemos el DNI del nuevo titular ({{ES_DNI}}) y el cambio se hará efectivo el 1 de abril; la factura de marzo (FAC-2025-031877, 42,35 €) seguirá a tu nombre y se cobrará el día 5 como siempre.

Un saludo,

[[PERSON:Lucía Ferrer Montoya]]
Especialista de Atención al Cliente | Nubeo España
facturacion@nubeo.example

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. Sus datos se tratan conforme al Reglamento (UE) 2016/679 y a la Ley Orgánica 3/2018, de 5 de diciembre.

El mar, 11 mar 2025 a las 18:42, [[PERSON:Marta Ruiz Ocaña]] <[[EMAIL_ADDRESS:marta.ruiz.ocana@correo.example]]> escribió:
> Buenas tardes:
>
> Os reenvío lo que me pedisteis. La línea {{PHONE_ES:nat}} pasa a nombre de mi hermano, [[PERSON:Álvaro Ruiz Ocaña]]. En el formulario puse su DNI como {ES_DNI:bad}, pero está mal copiado; el bueno va en el PDF adjunto.
> Su móvil es el {{PHONE_ES:intl}} y vive en [[STREET_ADDRESS:Calle del Doctor Fourquet 27, 2º izquierda]], 28012 Madrid.
> La cuenta para domiciliar los recibos: {{IBAN_ES}}.
>
> Gracias,
> [[PERSON:Marta]]
>
> El lun, 10 mar 2025 a las 9:15, Nubeo España <facturacion@nubeo.example> escribió:
>> Hola [[PERSON:Marta]]: para el cambio de titular necesitamos el DNI, la dirección y la cuenta bancaria del nuevo titular. Tu expediente es el ES-TIT-20418.
>> Atentamente, Equipo de Facturación
===
[Respuesta rápida «ALTA-PORTABILIDAD» v3 — sustituye lo que va entre corchetes y entre %…% antes de enviar]

Hola [Nombre del cliente] [[PERSON:Nerea]],

Te confirmamos la portabilidad de tu número {{PHONE_ES:nat}} desde [Operador donante] a Nubeo. Estos son los datos del titular que hemos registrado:

- Nombre: [[PERSON:Nerea Etxeberria Goñi]]
- NIE: {{ES_NIE}} (el de la solicitud, {ES_NIE:bad}, tenía mal la letra)
- Dirección de instalación: [[STREET_ADDRESS:Paseo de Errotaburu 12, 4º D]], 20018 Donostia
- Correo de contacto: [[EMAIL_ADDRESS:nerea.etxe@posta.example]]
- Domiciliación: IBAN %IBAN% → {{IBAN_ES}}
- Número de solicitud: %NUM_SOLICITUD% → PORT-2025-118274

La ventana de portabilidad será el %FECHA_VENTANA% (normalmente 2-3 días hábiles) entre las 2:00 y las 6:00 h. Tu nueva SIM llega con el PIN [[CREDENTIAL/PIN:4817]]; el PUK es [PUK de la SIM] y viene en la tarjeta de plástico.

Un saludo,
[Nombre del agente]
[[PERSON:Ander]] — Equipo de Portabilidad, Nubeo España
===
hola buenas os escribo con el dictado del movil que voy conduciendo perdon por las faltas me llamo [[PERSON:jose manuel pardo]] y mi dni es {{ES_DNI:lower}} me habeis cortado la fibra esta mañana y mañana tengo teletrabajo el fijo de casa es el {{PHONE_ES_FIX:raw}} y el movil {{PHONE_ES:raw}} mi mujer [[PERSON:mari carmen]] llamo ayer y le dijeron que era por un impago de 29 con 90 pero yo lo pague el dia 5 con la tarjeta {{VISA:raw}} caduca [[CREDENTIAL/CARD_EXPIRY:03/28]] y el codigo de detras es {{CVV}} lo pongo para que lo comprobeis rapido el numero de incidencia que le dieron es 7730-2291 y la direccion es [[STREET_ADDRESS:calle san roque 14 bajo]] en getafe gracias

---
Hola [[PERSON:José Manuel]]: por seguridad no envíes nunca el número completo de la tarjeta ni el código de seguridad; ya lo hemos borrado de la incidencia 7730-2291. El pago del día 5 (29,90 €) está registrado y la fibra vuelve a estar activa desde las 12:40. Un saludo, [[PERSON:Irene]] — Nubeo España
===
Nota interna (no visible para el cliente) — ticket #ES-88213 — 14/03/2025 16:05

Cliente: [[PERSON:Rocío Valverde Sanz]] / DNI {{ES_DNI:dots}} / F. nac. [[DATE_OF_BIRTH:23/07/1984]]
Contacto: {{PHONE_ES:00}} (prefiere WhatsApp) / [[EMAIL_ADDRESS:rvalverde84@correo.example]]
Empresa: Valverde Reformas S.L., CIF {{ES_CIF}}; en la factura antigua figura {ES_CIF:bad}, revisar con Facturación.
Aportó pasaporte ({{PASS_ES}}) porque el DNI estaba caducado.
Accesos: [[IP_ADDRESS:203.0.113.57]] el 12/03 a las 02:14, que ella no reconoce; dice que su IP de casa es [[IP_ADDRESS:192.168.1.34]]. Le expliqué cómo entrar al router (192.168.1.1) para cambiar la clave del wifi.
Pegó su contraseña en el chat ([[CREDENTIAL/PASSWORD:Rocio.Sanz#84]]); forzado el cambio y cerradas las sesiones.
App Android versión 10.4.0.21, build 5512.
Escalado a [[PERSON:Javier]] (N2) con prioridad alta.
===
Asunto: Cargo no reconocido — si no me contestáis abro contracargo con el banco

Hola,

Soy [[PERSON:Gonzalo Herrera Baños]] (cliente desde 2019, DNI {{ES_DNI:sp}}). Os resumo lo que ha pasado:

1) Pedido NB-2025-0318-7742 del 18/03/2025 a las 10:32: router Nubeo AX3000, 129,99 € + 4,95 € de envío.
2) El paquete figura como entregado (seguimiento PQ7C6A0712345670128001N) el 20/03 a las 13:05, pero nadie lo recibió en [[STREET_ADDRESS:Calle Mayor 41, 1º A]], 50001 Zaragoza.
3) Factura FV-25-0091188 emitida y cobrada en la tarjeta {{MC}} (en el formulario puse {MC:bad} por error; la que termina en 4242 es la de mi pareja, esa no la toquéis).
4) El 24/03 otro cargo de 134,94 € con referencia {LUHN:16}.

Quiero el reembolso de los dos cargos (269,88 € en total) a la cuenta {{IBAN_ES:raw}} y no a la tarjeta, que la he cancelado.
Mi teléfono: {{PHONE_ES:intl}} (de 9 a 14 h).

---
Borrador de respuesta:
Hola [[PERSON:Gonzalo]]: hemos abierto la incidencia INC-ES-552093 con la empresa de transporte y anulado el segundo cargo (134,94 €). El reembolso del primero (134,94 € = 129,99 € + 4,95 €) se hará en 5-7 días hábiles a la cuenta que nos indicas. No hace falta que abras un contracargo. El router de reposición sale hoy con el firmware 2.1.0.8. Un saludo, [[PERSON:Paula]] — Nubeo España (facturacion@nubeo.example)
===
Subject: Alta nueva / new contract — a few questions

Hi there / hola,

Sorry, my Spanish is still basic so I'll mix both, espero que se entienda 🙂 Here are my details for the contract (datos para el contrato):

• Name / nombre: [[PERSON:Oliver James Whitfield]]
• NIE: {{ES_NIE:dash}} (new TIE, issued in February) / the old card said {ES_NIE:bad}, ignore it
• Passport / pasaporte (UK): {{PASS_GB}}
• Mobile / móvil: {{PHONE_ES:e164}} (WhatsApp) — or my US number {{PHONE_US:intl}} until April
• Address / dirección: [[STREET_ADDRESS:Carrer de Mallorca 276, 3r 1a]], 08037 Barcelona
• Born / fecha de nacimiento: [[DATE_OF_BIRTH:9 Nov 1979]]
• Email: [[EMAIL_ADDRESS:o.whitfield@mail.example]]
• Bank / banco: {{IBAN_GB}} for now; I'll switch to a Spanish account ({{IBAN_ES}}) in May

My partner [[PERSON:Sofía Brenes]] will also be on the account (co-titular). The plan I want is "Fibra 1 Gb + Móvil 50 GB" at 45 €/month, promo code SPRING25, from 01/04/2025.

Thanks / gracias,
[[PERSON:Ollie]]

---
Hi [[PERSON:Oliver]] / hola: we've got everything. Your contract number is CT-ES-2025-66120 and the installer will call the mobile above (franja 15:00-19:00). ¡Bienvenido a Nubeo! — [[PERSON:Marina]], Nubeo España
