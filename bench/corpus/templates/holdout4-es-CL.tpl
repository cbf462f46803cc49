# Spanish of Chile. Fourth check set (holdout4).
===
[Formulario "Contáctanos" — nubeo.example/cl]
Nombre: [[PERSON:Javiera Antonia Riquelme Soto]]
RUT: {{CL_RUT}}
Teléfono: {{PHONE_CL:intl}}
Email: [[EMAIL_ADDRESS:javi.riquelme@correo.example]]
Dirección: [[STREET_ADDRESS:Pasaje Los Aromos 1234, depto. 56]], Ñuñoa, Santiago
Fecha de nacimiento: [[DATE_OF_BIRTH:02-09-1988]]
Mensaje: Hola, quiero cambiar el plan a Fibra 800 pero la web me dice que mi RUT no es válido. Lo ingresé como {CL_RUT:bad} la primera vez, después lo corregí.

Hola [[PERSON:Javiera]], ya quedó tu RUT bien registrado y el cambio a Fibra 800 ($ 24.990 mensual) parte el 1 de abril. Saludos, [[PERSON:Cristóbal]] — Nubeo Chile
===
Hola, adjunto (pegado acá) el listado que me pidieron de los usuarios de la oficina:

RUT;Nombre;Correo;Anexo;Celular
{{CL_RUT:raw}};[[PERSON:Paulina Sepúlveda]];[[EMAIL_ADDRESS:psepulveda@constructoraandes.example]];2104;{{PHONE_CL:e164}}
{{CL_RUT}};[[PERSON:Rodrigo Fuenzalida]];[[EMAIL_ADDRESS:rfuenzalida@constructoraandes.example]];2107;{{PHONE_CL:nat}}
{{CL_RUT}};[[PERSON:Camila Ignacia Toro]];[[EMAIL_ADDRESS:ctoro@constructoraandes.example]];2110;{{PHONE_CL_FIX:intl}}

Orden de compra OC-4500127788, total $ 1.249.500 + IVA.

Saludos cordiales,
[[PERSON:Paulina]]
===
wena!! 🙌 una consulta rapidita
xq me llegó la boleta 2 veces?? 🤨 pagué con la {{MAESTRO}} el 3/3
mi rut es {{CL_RUT}} y el cel {{PHONE_CL:nat}}
ah y tb me pidieron una clave dinámica en la app, me salió {{OTP6}} y después se cayó todo 😩
porfa ayuda, [[PERSON:Benja]]

---
Hola [[PERSON:Benja]]! La boleta N° 88123456 salió duplicada pero el cobro fue uno solo ($ 19.990). No compartas la clave dinámica con nadie, ni con nosotros 🙏 Saludos, [[PERSON:Francisca]]
===
Transcripción llamada — 600 360 1234 — ejecutiva [[PERSON:Constanza]]

Ejecutiva: Nubeo Chile, buenas tardes, le habla [[PERSON:Constanza]].
Cliente: Hola, buenas, eh... oiga, fíjese que me cambié de casa y no me llega la cuenta.
Ejecutiva: Ya, no hay problema. ¿Me da su RUT?
Cliente: Sí, es el doce millones, trescientos cuarenta y cinco mil... eh, seiscientos setenta y ocho, guion cinco.
Ejecutiva: Gracias, don [[PERSON:Patricio Lagos]]. ¿La dirección nueva?
Cliente: [[STREET_ADDRESS:Avenida Los Leones 2280, departamento 1104]], Providencia.
Ejecutiva: Perfecto. ¿Le dejo de contacto el {{PHONE_CL:nat}}?
Cliente: No, no, ese ya no lo uso. Anote el nueve, ocho, siete, seis... mejor se lo mando por correo.
Ejecutiva: Ningún problema. Su número de atención es 2025-0314-5567.
===
Nota interna (Seguridad de cuentas) — caso CL-SEG-00412

Recuperación de cuenta de [[PERSON:Matías Ignacio Vergara]], RUT {{CL_RUT:raw}}. El cliente indica que su pasaporte es {{PASS_CL}} (viaja seguido a Puerto Montt y Mendoza, por eso los accesos raros).
- Acceso reconocido: [[IP_ADDRESS:192.0.2.14]] (Santiago)
- Acceso no reconocido: [[IP_ADDRESS:198.51.100.66]], 14/03/2025 03:12
- "mi IP en la casa es [[IP_ADDRESS:10.0.1.25]]" (dice él; es privada, igual la anoto)
PIN de la app (lo dijo sin que se lo pidiera): [[CREDENTIAL/PIN:9034]]. Se le pidió cambiarlo.
Token de sesión revocado: {{KEY_GH}} (lo había pegado en un issue público).
— [[PERSON:Ignacio]]
===
Asunto: RV: RV: Cobro indebido — Inmobiliaria San Alfonso — ESCALAR

De: [[PERSON:Felipe Araya]] <[[EMAIL_ADDRESS:faraya@nubeo-cl.example]]>
Enviado: jueves, 13 de marzo de 2025 10:40
Para: facturacion@nubeo.example
Asunto: RV: Cobro indebido

Escalo a Facturación. El cliente ya llamó tres veces.

De: [[PERSON:Verónica Henríquez Mella]] <[[EMAIL_ADDRESS:vhenriquez@insanalfonso.example]]>
Enviado: miércoles, 12 de marzo de 2025 19:02
Asunto: Cobro indebido

Estimados:

Nos cobraron $ 356.000 por un servicio que dimos de baja el 31/01/2025 (solicitud N° BAJA-77120). El RUT de la empresa es {{CL_RUT}} y mi RUT personal {{CL_RUT}}. Dirección comercial: [[STREET_ADDRESS:Av. Apoquindo 4501, oficina 1902]], Las Condes (no confundir con la oficina de ustedes en Av. Apoquindo 3000).

Solicito reembolso a la tarjeta {{VISA}}, la misma del cargo.

Atte.,
[[PERSON:Verónica Henríquez]]
Gerente de Administración
