# Holdout2 check set, Spanish of Chile. Written apart from the tuning and from holdout: do not tune on it.
===
hola mi rut es {{CL_RUT:raw}} y mi cel {{PHONE_CL:intl}} necesito la boleta
[[PERSON:Montse]]
===
Hola [[PERSON:Ignacio]]:

Tu boleta electrónica N° 4412873 por $19.990 fue emitida el 02-09-2024. El próximo cobro será de $24.990 el 02-10-2024.

Saludos,
[[PERSON:Catalina Fuentes]] — Servicio al Cliente
===
De: [[PERSON:Maite Sepúlveda]] <[[EMAIL_ADDRESS:maite.sepulveda@example.cl]]>
Enviado: miércoles, 4 de septiembre de 2024 10:15
Para: soporte@nubeo.example
Asunto: cambio de dirección

Me cambié a [[STREET_ADDRESS:Av. Providencia 1208, depto. 1402]], Providencia. Mi RUT {{CL_RUT}}. Fono {{PHONE_CL:nat}}.
===
Hola [[PERSON:Benjamín]]:

El RUT {CL_RUT:bad} no es válido (el dígito verificador no corresponde). Revísalo en tu carnet y nos escribes de nuevo.

Saludos
===
Seguimiento Chilexpress: 99012345678. Starken: 123456789. Orden de compra: OC-2024-0098. Total $ 129.990 IVA incl.
===
weon no me deja pagar, la tarjeta es {{MC}} y vence [[CREDENTIAL/CARD_EXPIRY:03/29]], me sale rechazada
[[PERSON:Iker Muñoz]]
===
Hola, por favor cambien el titular. Nuevo titular: [[PERSON:Ximena Araya Rojas]], RUT {{CL_RUT}}, correo [[EMAIL_ADDRESS:xime.araya@example.cl]], teléfono fijo {{PHONE_CL_FIX:intl}}.
===
Hola [[PERSON:Javiera]]:

Tu clave temporal es [[CREDENTIAL/PASSWORD:Tmp-8841-kq]] y vence en 24 horas. Cámbiala al entrar.

Mesa de Ayuda Nubeo
===
hola, el codigo de verificacion que me llego es el {{OTP4}}? no me funciona
===
Datos de la reunión: jueves 12.09 a las 15:30 por Meet. Asisten [[PERSON:Camila Reyes]] y [[PERSON:Tomás Vergara]] (Nubeo). Presupuesto aprobado: $3.500.000.
