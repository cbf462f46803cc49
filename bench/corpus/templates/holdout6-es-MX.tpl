# Spanish of Mexico. Sixth check set (holdout6).
===
Ticket MX-APP-2025-10442 · Origen: reseña de App Store (iOS) importada automáticamente · 15/03/2025 22:18

★☆☆☆☆ «Pésima desde la actualización 7.3.0» — por @lalo_gamer_mx
"Desde que actualicé a la 7.3.0 no puedo pagar mi recarga de $200 😤 me sale el error 0x80070005 y ya van 3 veces que me cobran. Soy [[PERSON:Eduardo]], mi número es {{PHONE_MX:mx1}} para que me contacten, no me hagan ir a la tienda 🙏 #NubeoMX #FallaApp"

Respuesta del desarrollador (pública):
"Hola, lamentamos la falla. Escríbenos a soporte@nubeo.example con tu número de ticket y lo revisamos. — Equipo Nubeo"

Correo del cliente, 16/03/2025 10:02:
"Hola, soy [[PERSON:Eduardo Lara Quintero]] (el de la reseña). Los cobros fueron a mi tarjeta {{MC}}, con referencias {LUHN:12}, {LUHN:12} y {LUHN:12}. Mi CURP es {{MX_CURP}} y el correo de mi cuenta [[EMAIL_ADDRESS:lalo.lara.q@mail.example]]. Ah, la tarjeta vieja que tenían registrada era la {MC:bad}, esa ya está cancelada."

---
Hola [[PERSON:Eduardo]]: ya identificamos los tres cobros; dos fueron duplicados, así que generamos el reembolso RMB-MX-66120 por $400.00, que verás en 5 a 10 días hábiles. La versión 7.3.1 de la app, publicada hoy, corrige el error. Cualquier cosa, al 800 123 4567. — [[PERSON:Jimena]], Soporte Nubeo México
===
Asunto: Tu portabilidad a Nubeo — folio PORT-MX-2025-55102

Hola [[PERSON:Lupita]]:

Recibimos tu solicitud de portabilidad. Antes de la fecha programada revisa estos datos:

Número a portar: {{PHONE_MX:nat}}
NIP de portabilidad (lo pediste por SMS al 051): [[CREDENTIAL/PIN:8390]]
Titular: [[PERSON:María Guadalupe Cervantes Ibarra]]
CURP: {{MX_CURP}}
Identificación presentada: pasaporte {{PASS_MX}} (vigente hasta 2031)
Domicilio de entrega del chip: [[STREET_ADDRESS:Calle Morelos 77, depto. 5]], Col. Centro, 76000 Querétaro, Qro.
Teléfono de contacto: {{PHONE_MX_FIX:intl}}
Plan: Nubeo Ilimitado 299 ($299.00 al mes), domiciliado a la CLABE {{CLABE}}
Fecha programada: 19/03/2025, ventana de 00:00 a 06:00
Guía del chip: Estafeta 8055221093714402
Orden: MX-PORT-0041872

Si el NIP vence antes de esa fecha (dura 5 días naturales), pide otro al 051 y respóndenos con él. No compartas el NIP con nadie que te llame en nombre de Nubeo.

Saludos,
[[PERSON:Abril Montoya]] · Portabilidad Nubeo México · +52 800 123 4567
===
Hola [[PERSON:Sergio]], te confirmamos los datos del siniestro de tu Seguro Nubeo Protege. Revísalos, por favor:

| Dato | Valor |
| --- | --- |
| Folio de siniestro | SIN-MX-2025-003318 |
| Asegurado | [[PERSON:Sergio Iván Domínguez Félix]] |
| RFC | {{MX_RFC}} |
| CURP | {{MX_CURP}} |
| CURP capturada en la póliza (no válida) | {MX_CURP:bad} |
| Fecha de nacimiento | [[DATE_OF_BIRTH:1986-04-19]] |
| Celular asegurado | {{PHONE_MX:e164}} |
| IMEI del equipo robado | 354827106644022 |
| Fecha del robo | 08/03/2025 |
| Denuncia ante la Fiscalía | CI-FHS-2025-004471 |
| Deducible | $1,250.00 |
| Cuenta para el pago | CLABE {{CLABE:sp}} |
| Correo | [[EMAIL_ADDRESS:sergio.dominguez.f@correo.example]] |
| Domicilio | [[STREET_ADDRESS:Privada de los Fresnos 12, casa 4]], Col. Jardines, Hermosillo, Son. |

El ajustador [[PERSON:Mauricio Leyva]] te llamará en 48 h. La póliza (PZ-MX-88-2210937, versión de condiciones 4.1.2) cubre el robo con violencia; el pago llega en 7 días hábiles tras aprobarse.

Atentamente,
[[PERSON:Karla]] — Seguros Nubeo México
===
Asunto: Alta de cliente corporativo y primera factura — Distribuidora Agrícola del Yaqui, S.A. de C.V.

Estimada Lic. [[PERSON:Norma Valenzuela]]:

Concluimos el alta de su empresa. Le compartimos los datos con los que emitiremos los CFDI:

