# Spanish of Spain. Sixth check set (holdout6).
===
Ticket #ES-SOC-48213 · Canal: X (Twitter) · importado por la integración social el 18/03/2025 09:12

Publicación original de @nube_rota_22:
"Llevo 3 días sin fibra 😡😡 y en el 900 100 200 me cuelgan. 47,90 € al mes para esto?? #NubeoNoFunciona #fibra @Nubeo_ES"

Mensaje directo del mismo usuario, 09:40:
"Vale, os paso los datos por aquí 🙏 Soy [[PERSON:Iratxe Goikoetxea Larrañaga]], DNI {{ES_DNI}} (en el contrato pusieron {ES_DNI:bad}, que está mal 🙄). Móvil {{PHONE_ES:intl}}. La instalación está en [[STREET_ADDRESS:Calle Txurruka 7, 2º izda.]], 48004 Bilbao. El router va con el firmware 5.2.10.4 y la web de test me dice que mi IP pública es [[IP_ADDRESS:203.0.113.58]]."

Reseña en Google Play (★☆☆☆☆, app versión 8.14.2), firmada "[[PERSON:Iratxe G.]]":
"La app no deja ni abrir una incidencia. Fatal 👎 #MalServicio"

---
Respuesta del agente (por MD):
¡Hola, [[PERSON:Iratxe]]! 👋 Siento mucho las molestias. Hemos abierto la avería AV-2025-118830 y un técnico irá el jueves 20/03 entre las 9:00 y las 13:00. Te aplicaremos un abono de 15,00 € en la factura de abril (FAC-ES-2025-04-771204). Por seguridad, borra el tuit si lleva datos personales y no publiques nunca tu DNI. Para cualquier cosa: soporte@nubeo.example o el 900 100 200. Un saludo, [[PERSON:Nerea]] · Equipo Social de Nubeo
===
Formulario web «Parte de siniestro — Seguro de Viaje Nubeo»
Nº de parte: SIN-VJ-2025-004417 · Póliza: PV-88-2210937 · Recibido: 04/03/2025 22:51

Tomador ............................ [[PERSON:Alberto Ruiz-Cabello Mena]]
DNI del tomador .................... {{ES_DNI:dots}}
Fecha de nacimiento ................ [[DATE_OF_BIRTH:07/11/1979]]
Pasaporte .......................... {{PASS_ES}}
Acompañante asegurada .............. [[PERSON:Yuliana Petrova]] (NIE {{ES_NIE}})
Vuelo .............................. IB3166 Madrid–Lisboa, salida 02/03/2025 07:35, localizador Q7XK2M
Importe reclamado .................. 640,00 € (maleta extraviada, PIR MADIB41872)
Teléfono durante el viaje .......... {{PHONE_ES:00}}
Correo ............................. [[EMAIL_ADDRESS:aruizcabello@correo.example]]
Cuenta para el reembolso ........... {{IBAN_ES}}
Observaciones ...................... la cuenta que tenéis ({IBAN_ES:bad}) la cerré en enero

---
Estimado Sr. [[PERSON:Ruiz-Cabello]]:

Hemos recibido su parte SIN-VJ-2025-004417. Para abonarle los 640,00 € necesitamos la factura de compra de los objetos y el justificante de la aerolínea (PIR MADIB41872). El reembolso se hará a la cuenta que nos indica, nunca a la antigua. Plazo estimado: 10 días hábiles desde el 05/03/2025.

Atentamente,
[[PERSON:Claudia Ferrer]] · Tramitación de Siniestros · Nubeo Seguros
+34 911 234 567 · soporte@nubeo.example
===
Hola, [[PERSON:Candela]]:

Antes de tramitar el cambio de titular de tu línea, revisa que los datos que nos diste por teléfono sean correctos:

| Campo | Titular actual | Nuevo titular |
|---|---|---|
| Nombre | [[PERSON:Candela Ortiz Bermejo]] | [[PERSON:Hugo Ortiz Bermejo]] |
| Documento | {{ES_DNI}} | {{ES_NIE:dash}} |
| Fecha de nacimiento | [[DATE_OF_BIRTH:23/05/1961]] | [[DATE_OF_BIRTH:14 de octubre de 1994]] |
| Móvil | {{PHONE_ES:nat}} | {{PHONE_ES:e164}} |
| Correo | [[EMAIL_ADDRESS:candela.ortiz@correo.example]] | [[EMAIL_ADDRESS:hugo.ob94@mail.example]] |
| Domiciliación | ES** **** **** **** **** 3382 | {{IBAN_ES:raw}} |

Y el resumen de la solicitud:

fecha_solicitud = 17/03/2025
numero_solicitud = CT-2025-00931
tarifa = Fusión 600 Mb + 2 líneas (58,90 €/mes)
pin_sim_nueva = [[CREDENTIAL/PIN:7734]]
dni_rechazado = {ES_DNI:bad}
version_contrato = 3.2.1

Si todo está bien, responde «CONFORME» y [[PERSON:Hugo]] recibirá un SMS para firmar. Cualquier duda, en el 900 100 200.

Un saludo,
[[PERSON:Óscar]] · Atención al Cliente Nubeo
===
Asunto: Alta de cliente empresa — Talleres Marítimos Eguren, S.L. — expediente B2B-ES-2025-0217

Buenos días, [[PERSON:Begoña]]:

