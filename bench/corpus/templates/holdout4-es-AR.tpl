# Spanish of Argentina. Fourth check set (holdout4).
===
che buenas 👋 me cobraron el plan dos veces este mes, $ 18.499 cada uno 🙄
les paso mi CBU pa q me devuelvan: {{CBU}}
titular [[PERSON:Agustina Belén Ferreyra]], DNI {{AR_DNI}}
x las dudas mi cel es {{PHONE_AR:nat}}
el nro de factura es 0003-00045512
grax!!

---
Hola [[PERSON:Agustina]]! Ya pedimos la devolución de $ 18.499 al CBU que nos pasaste; tarda hasta 72 h hábiles. Cualquier cosa escribinos. Saludos, [[PERSON:Nahuel]] 💙
===
Hola, les pego la planilla de los socios para dar de alta la cuenta empresa (la saqué del Excel, perdón el formato):

Apellido y nombre	CUIT	Teléfono	Mail
[[PERSON:Rossi, Franco]]	{{AR_CUIT}}	{{PHONE_AR:intl}}	[[EMAIL_ADDRESS:franco.rossi@estudiorossi.example]]
[[PERSON:Benítez, Micaela]]	{{AR_CUIT}}	{{PHONE_AR_FIX:nat}}	[[EMAIL_ADDRESS:mbenitez@estudiorossi.example]]
[[PERSON:Goldstein, Ezequiel]]	{AR_CUIT:bad}	{{PHONE_AR:e164}}	[[EMAIL_ADDRESS:ezegold@estudiorossi.example]]

CUIT de la sociedad: {{AR_CUIT30}}. Domicilio: [[STREET_ADDRESS:Av. Santa Fe 3456, piso 2, of. C]], CABA.

Saludos,
[[PERSON:Franco]]
===
Oi, bom dia / buen día! Perdón por el portuñol, sou brasileira mas moro em Posadas faz 3 anos.

Quero trocar o e-mail da minha conta: o antigo é [[EMAIL_ADDRESS:thais.moura@mail.example]] y el nuevo [[EMAIL_ADDRESS:thais.moura.ar@correo.example]]. Meu DNI argentino (de extranjera) é {{AR_DNI:raw}} e meu CPF do Brasil {{BR_CPF}}, por si lo necesitan.

Moro na [[STREET_ADDRESS:calle Félix de Azara 1820, depto 4]], Posadas, Misiones. Mi celular: {{PHONE_AR:intl}}.

Obrigada / gracias,
[[PERSON:Thaís Moura]]
===
Transcripción llamada — Nubeo Argentina 0800 333 4567 — agente [[PERSON:Lautaro]]

Agente: Nubeo, buenas tardes, te habla [[PERSON:Lautaro]], ¿en qué te ayudo?
Cliente: Hola, sí, eh, mirá, me robaron el celu y necesito bloquear la línea.
Agente: Uh, lo siento mucho. ¿Me decís tu DNI?
Cliente: Sí, treinta y dos millones, cuatrocientos... eh, treinta y dos, cuatrocientos quince, seiscientos ocho.
Agente: Perfecto, ¿y tu nombre completo?
Cliente: [[PERSON:Marcelo Darío Acosta]].
Agente: Gracias, [[PERSON:Marcelo]]. ¿La línea es la {{PHONE_AR:nat}}?
Cliente: Esa, sí.
Agente: Listo, la bloqueé. Para el chip nuevo vas a necesitar el PUK, te lo dicto: [[CREDENTIAL/PIN:48201937]]. No se lo pases a nadie.
Cliente: Dale. ¿Y el reclamo?
Agente: Te queda el número de gestión 2025031100481. Cualquier cosa llamás al 0800 333 4567.
===
[Formulario web — Cambio de domicilio]
Nombre: [[PERSON:Sofía Lombardi]]
CUIL/CUIT: {{AR_CUIT:raw}}
Domicilio anterior: [[STREET_ADDRESS:Av. Rivadavia 5120, 3° B]], Caballito
Domicilio nuevo: [[STREET_ADDRESS:Thames 1644, PB 2]], Villa Crespo, CP C1414
Fecha de nacimiento: [[DATE_OF_BIRTH:23/08/1979]]
Desde cuándo: 01/04/2025
Observaciones: el timbre no anda, tocar en el 2.

Hola [[PERSON:Sofía]], registramos el cambio. La técnica visita la nueva dirección el 3 de abril entre 9 y 13 h. Saludos, Equipo Nubeo — Av. Corrientes 1234, piso 8
===
Hola equipo,

Soy [[PERSON:Ignacio Peralta]], el dev de la tienda online de mi viejo. Se nos bloqueó la cuenta de Nubeo Pagos y no podemos cobrar. Les dejo lo que tengo:

- Usuario: [[EMAIL_ADDRESS:nacho.peralta@tiendaperalta.example]]
- Última contraseña que funcionó: [[CREDENTIAL/PASSWORD:Boca1905$$]]
- API key de producción (la rotamos después, lo prometo): {{KEY_STRIPE}}
- Webhook token: {{KEY_SLACK}}
- Entramos siempre desde [[IP_ADDRESS:198.51.100.140]]; el server de staging es 10.0.0.12

Versión del plugin: 2.14.3. Pedido de prueba #{LUHN:16} por $ 1.000.

Gracias!
[[PERSON:Nacho]]