- Razón social: Distribuidora Agrícola del Yaqui, S.A. de C.V.
- RFC: {{MX_RFCM}} (el de la orden de compra, {MX_RFCM:bad}, no coincide con su Constancia de Situación Fiscal)
- Régimen 601, uso de CFDI G03, C.P. fiscal 85000
- Cuenta para domiciliación: CLABE {{CLABE}} (descartamos la {CLABE:bad}: dígito verificador incorrecto)
- Contacto de cuentas por pagar: [[PERSON:Norma Valenzuela Acosta]], {{PHONE_MX_FIX:nat}} ext. 204, [[EMAIL_ADDRESS:nvalenzuela@agricolayaqui.example]]
- Apoderado legal: [[PERSON:Jesús Armando Bojórquez]], RFC {{MX_RFC}}
- Clave de acceso a la API de facturación (ambiente productivo): {{KEY_AWS}}

Factura A-2025-00318 por $48,720.00 MXN (IVA incluido), contrato CTO-EMP-2025-00412, vencimiento 15/04/2025.

Atentamente,
[[PERSON:Rodrigo Salinas]]
Gerente de Cuentas Corporativas — Nubeo México
Avenida Insurgentes Sur 1602, Col. Crédito Constructor, CDMX · facturacion@nubeo.example · 800 123 4567

AVISO DE CONFIDENCIALIDAD Y PRIVACIDAD: Este correo y sus anexos pueden contener información confidencial. Si usted no es el destinatario, queda prohibida su distribución o copia; avísenos y elimínelo. Nubeo México, S.A. de C.V. trata los datos personales conforme a la LFPDPPP; consulte el aviso de privacidad integral en nubeo.example/mx/privacidad.
===
RESUMEN DE ESCALACIÓN — Supervisión Soporte N2 — folio ESC-MX-2025-0733 — 17/03/2025 19:40
Elaboró: [[PERSON:Verónica Treviño]], supervisora de turno

Personas involucradas:
• Titular: [[PERSON:Alfonso Garza Treviño]] (sin parentesco conmigo), CURP {{MX_CURP}}, fecha de nacimiento [[DATE_OF_BIRTH:12 de julio de 1957]], celular {{PHONE_MX:mx044}}.
• Su esposa, [[PERSON:Leticia Rangel]], autorizada en la cuenta desde 2019; fijo de casa {{PHONE_MX_FIX:dash}}.
• El yerno, [[PERSON:Omar Castillo]], quien pidió la línea adicional que originó el cargo.
• Agentes: [[PERSON:Brenda Ruiz]] (chat, 12/03) y [[PERSON:Tomás Aguilar]] (tienda Monterrey Centro, 13/03).

Hechos:
1. El 12/03 [[PERSON:Brenda]] dio de alta la línea adicional a petición de [[PERSON:Omar]], sin autorización del titular. El chat llegó desde la IP [[IP_ADDRESS:2001:db8:77:1::2a]].
2. El 13/03 el titular pagó en tienda $1,499.00 con su tarjeta {{AMEX}} creyendo que era la mensualidad (ticket de caja 000771209).
3. El código de verificación enviado al titular ({{OTP6}}) lo dictó [[PERSON:Omar]] por teléfono.
4. El titular dice que su módem muestra "mi IP es [[IP_ADDRESS:10.20.0.15]]"; la IP de administración del módem, 192.168.100.1, no tiene relación.

Resolución: baja de la línea adicional sin penalización, reembolso RMB-MX-66301 por $1,499.00, nota en la cuenta para que cualquier alta requiera la voz del titular. Seguimiento: [[PERSON:Tomás]] llamará a [[PERSON:Leticia]] el 19/03.
===
Buenas tardes, les paso mis datos como me los pidieron (ya van 3 veces, ojalá esta sí):

Nombre: "[[PERSON:Citlali Hernández Ortega]]"
RFC — {{MX_RFC}}
CURP — {{MX_CURP}} (la que traía el contrato, {MX_CURP:bad}, no es la mía y no valida)
Tel. (casa): {{PHONE_MX_FIX:e164}} · cel.: {{PHONE_MX:mx045}}
Correo: <[[EMAIL_ADDRESS:citlali.hdz.o@mail.example]]>
Domicilio: [[STREET_ADDRESS:Calle 60 No. 512,
depto. 3]] (entre 65 y 67), Centro, Mérida, Yuc.
Reembolso a la CLABE: {{CLABE}}
Contraseña que me dio el de la tienda: '[[CREDENTIAL/PASSWORD:Nubeo2025*]]' — ya no sirve; la nueva que puse es [[CREDENTIAL/PASSWORD:Xcaret#9981]]

El cargo fue el 06/03/2025 por $649.00, orden 2025-MX-885102, y la garantía del módem vence el 06/03/2026.

[[PERSON:Citlali]]

---
Hola [[PERSON:Citlali]]: muchas gracias, con esto es suficiente. El reembolso de $649.00 (RMB-MX-66418) se deposita a tu CLABE en 3 días hábiles. Te recomendamos cambiar la contraseña desde la app, ya que la compartiste por correo. — [[PERSON:Alan]], Nubeo México