Le confirmamos el alta de su empresa en Nubeo Empresas con los datos del formulario del 12/03/2025:

— Razón social: Talleres Marítimos Eguren, S.L.
— CIF: {{ES_CIF}} (el que figuraba en el pedido, {ES_CIF:bad}, no supera la validación)
— Domicilio fiscal: [[STREET_ADDRESS:Muelle de Churruca 12, 3º]], 48950 Erandio (Bizkaia)
— Cuenta de cargo SEPA: {{IBAN_ES}} (mandato ref. MND-0021-88410, firmado el 10/03/2025)
— Persona de contacto: [[PERSON:Begoña Eguren Saralegui]], directora financiera, {{PHONE_ES_FIX:intl}}, [[EMAIL_ADDRESS:begona.eguren@talleres-eguren.example]]
— Administrador de la cuenta: [[PERSON:Xabier Eguren]], DNI {{ES_DNI}}
— Clave de API del portal de facturación: {{KEY_HEX}}

Primera factura: FAC-B2B-2025-000318, 1.245,60 € + IVA (21 %), vencimiento 30/04/2025. Pedido de compra de su empresa: PO-7781-2290.

Un saludo,
[[PERSON:Marina Céspedes]]
Gestora de Cuentas Empresa · Nubeo España, S.L. · CIF B12345674
Calle de Serrano 41, 4ª planta, 28001 Madrid · facturacion@nubeo.example · +34 911 234 567

CLÁUSULA DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. PROTECCIÓN DE DATOS: responsable, Nubeo España, S.L. (CIF B12345674); finalidad, la gestión de la relación contractual; base jurídica, la ejecución del contrato (art. 6.1.b RGPD). Puede ejercer sus derechos en privacidad@nubeo.example.
===
ESCALADO N3 — Resumen de supervisión — caso ESC-ES-2025-0412 — 19/03/2025 16:05
Redactado por: [[PERSON:Lorena Vidal]] (supervisora, turno de tarde)

1. Cliente: [[PERSON:Ramón Esteve Puig]], 81 años, titular de la línea {{PHONE_ES:nat}}, DNI {{ES_DNI:sp}}, nacido el [[DATE_OF_BIRTH:2 de febrero de 1944]], domicilio en [[STREET_ADDRESS:Carrer de Sant Joan 14, 1º 2ª]], 43201 Reus.
2. Su hija, [[PERSON:Montserrat Esteve]], tiene autorización firmada el 11/03/2025 y llama desde el {{PHONE_ES:intl}}.
3. El 14/03 el agente [[PERSON:Iván Robles]] cambió el correo de la cuenta a [[EMAIL_ADDRESS:r.esteve.puig@mail.example]] a petición de un tercero que dijo ser el nieto, "[[PERSON:Jordi]]". La familia no tiene ningún nieto llamado [[PERSON:Jordi]].
4. Desde la IP [[IP_ADDRESS:198.51.100.23]] se pidió un duplicado de SIM; la agente [[PERSON:Sofía Marín]] lo bloqueó porque la tarjeta de pago era nueva: {{MC}} (caduca [[CREDENTIAL/CARD_EXPIRY:09/28]]), no la habitual terminada en 1881.
5. Cargos a revertir: 3 × 29,99 € (pedidos 2025-88120, 2025-88121 y 2025-88122), referencia de pasarela {LUHN:16}, factura FAC-ES-2025-03-552019.

Acciones hechas: contraseña reseteada (temporal: [[CREDENTIAL/PASSWORD:Esteve!Tmp-2291]]), correo restaurado, denuncia de la familia n.º 004417/25 adjunta al caso. Próximo contacto con [[PERSON:Montserrat]] el 21/03 a las 10:00. Si vuelve a llamar el supuesto nieto, pasar la llamada a [[PERSON:Iván]] o a mí.
===
buenas, os escribo otra vez porque el formulario no me deja adjuntar nada y el chat se cierra solo:

nombre completo — [[PERSON:Rocío Santamaría
de la Fuente]] (el formulario me lo corta en dos líneas)
DNI (el bueno, no el que puse ayer, {ES_DNI:bad}): {{ES_DNI:lower}}
teléfono "de casa": {{PHONE_ES_FIX:nat}} / móvil: {{PHONE_ES:raw}}
dirección: [[STREET_ADDRESS:Avenida de la Constitución 23,
bloque 2, 5º C]] — 41001 Sevilla
correo [[[EMAIL_ADDRESS:rociosdlf@correo.example]]]
contraseña de la app: «[[CREDENTIAL/PASSWORD:Giralda_2024!]]» (ya sé que no debería, pero es para que lo veáis vosotros)
el código que me llegó por SMS — {{OTP6}} — caducó antes de poder usarlo

el pedido es el 2025-ES-440918, 129,00 € pagados el 01/03/2025 con la tarjeta {{VISA}} (vence [[CREDENTIAL/CARD_EXPIRY:11/27]], CVV {{CVV}}) y la app está en la versión 8.14.2

---
Hola, [[PERSON:Rocío]]: ya tenemos tus datos, gracias. Por seguridad hemos borrado del ticket la contraseña y los datos de la tarjeta: cámbiala desde la web cuanto antes. El pedido 2025-ES-440918 sale hoy y te llegará el 21/03. — [[PERSON:Adrián]], Soporte Nubeo
